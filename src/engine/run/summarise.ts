/** Summarises replications into estimates with 95% intervals (kept inside each KPI's bounds) and analytic companions. */
import { analyticCompanions } from '../analytic/companions';
import { type Scenario, scenarioKind } from '../scenario/registry';
import { estimateKpi } from '../stats/estimate';
import type { Estimate, Metrics, ReplicationResult, RunSummary } from '../types';
import { prepare } from './simulate';

/** Estimates for every metric name present in the first replication; pure. */
export function estimateMetrics(rows: Metrics[]): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  if (rows.length === 0) return out;
  for (const name of Object.keys(rows[0])) out[name] = estimateKpi(name, rows.map((r) => r[name]));
  return out;
}

/** Per-id estimates of nested metrics (stations or classes); pure. */
export function estimateNested(rows: Record<string, Metrics>[]): Record<string, Record<string, Estimate>> {
  const out: Record<string, Record<string, Estimate>> = {};
  if (rows.length === 0) return out;
  for (const id of Object.keys(rows[0])) out[id] = estimateMetrics(rows.map((r) => r[id]));
  return out;
}

/**
 * The run summary: every metric's mean and 95% CI (inside its bounds) over replications (sorted
 * by index), the analytic companions that apply, total events and engine seconds, and the pooled wait sample;
 * pure.
 */
export function summarise(scenario: Scenario, reps: ReplicationResult[]): RunSummary {
  const own = scenarioKind(scenario.type)?.summarise; // kinds with their own simulator (onewindow/centre)
  if (own) return own(scenario, reps);
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  const { compiled } = prepare(scenario);
  let total = 0;
  for (const r of sorted) total += r.waits.length;
  const waits = new Float64Array(total);
  let o = 0;
  for (const r of sorted) {
    waits.set(r.waits, o);
    o += r.waits.length;
  }
  return {
    name: compiled.network.name || scenario.name || '',
    kind: scenario.type,
    seed: scenario.seed,
    replications: sorted.length,
    kpis: estimateMetrics(sorted.map((r) => r.kpis)),
    stations: estimateNested(sorted.map((r) => r.stations)),
    classes: estimateNested(sorted.map((r) => r.classes)),
    analytic: analyticCompanions(compiled.network),
    events: sorted.reduce((a, r) => a + r.events, 0),
    engineSeconds: sorted.reduce((a, r) => a + r.engineSeconds, 0),
    waits,
  };
}
