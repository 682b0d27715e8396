/**
 * The simulation pool: N module workers running the engine, behind one promise-returning API.
 *
 * `run()` validates the scenario on a worker, splits its replications into contiguous chunks
 * (more chunks than workers, so progress moves smoothly and fast workers take more), merges the
 * chunks in replication order and summarises them with the engine's pure `summarise`. Every
 * replication is seeded by (seed, index) alone, so the summary does not depend on the pool size.
 * Cancelling is aborting the signal: the busy workers are terminated and replaced lazily.
 */
import { proxy } from 'comlink';
import { summarise } from '../engine/run/summarise';
import { pairedDifferences, type PairedDifferences } from '../engine/stats/paired';
import { projectionSettings, projectionYears, summariseProjection, type ProjectionResult } from '../engine/projection/project';
import { SYNERGY_VARIANTS, summariseSynergy, type SynergyResult } from '../engine/projection/synergy';
import { integrationIndexOf } from '../../models/functions/fiveFunctionsMachine';
import type { Progress, ReplicationResult, RunSummary } from '../engine/types';
import type { SimApi, ValidationResult } from '../worker/api';
import type { Rule } from '../engine/scenario/rules';
import { createWorkerQueue, type WorkerQueue, type WorkerTask } from './workerQueue';
import { lifelineName, lockLifeline } from './lifeline';

export { abortError, isAbortError, WorkerCrashError } from './workerQueue';
export type { ValidationResult } from '../worker/api';
export type { Progress, RunSummary } from '../engine/types';
export type { ProjectionResult, ProjectionYear } from '../engine/projection/project';
export type { SynergyKpi, SynergyResult, RatioInteraction } from '../engine/projection/synergy';
export type { PairedDifferences } from '../engine/stats/paired';
export type { WaitTarget, WindowBracket } from '../engine/analytic/windowBracket';
import type { WaitTarget, WindowBracket } from '../engine/analytic/windowBracket';

/** Two scenarios run with common random numbers, and the paired differences b − a. */
export interface CompareResult {
  a: RunSummary;
  b: RunSummary;
  /** b − a per replication pair, each with a 95% t interval of the mean difference */
  differences: PairedDifferences;
}

/** One baseline against several variants, each paired with the baseline by replication index. */
export interface CompareManyResult {
  base: RunSummary;
  variants: Array<{ summary: RunSummary; differences: PairedDifferences }>;
}

export interface CompareOptions extends RunOptions {
  /** base seed for both runs; default scenario a's seed (b is run with the same seed: common random numbers) */
  seed?: number;
}

export interface SimPoolOptions {
  /** number of workers; default max(1, navigator.hardwareConcurrency − 1) */
  size?: number;
  /** builds one worker; default the module worker src/worker/sim.worker.ts */
  createWorker?: () => Worker;
  /** replication chunks per worker (progress granularity and load balance); default 4 */
  chunksPerWorker?: number;
}

export interface RunOptions {
  /** overrides the scenario's own replication count */
  replications?: number;
  /** abort to cancel: the promise rejects with an AbortError and busy workers are terminated */
  signal?: AbortSignal;
  /** replications finished out of total; starts at { done: 0 } and ends at { done: total } */
  onProgress?: (progress: RunProgress) => void;
}

export interface SimPool {
  /** number of workers */
  readonly size: number;
  /** Validate and run a scenario; rejects with ScenarioValidationError before any replication runs. */
  run(scenarioJson: unknown, options?: RunOptions): Promise<RunSummary>;
  /**
   * Like `run`, and also hands back the per-replication results, so that a later run with the
   * same seed can be paired with this one (`pairKept`) without running it again.
   */
  runKept(scenarioJson: unknown, options?: RunOptions): Promise<KeptRun>;
  /** Validate scenario JSON on a worker; a bad scenario resolves `{ ok: false, message, path }`. */
  validate(scenarioJson: unknown, signal?: AbortSignal): Promise<ValidationResult>;
  /** Validate and project a centre scenario with a timeline: trajectories split over the workers, summarised per year. */
  runProjection(scenarioJson: unknown, options?: RunOptions): Promise<ProjectionResult>;
  /**
   * The five functions' synergy ("1+1>2") of a centre scenario with a timeline, in `year`: the
   * seven variants' replications split over the workers (common random numbers), summarised per
   * KPI on the ratio scale with a 95% CI and the materiality threshold (SynergyResult).
   */
  runSynergy(scenarioJson: unknown, year: number, options?: RunOptions): Promise<SynergyResult>;
  /**
   * Run two scenarios with common random numbers (one seed, the same replication indices) and
   * return both summaries and the paired differences b − a. Progress counts both runs' replications.
   * A validation error carries `scenario: 'a' | 'b'`.
   */
  compare(aJson: unknown, bJson: unknown, options?: CompareOptions): Promise<CompareResult>;
  /**
   * A baseline against several variants under common random numbers: the baseline runs once, each
   * variant is paired with it (differences variant − base). A validation error carries `scenario`:
   * 'a' for the base, 'b1', 'b2', … for the variants.
   */
  compareMany(baseJson: unknown, variantJsons: readonly unknown[], options?: CompareOptions): Promise<CompareManyResult>;
  /**
   * One replication of a centre scenario with the records of the cases arriving on one working day
   * (0-based), the hall's places and the day's counts (src/worker/api.ts `dayRecords`), on one worker.
   */
  dayRecords(scenarioJson: unknown, options: { replication: number; day: number; signal?: AbortSignal }): Promise<DayRecordsResult>;
  /**
   * Each department's windows bracketed for a wait target before any simulation: at least the
   * offered load on the mean day, at most Erlang C at the busiest hour. Rejects with
   * ScenarioValidationError on a bad or non-centre scenario.
   */
  windowBrackets(scenarioJson: unknown, target: WaitTarget, signal?: AbortSignal): Promise<WindowBracket[]>;
  /** Terminate all workers; pending runs reject. */
  dispose(): void;
}

/** What the real pool adds for tests and diagnostics (not part of SimPool, so fakes need not have it). */
export interface SimPoolStats {
  /** Workers alive now (started, not terminated): a cancelled or failed run leaves none of its busy workers. */
  liveWorkers(): number;
}

/** What `dayRecords` resolves with: the replication's result, the day's records, route states and the hall's facts. */
export type DayRecordsResult = ReturnType<SimApi['dayRecords']>;
export type { HallDayCounts, HallLayout, HallVisitFacts } from '../engine/centre/hallDay';
export type { CentreDayRecords } from '../engine/centre/reduceCentre';

/** A run with its per-replication results (replication i is seeded by (seed, i) alone). */
export interface KeptRun {
  summary: RunSummary;
  results: ReplicationResult[];
}

/** Progress of a run, with the working days one replication simulates (progress in simulated days = done × days). */
/**
 * Progress of replications run in chunks whose workers report from inside a replication
 * (replications done in the call, the share of the next one): the total of replications done and
 * of simulated days (`daysPerReplication` each), reported when it moves and never after the job
 * ended or was aborted.
 */
function chunkProgress(chunks: readonly (readonly [number, number])[], total: number, daysPerReplication: number, signal: AbortSignal | undefined, onProgress: ((p: RunProgress) => void) | undefined) {
  const doneByChunk = chunks.map(() => 0);
  let finished = false;
  let reported = -1;
  const report = () => {
    if (finished || signal?.aborted || !onProgress) return;
    const share = doneByChunk.reduce((a, b) => a + b, 0);
    if (share === reported) return;
    reported = share;
    onProgress({ done: doneByChunk.reduce((a, b) => a + Math.floor(b), 0), total, daysPerReplication, daysDone: share * daysPerReplication });
  };
  report();
  return {
    /** the worker's progress callback for chunk i (a Comlink proxy), or none when nobody listens */
    inChunk: (i: number) => {
      if (!onProgress) return undefined;
      const [from, to] = chunks[i];
      return proxy((d: number, nextShare?: number) => {
        doneByChunk[i] = Math.max(doneByChunk[i], Math.min(d + Math.min(nextShare ?? 0, 0.999), to - from));
        report();
      });
    },
    chunkDone: (i: number) => {
      doneByChunk[i] = chunks[i][1] - chunks[i][0];
      report();
    },
    finish: () => {
      finished = true;
    },
  };
}

export interface RunProgress extends Progress {
  daysPerReplication?: number;
  /**
   * simulated days done, counting the days of replications still running (workers report them
   * from inside a replication); without it, done × daysPerReplication
   */
  daysDone?: number;
  /** milliseconds since the job started (set by the job that reports it, for the time left) */
  elapsedMs?: number;
}

// pairKept lives in its own module so the Plan view can use it without loading the pool's code with the page
export { pairKept } from './pairKept';

/** Working days one replication simulates: a centre's `simulation.days`; undefined for other kinds. */
function simulatedDays(scenario: { type: string }): number | undefined {
  const days = (scenario as { simulation?: { days?: unknown } }).simulation?.days;
  return typeof days === 'number' ? days : undefined;
}

/** The scenario failed validation; `message` is `invalid <path>: <rule>, got <value>`. */
export class ScenarioValidationError extends Error {
  override readonly name = 'ScenarioValidationError';
  constructor(
    message: string,
    /** the offending field, e.g. `stations[0].servers` */
    readonly path: string,
    /** the engine's rule (catalogue code and parameters), when the engine refused it */
    readonly rule?: Rule,
  ) {
    super(message);
  }
}

/** max(1, cores − 1): leave one core to the page. */
export function defaultPoolSize(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, cores - 1);
}

/** Split [0, total) into `parts` contiguous ranges whose sizes differ by at most one. Pure. */
export function splitRange(total: number, parts: number): Array<[from: number, to: number]> {
  const n = Math.max(1, Math.min(total, Math.floor(parts)));
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) ranges.push([Math.floor((k * total) / n), Math.floor(((k + 1) * total) / n)]);
  return ranges.filter(([from, to]) => to > from);
}

/** The lock name of each default worker (its `name`; see lifeline.ts). */
const lifelineNames = new WeakMap<Worker, string>();

function createSimWorker(): Worker {
  const name = lifelineName();
  const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module', name });
  lifelineNames.set(worker, name);
  return worker;
}

/** The default workers' lifeline: the Web Lock each holds while it lives. */
function simWorkerLifeline(worker: Worker, signal: AbortSignal): Promise<unknown> {
  const name = lifelineNames.get(worker);
  return name ? lockLifeline(name, signal) : new Promise(() => undefined);
}

export function createSimPool(options: SimPoolOptions = {}): SimPool & SimPoolStats {
  const queue: WorkerQueue<SimApi> = createWorkerQueue<SimApi>({
    size: options.size ?? defaultPoolSize(),
    createWorker: options.createWorker ?? createSimWorker,
    ...(options.createWorker ? {} : { lifeline: simWorkerLifeline }),
  });
  const chunksPerWorker = Math.max(1, options.chunksPerWorker ?? 4);

  async function validate(scenarioJson: unknown, signal?: AbortSignal): Promise<ValidationResult> {
    const [result] = await queue.runBatch<ValidationResult>([(api) => api.validate(scenarioJson)], signal);
    return result;
  }

  async function run(scenarioJson: unknown, options: RunOptions = {}): Promise<RunSummary> {
    return (await runKept(scenarioJson, options)).summary;
  }

  async function runKept(scenarioJson: unknown, { replications, signal, onProgress }: RunOptions = {}): Promise<KeptRun> {
    const validation = await validate(scenarioJson, signal);
    if (!validation.ok) throw new ScenarioValidationError(validation.message, validation.path, validation.rule);
    const total = replications ?? validation.scenario.replications;
    if (!Number.isInteger(total) || total < 1) {
      throw new ScenarioValidationError(`invalid replications: must be an integer ≥ 1, got ${total}`, 'replications');
    }

    const chunks = splitRange(total, queue.size * chunksPerWorker);
    // replications done per chunk, with the running one's share of its days (a fraction)
    const doneByChunk = chunks.map(() => 0);
    let reported = -1;
    let finished = false;
    const report = () => {
      if (finished || signal?.aborted || !onProgress) return;
      const share = doneByChunk.reduce((a, b) => a + b, 0);
      if (share === reported) return;
      reported = share;
      const done = doneByChunk.reduce((a, b) => a + Math.floor(b), 0);
      onProgress({ done, total, daysPerReplication, ...(daysPerReplication !== undefined ? { daysDone: share * daysPerReplication } : {}) });
    };
    const daysPerReplication = simulatedDays(validation.scenario);

    const tasks: Array<WorkerTask<SimApi, Awaited<ReturnType<SimApi['runReplications']>>>> = chunks.map(
      ([from, to], i) =>
        (api) => {
          const chunkProgress = onProgress
            ? proxy((doneInThisCall: number, nextShare?: number) => {
                // Progress travels on its own channel and may arrive after the result: never go back.
                doneByChunk[i] = Math.max(doneByChunk[i], Math.min(doneInThisCall + Math.min(nextShare ?? 0, 0.999), to - from));
                report();
              })
            : undefined;
          return api.runReplications(scenarioJson, from, to, chunkProgress);
        },
    );

    report();
    try {
      const parts = await queue.runBatch(tasks, signal);
      chunks.forEach(([from, to], i) => (doneByChunk[i] = to - from));
      report();
      // Chunks are contiguous and in order, so flattening keeps replication order.
      const results = parts.flat();
      return { summary: summarise({ ...validation.scenario, replications: total }, results), results };
    } finally {
      finished = true;
    }
  }

  async function runProjection(scenarioJson: unknown, { replications, signal, onProgress }: RunOptions = {}): Promise<ProjectionResult> {
    const validation = await validate(scenarioJson, signal);
    if (!validation.ok) throw new ScenarioValidationError(validation.message, validation.path, validation.rule);
    if (validation.scenario.type !== 'onewindow/centre') throw new ScenarioValidationError(`invalid type: must be "onewindow/centre" for a projection, got "${validation.scenario.type}"`, 'type');
    const scenario = validation.scenario;
    const settings = projectionSettings(scenario);
    const total = replications ?? settings.replications;
    // one trajectory per chunk at most; a trajectory simulates each year's warm-up and sampled days
    // and reports them from inside, so progress moves by simulated days
    const chunks = splitRange(total, Math.max(queue.size, total));
    const progress = chunkProgress(chunks, total, projectionYears(scenario).length * (settings.warmupDays + settings.sampledDays), signal, onProgress);
    try {
      const parts = await queue.runBatch(
        chunks.map(([from, to], i) => async (api: Parameters<WorkerTask<SimApi, unknown>>[0]) => {
          const r = await api.runProjection(scenarioJson, from, to, progress.inChunk(i));
          progress.chunkDone(i);
          return r;
        }),
        signal,
      );
      return summariseProjection(scenario, parts.flat(), { integrationIndex: integrationIndexOf });
    } finally {
      progress.finish();
    }
  }

  async function runSynergy(scenarioJson: unknown, year: number, { replications, signal, onProgress }: RunOptions = {}): Promise<SynergyResult> {
    const validation = await validate(scenarioJson, signal);
    if (!validation.ok) throw new ScenarioValidationError(validation.message, validation.path, validation.rule);
    if (validation.scenario.type !== 'onewindow/centre') throw new ScenarioValidationError(`invalid type: must be "onewindow/centre" for a synergy, got "${validation.scenario.type}"`, 'type');
    const scenario = validation.scenario;
    const total = replications ?? projectionSettings(scenario).replications;
    if (!Number.isInteger(total) || total < 2) throw new ScenarioValidationError(`invalid replications: a synergy needs an integer ≥ 2 for a CI, got ${total}`, 'replications');
    const chunks = splitRange(total, queue.size * chunksPerWorker);
    // a replication simulates the seven variants' warm-up and sampled days; chunks report from inside one
    const settings = projectionSettings(scenario);
    const progress = chunkProgress(chunks, total, SYNERGY_VARIANTS.length * (settings.warmupDays + settings.sampledDays), signal, onProgress);
    try {
      const parts = await queue.runBatch(
        chunks.map(([from, to], i) => async (api: Parameters<WorkerTask<SimApi, unknown>>[0]) => {
          const r = await api.runSynergy(scenarioJson, year, from, to, progress.inChunk(i));
          progress.chunkDone(i);
          return r;
        }),
        signal,
      );
      return summariseSynergy(scenario, year, parts.flat());
    } finally {
      progress.finish();
    }
  }

  async function compareMany(baseJson: unknown, variantJsons: readonly unknown[], { replications, seed, signal, onProgress }: CompareOptions = {}): Promise<CompareManyResult> {
    const all = [baseJson, ...variantJsons];
    const sideOf = (i: number) => (i === 0 ? 'a' : variantJsons.length === 1 ? 'b' : `b${i}`);
    const validations = await Promise.all(all.map((json) => validate(json, signal)));
    const scenarios = validations.map((v, i) => {
      if (!v.ok) throw Object.assign(new ScenarioValidationError(v.message, v.path, v.rule), { scenario: sideOf(i) });
      return v.scenario;
    });
    const total = replications ?? scenarios[0].replications;
    if (!Number.isInteger(total) || total < 1) {
      throw new ScenarioValidationError(`invalid replications: must be an integer ≥ 1, got ${total}`, 'replications');
    }
    // Common random numbers: every run uses one base seed, so replication i of each shares streams.
    const commonSeed = seed ?? scenarios[0].seed;
    const withSeed = (json: unknown) => (json && typeof json === 'object' && !Array.isArray(json) ? { ...(json as Record<string, unknown>), seed: commonSeed } : json);
    const jsons = all.map(withSeed);

    const chunks = splitRange(total, Math.max(1, Math.ceil((queue.size * chunksPerWorker) / jsons.length)));
    const jobs = jsons.flatMap((json) => chunks.map(([from, to]) => ({ json, from, to })));
    // replications done per job, with the running one's share of its days (a fraction)
    const doneByJob = jobs.map(() => 0);
    const days = scenarios.map(simulatedDays);
    const daysPerReplication = days.every((d) => d !== undefined && d === days[0]) ? days[0] : undefined;
    let finished = false;
    let reported = -1;
    const report = () => {
      if (finished || signal?.aborted || !onProgress) return;
      const share = doneByJob.reduce((x, y) => x + y, 0);
      if (share === reported) return;
      reported = share;
      const done = doneByJob.reduce((x, y) => x + Math.floor(y), 0);
      onProgress({ done, total: jsons.length * total, ...(daysPerReplication !== undefined ? { daysPerReplication, daysDone: share * daysPerReplication } : {}) });
    };
    report();
    try {
      const parts = await queue.runBatch(
        jobs.map(({ json, from, to }, i) => (api: Parameters<WorkerTask<SimApi, unknown>>[0]) =>
          api.runReplications(
            json,
            from,
            to,
            onProgress
              ? proxy((d: number, nextShare?: number) => {
                  doneByJob[i] = Math.max(doneByJob[i], Math.min(d + Math.min(nextShare ?? 0, 0.999), to - from));
                  report();
                })
              : undefined,
          ),
        ),
        signal,
      );
      jobs.forEach(({ from, to }, i) => (doneByJob[i] = to - from));
      report();
      const results = jsons.map((_, k) => parts.slice(k * chunks.length, (k + 1) * chunks.length).flat());
      const summaryOf = (k: number) => summarise({ ...scenarios[k], seed: commonSeed, replications: total }, results[k]);
      return {
        base: summaryOf(0),
        variants: variantJsons.map((_, i) => ({ summary: summaryOf(i + 1), differences: pairedDifferences(results[0], results[i + 1]) })),
      };
    } finally {
      finished = true;
    }
  }

  async function compare(aJson: unknown, bJson: unknown, options: CompareOptions = {}): Promise<CompareResult> {
    const r = await compareMany(aJson, [bJson], options);
    return { a: r.base, b: r.variants[0].summary, differences: r.variants[0].differences };
  }

  async function dayRecords(scenarioJson: unknown, { replication, day, signal }: { replication: number; day: number; signal?: AbortSignal }): Promise<DayRecordsResult> {
    const [result] = await queue.runBatch<DayRecordsResult>([(api) => api.dayRecords(scenarioJson, replication, day)], signal);
    return result;
  }

  async function windowBrackets(scenarioJson: unknown, target: WaitTarget, signal?: AbortSignal): Promise<WindowBracket[]> {
    const validation = await validate(scenarioJson, signal);
    if (!validation.ok) throw new ScenarioValidationError(validation.message, validation.path, validation.rule);
    const [brackets] = await queue.runBatch<WindowBracket[]>([(api) => api.windowBrackets(scenarioJson, target)], signal);
    return brackets;
  }

  return { size: queue.size, run, runKept, validate, runProjection, runSynergy, compare, compareMany, dayRecords, windowBrackets, liveWorkers: queue.liveWorkers, dispose: queue.dispose };
}
