/**
 * When a paired difference counts as significant, and whether it is better or worse. One rule for
 * the engine (synergy), the CLI (compare) and the UI (compare, research, plan): the 95% interval
 * excludes 0 *and* the mean difference is at least the KPI's practical threshold from the
 * catalogue; the direction is the catalogue's. Pure; imports only the catalogue.
 */
import { kpiSpec } from './kpis';

/** The part of an estimate the rule reads (src/engine/types.ts `Estimate` has it). */
export interface IntervalEstimate {
  readonly mean: number;
  /** number of replications (pairs) the estimate is over */
  readonly n: number;
  readonly ci95: readonly [number, number];
}

/** Whether a 95% interval excludes 0. A single pair (n < 2) or a non-finite bound has no interval: never significant. */
export function excludesZero(d: IntervalEstimate): boolean {
  if (d.n < 2 || !Number.isFinite(d.ci95[0]) || !Number.isFinite(d.ci95[1])) return false;
  return d.ci95[0] > 0 || d.ci95[1] < 0;
}

/**
 * The smallest difference of a metric that matters (the catalogue's `practicalThreshold`, in the
 * KPI's unit; a share's in fraction, 0.01 = 1 percentage point); 0 for a name the catalogue does
 * not know, so there only the interval decides.
 */
export function practicalThreshold(kpi: string): number {
  return kpiSpec(kpi)?.practicalThreshold ?? 0;
}

/** Whether |difference| reaches the KPI's practical threshold (a relative 1e-9 slack absorbs float error, so 0.91 − 0.90 reaches 1 pp). */
export function reachesThreshold(kpi: string, difference: number): boolean {
  const threshold = practicalThreshold(kpi);
  return Math.abs(difference) >= threshold * (1 - 1e-9);
}

/**
 * How a difference reads: better / worse (significant, with a direction), changed (significant,
 * no direction), negligible (the CI excludes 0 but the difference is below the practical
 * threshold), none (the CI holds 0).
 */
export type Verdict = 'better' | 'worse' | 'changed' | 'negligible' | 'none';

/** The reading of a paired difference b − a of one KPI. */
export interface Judgement {
  /** the 95% CI of b − a excludes 0 (needs at least two pairs) and |mean| ≥ the practical threshold */
  significant: boolean;
  /** the 95% CI of b − a excludes 0, whatever the size (a real but perhaps negligible difference) */
  clear: boolean;
  verdict: Verdict;
}

/** Reads the paired difference b − a of one KPI: significance (CI and practical threshold) and the catalogue's better direction; pure. */
export function judgeDifference(kpi: string, d: IntervalEstimate): Judgement {
  const clear = excludesZero(d);
  if (!clear) return { significant: false, clear, verdict: 'none' };
  if (!reachesThreshold(kpi, d.mean)) return { significant: false, clear, verdict: 'negligible' };
  const direction = kpiSpec(kpi)?.better ?? null;
  if (direction === null) return { significant: true, clear, verdict: 'changed' };
  const up = d.mean > 0;
  return { significant: true, clear, verdict: up === (direction === 'higher') ? 'better' : 'worse' };
}

/** Whether a paired difference of one KPI is significant: CI excludes 0 and |mean| ≥ practical threshold; pure. */
export function isSignificant(kpi: string, d: IntervalEstimate): boolean {
  return judgeDifference(kpi, d).significant;
}
