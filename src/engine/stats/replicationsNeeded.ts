/** The replications calculator: how many runs for a target confidence-interval half-width. */
import type { ReplicationResult } from '../types';
import { sampleSd, t975 } from './estimate';

/** A target precision: an absolute half-width, or one relative to the mean (e.g. 0.05 = ±5%). */
export interface PrecisionTarget {
  halfWidth?: number;
  relative?: number;
}

/**
 * Smallest n with t₀.₉₇₅,ₙ₋₁ · s/√n ≤ h, from a pilot sample of replication values (s = its
 * standard deviation; h absolute, or relative × |mean|); pure. Returns at least the pilot size
 * when already precise enough, NaN without a usable pilot (n < 2) or target.
 */
export function replicationsNeeded(pilot: ArrayLike<number>, target: PrecisionTarget): number {
  const n0 = pilot.length;
  if (n0 < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < n0; i++) mean += pilot[i] / n0;
  const h = target.halfWidth ?? (target.relative !== undefined ? target.relative * Math.abs(mean) : NaN);
  if (!(h > 0)) return NaN;
  const s = sampleSd(pilot);
  if (s === 0) return n0;
  // n ≥ (t s / h)², with t depending on n: start from the normal value and iterate up
  let n = Math.max(2, Math.ceil(((1.96 * s) / h) ** 2));
  while ((t975(n - 1) * s) / Math.sqrt(n) > h) n++;
  return Math.max(n, n0);
}

/** The calculator applied to a KPI of pilot replications; pure. */
export function replicationsNeededFor(reps: ReplicationResult[], kpi: string, target: PrecisionTarget): number {
  return replicationsNeeded(reps.map((r) => r.kpis[kpi]), target);
}
