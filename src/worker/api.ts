/**
 * The simulation API that runs inside a Web Worker (or in-process, for the CLI and tests).
 *
 * Each method is a thin, stateless adapter over the pure engine: it takes scenario JSON, never
 * an engine object, so that any worker can serve any call and a pool can split work freely.
 * Later kinds (centre scenarios, multi-year projections) add a method here; the pool in
 * src/client stays the same because it only queues `(api) => Promise<T>` tasks.
 */
import { releaseProxy, transfer } from 'comlink';
import { loadScenario, ScenarioError, type Scenario } from '../engine/scenario/loadScenario';
import { type Rule, ruleOfError } from '../engine/scenario/rules';
import { prepareReplications } from '../engine/run/runReplications';
import { compileCentre } from '../engine/centre/compileCentre';
import { simulateCentre } from '../engine/centre/simulateCentre';
import type { CentreDayRecords } from '../engine/centre/reduceCentre';
import { hallDayCounts, hallLayout, hallVisitFacts, type HallDayCounts, type HallLayout, type HallVisitFacts } from '../engine/centre/hallDay';
import type { DayProgressOptions, ReplicationResult } from '../engine/types';
import { projectReplications, projectionSettings, projectionYears, type ProjectionReplication } from '../engine/projection/project';
import { runSynergyReplications, type SynergyReplication } from '../engine/projection/synergy';
import { overloadOf } from '../engine/run/overload';
import type { LoadReport } from '../engine/analytic/offeredLoad';
import { windowBrackets, type WaitTarget, type WindowBracket } from '../engine/analytic/windowBracket';
import { projectionModels } from '../../models/programmes/projectionModels';
import { engineModels } from '../../models/centreTypes/centreModels';

/**
 * One load and one compile per scenario per worker: a run split into chunks, or rerun, reuses the
 * scenario it prepared last (keyed by the document's JSON text).
 */
let prepared: { key: string; run: (replication: number, watch?: DayProgressOptions) => ReplicationResult; days?: number } | undefined;
function preparedRun(json: unknown): (replication: number, watch?: DayProgressOptions) => ReplicationResult {
  return preparedScenario(json).run;
}
function preparedScenario(json: unknown): NonNullable<typeof prepared> {
  const key = JSON.stringify(json);
  if (prepared?.key !== key) {
    const scenario = loadScenario(json);
    const days = (scenario as { simulation?: { days?: unknown } }).simulation?.days;
    prepared = { key, run: prepareReplications(scenario, engineModels), days: typeof days === 'number' ? days : undefined };
  }
  return prepared;
}

/** Days between two in-replication progress messages: about 40 a replication at most. */
const progressStep = (days: number) => Math.max(1, Math.ceil(days / 40));
/** At most one in-replication progress message per this many milliseconds (replication ends always go). */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes (replications done, share of the next one) to the page: every finished replication, and
 * the shares inside one at most every PROGRESS_INTERVAL_MS, like runReplications'.
 */
function throttledRelay(onProgress: ReplicationProgress | undefined): ((done: number, nextShare?: number) => void) | undefined {
  if (!onProgress) return undefined;
  let sentAt = -Infinity;
  return (done, nextShare) => {
    if (nextShare !== undefined) {
      const now = performance.now();
      if (now - sentAt < PROGRESS_INTERVAL_MS) return;
      sentAt = now;
    }
    void Promise.resolve(onProgress(done, nextShare)).catch(() => undefined);
  };
}

/** The outcome of validating scenario JSON: the normalised scenario, or the first problem. */
export type ValidationResult =
  | {
      ok: true;
      scenario: Scenario;
      /**
       * The offered load of each department's windows and back office (centre) or each station
       * (network), computed before the run; `unstable` names those at load ≥ 1 (issue 9 point 7).
       * Always set by `simApi.validate`; optional for pools that do not compute it.
       */
      overload?: LoadReport;
    }
  | {
      ok: false;
      /** `invalid <path>: <rule>, got <value>` */
      message: string;
      /** the offending field, e.g. `stations[0].servers`; '' when the whole document is wrong */
      path: string;
      /** the broken rule of the catalogue (code and parameters), for the UI to word in its language */
      rule?: Rule;
    };

/**
 * Called with the number of replications finished so far in this call and, while the next one is
 * running, the share of its simulated days done (0–1; a kind without days never sends it).
 */
export type ReplicationProgress = (doneInThisCall: number, nextShare?: number) => void;

const MESSAGE_PATH = /^invalid (.*?): /;

/** The field path of a ScenarioError: its own `path` if it has one, else parsed from the message. */
function pathOf(error: Error): string {
  const own = (error as { path?: unknown }).path;
  if (typeof own === 'string') return own;
  if (Array.isArray(own)) return own.join('.');
  return MESSAGE_PATH.exec(error.message)?.[1] ?? '';
}

/** Every distinct ArrayBuffer behind the results' wait samples (a buffer may be listed once only). */
function waitBuffers(results: ReplicationResult[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const r of results) {
    if (r.waits.buffer instanceof ArrayBuffer) buffers.add(r.waits.buffer);
  }
  return [...buffers];
}

export const simApi = {
  /** Validate and normalise scenario JSON; a ScenarioError becomes `{ ok: false }`, anything else throws. */
  validate(json: unknown): ValidationResult {
    try {
      const scenario = loadScenario(json);
      preparedRun(json); // compiles against the centre type's statechart (and keeps it for the run)
      return { ok: true, scenario, overload: overloadOf(scenario, engineModels) };
    } catch (error) {
      if (error instanceof ScenarioError) return { ok: false, message: error.message, path: pathOf(error), rule: ruleOfError(error) };
      throw error;
    }
  },

  /**
   * Run replications [from, to) of the scenario. Results depend on (seed, replication index)
   * only, so chunks run on different workers merge to the same numbers. The wait samples'
   * buffers are transferred, not copied. `onProgress` may be a Comlink proxy; it is released
   * when the call ends.
   */
  async runReplications(
    json: unknown,
    from: number,
    to: number,
    onProgress?: ReplicationProgress,
  ): Promise<ReplicationResult[]> {
    try {
      const { run, days } = preparedScenario(json);
      let sentAt = -Infinity;
      const report = onProgress
        ? (done: number, nextShare?: number) => {
            // Over Comlink the call returns a promise; progress is best effort, never fatal.
            const pending: unknown = onProgress(done, nextShare);
            if (pending instanceof Promise) pending.catch(() => undefined);
          }
        : undefined;
      const results: ReplicationResult[] = [];
      // inside a replication: its simulated days, throttled so that messages stay few
      const watch: DayProgressOptions | undefined =
        report && days !== undefined
          ? {
              progressEveryDays: progressStep(days),
              onDays: (d, total) => {
                const now = performance.now();
                if (d >= total || now - sentAt < PROGRESS_INTERVAL_MS) return;
                sentAt = now;
                report(results.length, d / total);
              },
            }
          : undefined;
      for (let r = from; r < to; r++) {
        results.push(run(r, watch));
        report?.(results.length);
      }
      return transfer(results, waitBuffers(results));
    } finally {
      (onProgress as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
    }
  },

  /**
   * Run projection trajectories [from, to) of a centre scenario with a timeline, handed the
   * statecharts from models/. A trajectory depends on (seed, index) only, so chunks merge to the
   * same numbers on any pool size.
   */
  runProjection(json: unknown, from: number, to: number, onProgress?: ReplicationProgress): ProjectionReplication[] {
    try {
      const scenario = loadScenario(json);
      if (scenario.type !== 'onewindow/centre') throw new ScenarioError('type', { code: 'scenario.centreFor', use: 'projection' }, scenario.type);
      // progress inside a trajectory too (its years' days)
      const p = projectionSettings(scenario);
      return projectReplications(scenario, { from, to, models: projectionModels, onProgress: throttledRelay(onProgress), progressEveryDays: progressStep(p.warmupDays + p.sampledDays) });
    } finally {
      (onProgress as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
    }
  },

  /**
   * Replications [from, to) of the five functions' synergy variants for `year` (all separate, each
   * alone integrated, all integrated; common random numbers), handed the statecharts from models/.
   * A replication depends on (seed, index) only, so chunks merge to the same numbers on any pool size.
   */
  runSynergy(json: unknown, year: number, from: number, to: number, onProgress?: ReplicationProgress): SynergyReplication[] {
    try {
      const scenario = loadScenario(json);
      if (scenario.type !== 'onewindow/centre') throw new ScenarioError('type', { code: 'scenario.centreFor', use: 'synergy' }, scenario.type);
      const years = projectionYears(scenario);
      if (!Number.isInteger(year) || year < years[0] || year > years[years.length - 1]) throw new ScenarioError('year', { code: 'projection.year', from: years[0], to: years[years.length - 1] }, year);
      // progress inside a replication too (its seven variants' days)
      const relay = throttledRelay(onProgress);
      const p = projectionSettings(scenario);
      return runSynergyReplications(scenario, year, { from, to, models: projectionModels, onProgress: relay, progressEveryDays: progressStep(p.warmupDays + p.sampledDays) });
    } finally {
      (onProgress as { [releaseProxy]?: () => void } | undefined)?.[releaseProxy]?.();
    }
  },

  /**
   * One replication of a centre scenario with the records of the cases arriving on one day
   * (0-based; per case, per window visit, per back-office task) and the route states of each
   * program, for an animated hall or a drill-down. The KPIs are those of the whole replication;
   * `hall` has the places to draw, per-visit facts (new trip, queue end) and the day's counts at
   * closing time, all derived from the same records.
   */
  dayRecords(
    json: unknown,
    replication: number,
    day: number,
  ): { result: ReplicationResult; records: CentreDayRecords; routes: string[][]; hall: { layout: HallLayout; visits: HallVisitFacts; counts: HallDayCounts } } {
    const scenario = loadScenario(json);
    if (scenario.type !== 'onewindow/centre') throw new ScenarioError('type', { code: 'scenario.centreFor', use: 'dayRecords' }, scenario.type);
    if (!Number.isInteger(day) || day < 0 || day >= scenario.simulation.days) throw new ScenarioError('day', { code: 'int.between', min: 0, max: scenario.simulation.days - 1 }, day);
    const cc = compileCentre(scenario, engineModels.centre);
    const { records, ...result } = simulateCentre(cc, replication, undefined, { recordDay: day });
    const day_ = records as CentreDayRecords;
    const visits = hallVisitFacts(day_, cc.dayMinutes);
    const hall = { layout: hallLayout(cc), visits, counts: hallDayCounts(day_, visits, (day + 1) * cc.dayMinutes) };
    return { result: { ...result, waits: new Float64Array(0) }, records: day_, routes: cc.programStates, hall };
  },

  /**
   * The analytic bracket of every department's windows for a wait target (src/engine/analytic/
   * windowBracket.ts): at least the offered load, at most Erlang C at the busiest hour. Centre only.
   */
  windowBrackets(json: unknown, target: WaitTarget): WindowBracket[] {
    const scenario = loadScenario(json);
    if (scenario.type !== 'onewindow/centre') throw new ScenarioError('type', { code: 'scenario.centreFor', use: 'windowBrackets' }, scenario.type);
    return windowBrackets(overloadOf(scenario, engineModels).loads, target);
  },

  /** Liveness check: resolves once the worker has loaded and answers messages. */
  ping(): 'pong' {
    return 'pong';
  },
};

/** The worker API as the client sees it through `wrap<SimApi>()`. */
export type SimApi = typeof simApi;
