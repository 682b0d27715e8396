/**
 * The engine's public contract: what a run returns. Pure types, shared by the worker, the client
 * pool, the CLI and (as type imports only) the UI.
 */

import type { CentreChartRecord, CentreCharts } from './centre/centreCharts';

/**
 * How a 95% interval was made (src/engine/stats/estimate.ts): `t` the Student-t interval
 * x̄ ± t·s/√n; `log-t` the t interval of log(x̄ − bound) by the delta method, back-transformed (a
 * KPI bounded on one side whose t interval crossed the bound); `logit-t` the same on the logit
 * scale (a share in [0, 1]); `clipped` the t interval cut at the bound (when no transform applies).
 */
export type IntervalMethod = 't' | 'log-t' | 'logit-t' | 'clipped';

/** A replicated estimate: mean over replications with a 95% confidence interval. */
export interface Estimate {
  mean: number;
  /**
   * [lower, upper] of the 95% interval; equal to [mean, mean] when n < 2. For a bounded KPI it
   * stays inside the bounds (see `method`), so it may be asymmetric about the mean.
   */
  ci95: [number, number];
  /** the Student-t half-width t₀.₉₇₅,ₙ₋₁ · s/√n, the precision of the mean, whatever `method` made ci95 */
  halfWidth: number;
  /** number of replications the estimate is over */
  n: number;
  /** how ci95 was made when it is not the plain t interval; absent means `t` */
  method?: IntervalMethod;
}

/** Named per-replication values, e.g. { meanWaitMinutes: 3.1, utilisation: 0.9 }. */
export type Metrics = Record<string, number>;

/** What one replication produces. Everything else (KPIs, CIs, charts, CSV) is derived from it. */
export interface ReplicationResult {
  /** replication index; the random streams depend on (seed, replication) only */
  replication: number;
  kpis: Metrics;
  stations: Record<string, Metrics>;
  classes: Record<string, Metrics>;
  /** per department (centre runs): wait, queue length, window and back-office utilisation, lead time, overdue */
  departments?: Record<string, Metrics>;
  /** one day's per-case, per-visit and per-task records (centre runs, when asked for) */
  records?: unknown;
  /** centre runs: each ratio KPI's denominator in this replication (0 = it does not apply) */
  kpiBasis?: Metrics;
  /** centre runs: histograms, hourly queue and utilisation, case flows (centreCharts.ts) */
  charts?: CentreChartRecord;
  /** events processed by the event loop */
  events: number;
  /** a deterministic subsample (≤ 20,000) of waiting times in queue, minutes, after warm-up */
  waits: Float64Array;
  /** wall-clock seconds spent in the engine for this replication */
  engineSeconds: number;
}

/** The summary of a run of R replications. */
export interface RunSummary {
  name: string;
  kind: string;
  seed: number;
  replications: number;
  kpis: Record<string, Estimate>;
  stations: Record<string, Record<string, Estimate>>;
  classes: Record<string, Record<string, Estimate>>;
  /** per department (centre runs), keyed by department id then metric */
  departments?: Record<string, Record<string, Estimate>>;
  /** analytic companions (Erlang C, P-K, Allen–Cunneen, Jackson), keyed by formula then metric */
  analytic: Record<string, Record<string, number | Record<string, number>>>;
  events: number;
  engineSeconds: number;
  /** pooled wait sample over replications (minutes), for the distribution chart */
  waits: Float64Array;
  /** centre runs: KPIs that apply to no case in any replication (no denominator: no green channel, no complaints, no trading…) — shown as "—", not 0 */
  notApplicable?: string[];
  /** centre runs: the charts' data merged over replications */
  charts?: CentreCharts;
}

/**
 * Watching one replication by simulated days (a kind that simulates working days calls it; others
 * ignore it). It only observes: a replication's numbers are the same with or without it.
 */
export interface DayProgressOptions {
  /** called with the simulated days finished, every `progressEveryDays` days, and once at the end with the total */
  onDays?: (daysDone: number, totalDays: number) => void;
  /** days between two `onDays` calls (default 1) */
  progressEveryDays?: number;
}

/** Progress of a run: replications finished out of total. */
export interface Progress {
  done: number;
  total: number;
}
