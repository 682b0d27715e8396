/**
 * Running centre scenarios: replications [from, to) and their summary with 95% intervals kept
 * inside each KPI's bounds (estimateKpi) — the same ReplicationResult/RunSummary contract as
 * network runs, so the CLI, the worker pool and paired comparisons treat both kinds alike. Pure
 * (apart from reading the clock for timings).
 */
import type { CentreScenario } from '../scenario/centreSchema';
import type { ReplicationResult, RunSummary } from '../types';
import { estimateKpi } from '../stats/estimate';
import type { Estimate, Metrics } from '../types';
import { type CentreModels, compileCentre } from './compileCentre';
import { simulateCentre } from './simulateCentre';
import { mergeCentreCharts, type CentreChartRecord } from './centreCharts';

/** Options of {@link runCentreReplications}. */
export interface CentreRunOptions {
  from: number;
  to: number;
  onProgress?: (doneInThisCall: number) => void;
  /** the centre-type statecharts' routing tables (models/centreTypes/centreModels.ts) */
  models: CentreModels;
}

/**
 * Runs replications [from, to) of a loaded centre scenario; results depend on (seed, replication)
 * only, so splitting across workers gives the same numbers. Pure apart from timings.
 */
export function runCentreReplications(s: CentreScenario, opts: CentreRunOptions): ReplicationResult[] {
  const cc = compileCentre(s, opts.models);
  const out: ReplicationResult[] = [];
  for (let r = opts.from; r < opts.to; r++) {
    out.push(simulateCentre(cc, r));
    opts.onProgress?.(out.length);
  }
  return out;
}

function estimateMetrics(rows: Metrics[]): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  if (rows.length === 0) return out;
  for (const name of Object.keys(rows[0])) out[name] = estimateKpi(name, rows.map((r) => r[name] ?? 0));
  return out;
}

function estimateNested(rows: Record<string, Metrics>[]): Record<string, Record<string, Estimate>> {
  const out: Record<string, Record<string, Estimate>> = {};
  if (rows.length === 0) return out;
  for (const id of Object.keys(rows[0])) out[id] = estimateMetrics(rows.map((r) => r[id] ?? {}));
  return out;
}

/** Summarises centre replications: every KPI's mean with a 95% interval inside its bounds; pure. */
export function summariseCentre(s: CentreScenario, reps: ReplicationResult[]): RunSummary {
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  let total = 0;
  for (const r of sorted) total += r.waits.length;
  const waits = new Float64Array(total);
  let o = 0;
  for (const r of sorted) {
    waits.set(r.waits, o);
    o += r.waits.length;
  }
  return {
    name: s.name,
    kind: s.type,
    seed: s.seed,
    replications: sorted.length,
    kpis: estimateMetrics(sorted.map((r) => r.kpis)),
    stations: estimateNested(sorted.map((r) => r.stations)),
    classes: estimateNested(sorted.map((r) => r.classes)),
    departments: estimateNested(sorted.map((r) => r.departments ?? {})),
    analytic: {},
    events: sorted.reduce((a, r) => a + r.events, 0),
    engineSeconds: sorted.reduce((a, r) => a + r.engineSeconds, 0),
    waits,
    ...chartsOf(sorted),
  };
}

/** The summary's additions for charts and "does not apply" (only when every replication carries them). */
function chartsOf(sorted: ReplicationResult[]): Pick<RunSummary, 'notApplicable' | 'charts'> {
  const out: Pick<RunSummary, 'notApplicable' | 'charts'> = {};
  if (sorted.length > 0 && sorted.every((r) => r.kpiBasis)) {
    const names = Object.keys(sorted[0].kpiBasis!);
    out.notApplicable = names.filter((k) => sorted.every((r) => !(r.kpiBasis![k] > 0)));
  }
  if (sorted.length > 0 && sorted.every((r) => r.charts)) out.charts = mergeCentreCharts(sorted.map((r) => r.charts as CentreChartRecord));
  return out;
}
