/**
 * When a paired difference counts as significant, and whether it is better or worse. One rule for
 * the engine (synergy), the CLI (compare) and the UI (compare, research): the 95% interval excludes
 * 0; the direction is the KPI catalogue's. Pure; imports only the catalogue.
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

/** How a difference reads: better / worse (significant, with a direction), changed (significant, no direction), none (CI holds 0). */
export type Verdict = 'better' | 'worse' | 'changed' | 'none';

/** The reading of a paired difference b − a of one KPI. */
export interface Judgement {
  /** the 95% CI of b − a excludes 0 (needs at least two pairs) */
  significant: boolean;
  verdict: Verdict;
}

/** Reads the paired difference b − a of one KPI with the catalogue's better direction; pure. */
export function judgeDifference(kpi: string, d: IntervalEstimate): Judgement {
  const significant = excludesZero(d);
  if (!significant) return { significant, verdict: 'none' };
  const direction = kpiSpec(kpi)?.better ?? null;
  if (direction === null) return { significant, verdict: 'changed' };
  const up = d.mean > 0;
  return { significant, verdict: up === (direction === 'higher') ? 'better' : 'worse' };
}
