/**
 * Advice when a run's replications are too few for the precision shown (the rule of
 * src/domain/precision.ts): how many replications would bring each imprecise KPI's 95% half-width
 * down to what the rule accepts (its practical threshold, or 10% of its mean), from the half-width
 * shrinking as 1/√n. Pure.
 */
import { impreciseKpis, MIN_REPLICATIONS, RELATIVE_HALF_WIDTH, type PrecisionEstimate } from '../../domain/precision';
import { practicalThreshold } from '../../domain/significance';

/** Replications the UI suggests at most (the run settings' bound). */
export const MAX_ADVISED_REPLICATIONS = 200;

export interface ReplicationAdvice {
  /** the KPIs too imprecise now */
  kpis: string[];
  /** replications that would make them precise enough (capped) */
  replications: number;
}

export function replicationAdvice(estimates: Readonly<Record<string, PrecisionEstimate | undefined>>, n: number, only?: readonly string[]): ReplicationAdvice | undefined {
  const kpis = impreciseKpis(estimates).filter((k) => !only || only.includes(k));
  if (kpis.length === 0) return undefined;
  let need = Math.max(MIN_REPLICATIONS, n + 1);
  for (const k of kpis) {
    const e = estimates[k]!;
    const target = Math.max(practicalThreshold(k), RELATIVE_HALF_WIDTH * Math.abs(e.mean));
    if (target > 0 && Number.isFinite(e.halfWidth)) need = Math.max(need, Math.ceil(n * (e.halfWidth / target) ** 2));
  }
  return { kpis, replications: Math.min(MAX_ADVISED_REPLICATIONS, need) };
}
