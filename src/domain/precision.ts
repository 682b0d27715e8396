/**
 * When the replications are too few for the precision a KPI is shown with. One rule for the CLI
 * table and the UI notes:
 * - fewer than MIN_REPLICATIONS (3) replications: with n = 2 the 95% t quantile is 12.7, so the
 *   interval is mostly the quantile and says little; or
 * - the 95% half-width is both above the KPI's practical threshold (a difference that matters
 *   could hide inside it) and above RELATIVE_HALF_WIDTH (10%) of the mean (the second
 *   significant figure shown is not determined). Both, so a tiny share known to ±0.1 pp or a long
 *   wait known to ±2% is not flagged. Names the catalogue does not know have threshold 0: the
 *   relative test alone.
 * Pure; imports only the significance rule's threshold.
 */
import { practicalThreshold } from './significance';

/** Fewer replications than this are always too few. */
export const MIN_REPLICATIONS = 3;
/** Half-width above this fraction of |mean| (and above the practical threshold) is too wide. */
export const RELATIVE_HALF_WIDTH = 0.1;

/** The part of an estimate the rule reads. */
export interface PrecisionEstimate {
  readonly mean: number;
  /** the Student-t half-width t₀.₉₇₅ · s/√n */
  readonly halfWidth: number;
  readonly n: number;
}

/** Whether a KPI's estimate is too imprecise for the digits shown (see the module comment); pure. */
export function tooFewReplications(kpi: string, e: PrecisionEstimate): boolean {
  if (e.n < MIN_REPLICATIONS) return true;
  if (!Number.isFinite(e.halfWidth) || !Number.isFinite(e.mean)) return false;
  return e.halfWidth > practicalThreshold(kpi) && e.halfWidth > RELATIVE_HALF_WIDTH * Math.abs(e.mean);
}

/** The names of the KPIs in `estimates` that are too imprecise, in their order; pure. */
export function impreciseKpis(estimates: Readonly<Record<string, PrecisionEstimate | undefined>>): string[] {
  return Object.entries(estimates)
    .filter(([k, e]) => e !== undefined && tooFewReplications(k, e))
    .map(([k]) => k);
}
