/**
 * The engine's public contract: what a run returns. Pure types, shared by the worker, the client
 * pool, the CLI and (as type imports only) the UI.
 */

/** A replicated estimate: mean over replications with a 95% Student-t confidence interval. */
export interface Estimate {
  mean: number;
  /** [lower, upper] of the 95% t interval; equal to [mean, mean] when n < 2. */
  ci95: [number, number];
  halfWidth: number;
  /** number of replications the estimate is over */
  n: number;
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
}

/** Progress of a run: replications finished out of total. */
export interface Progress {
  done: number;
  total: number;
}
