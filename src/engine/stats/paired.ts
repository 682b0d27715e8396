/** Paired-difference confidence intervals for two scenarios run with common random numbers. */
import type { Estimate, Metrics, ReplicationResult } from '../types';
import { estimate } from './estimate';

/** Paired differences b − a of every shared metric. */
export interface PairedDifferences {
  kpis: Record<string, Estimate>;
  stations: Record<string, Record<string, Estimate>>;
  classes: Record<string, Record<string, Estimate>>;
  /** per department (centre runs) */
  departments?: Record<string, Record<string, Estimate>>;
  /** number of replication pairs */
  pairs: number;
}

function diffMetrics(pairs: [Metrics, Metrics][]): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  if (pairs.length === 0) return out;
  for (const name of Object.keys(pairs[0][0])) {
    if (!(name in pairs[0][1])) continue;
    out[name] = estimate(pairs.map(([a, b]) => b[name] - a[name]));
  }
  return out;
}

function diffNested(pairs: [Record<string, Metrics>, Record<string, Metrics>][]): Record<string, Record<string, Estimate>> {
  const out: Record<string, Record<string, Estimate>> = {};
  if (pairs.length === 0) return out;
  for (const id of Object.keys(pairs[0][0])) {
    if (!(id in pairs[0][1])) continue;
    out[id] = diffMetrics(pairs.map(([a, b]) => [a[id], b[id]]));
  }
  return out;
}

/**
 * Differences b − a paired by replication index (replications present in both), with a 95% t
 * interval of the mean difference: d̄ ± t₀.₉₇₅,ₙ₋₁ · s_d/√n; pure. Metrics, stations and classes
 * present in only one of the runs are left out.
 */
export function pairedDifferences(a: ReplicationResult[], b: ReplicationResult[]): PairedDifferences {
  const byIndex = new Map(b.map((r) => [r.replication, r]));
  const pairs: [ReplicationResult, ReplicationResult][] = [];
  for (const ra of [...a].sort((x, y) => x.replication - y.replication)) {
    const rb = byIndex.get(ra.replication);
    if (rb) pairs.push([ra, rb]);
  }
  return {
    kpis: diffMetrics(pairs.map(([x, y]) => [x.kpis, y.kpis])),
    stations: diffNested(pairs.map(([x, y]) => [x.stations, y.stations])),
    classes: diffNested(pairs.map(([x, y]) => [x.classes, y.classes])),
    departments: diffNested(pairs.map(([x, y]) => [x.departments ?? {}, y.departments ?? {}])),
    pairs: pairs.length,
  };
}
