/**
 * The jobs the task machine runs for a scenario (see `taskMachine.ts`): validate then run one
 * scenario; project a scenario with a timeline year by year. Each reports its phase and progress
 * and hands its AbortSignal to the pool, so cancelling the task terminates the workers. No React.
 */
import type { ProjectionResult, RunProgress, RunSummary, SimPool } from '../client/simPool';
import type { ReplicationResult } from '../engine/types';
import type { LoadReport } from '../engine/analytic/offeredLoad';
import type { TaskEvent, TaskJob, TaskSnapshot } from './taskMachine';
import type { Rule } from '../engine/scenario/rules';

/** A finished run: its summary and the scenario JSON it is of (department names, stationings). */
export interface RunOutcome {
  summary: RunSummary;
  scenario: unknown;
  /** per-replication results, so a later run with the same seed pairs with this one without rerunning it */
  results?: ReplicationResult[];
  /** a run-until-precise run: its goal and whether it was reached within the maximum */
  goal?: PrecisionGoal & { reached: boolean };
}

/** A validation failure as an Error carrying the field path (`invalid <path>: <rule>, got <value>`). */
export class ScenarioRejected extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** the engine's rule (catalogue code and parameters) */
    readonly rule?: Rule,
  ) {
    super(message);
    this.name = 'ScenarioRejected';
  }
}

/**
 * Validate `scenario` in a worker (phase `validating`; a refusal fails the task with its message
 * and path), report its offered loads with phase `running` (overloaded departments are named
 * before the results), then run it with `replications` (default: the scenario's own).
 */
export function runJob(pool: Pick<SimPool, 'runKept' | 'validate'>, scenario: unknown, replications?: number): TaskJob {
  return async (signal, report, onPhase) => {
    const started = Date.now();
    const onProgress = (p: RunProgress) => report({ ...p, elapsedMs: Date.now() - started });
    onPhase('validating');
    const checked = await pool.validate(scenario, signal);
    if (!checked.ok) throw new ScenarioRejected(checked.message, checked.path, checked.rule);
    onPhase('running', checked.overload);
    onProgress({ done: 0, total: replications ?? checked.scenario.replications });
    const { summary, results } = await pool.runKept(scenario, { replications, signal, onProgress });
    onProgress({ done: summary.replications, total: summary.replications });
    return { summary, scenario, results } satisfies RunOutcome;
  };
}

/** The event that starts `runJob` on a task actor (its first phase, `validating`, shown at once). */
export function startRun(pool: Pick<SimPool, 'runKept' | 'validate'>, scenario: unknown, replications?: number): TaskEvent {
  return { type: 'task.start', job: runJob(pool, scenario, replications), phase: 'validating' };
}

/** Project a scenario with a reform timeline year by year (progress in trajectories). */
export function projectionJob(pool: Pick<SimPool, 'runProjection'>, scenario: unknown, replications?: number): TaskJob {
  return (signal, onProgress) => {
    const started = Date.now();
    // the elapsed time lets the view show the time left (by simulated days, reported from inside a trajectory)
    return pool.runProjection(scenario, { replications, signal, onProgress: (p) => onProgress({ ...p, elapsedMs: Date.now() - started }) });
  };
}

/** The status a run shows: the task's, with `validating` while the job is checking the scenario. */
export const selectRunStatus = (s: TaskSnapshot): 'idle' | 'validating' | 'running' | 'done' | 'failed' | 'cancelled' =>
  s.value === 'running' && s.context.phase === 'validating' ? 'validating' : (s.value as 'idle' | 'running' | 'done' | 'failed' | 'cancelled');
/** The last finished run (kept through failed, cancelled and new runs until replaced). */
export const selectRunOutcome = (s: TaskSnapshot): RunOutcome | undefined => s.context.result as RunOutcome | undefined;
/** The offered loads of the scenario being (or last) run, known once it validated. */
export const selectOverload = (s: TaskSnapshot): LoadReport | undefined => (s.context.phase === 'running' ? (s.context.detail as LoadReport | undefined) : undefined);
/** The last finished projection. */
export const selectProjection = (s: TaskSnapshot): ProjectionResult | undefined => s.context.result as ProjectionResult | undefined;

/** Stop rule of `runUntilJob`: the 95% CI half-width of `kpi` at most `halfWidth`, within `max` replications. */
export interface PrecisionGoal {
  kpi: string;
  halfWidth: number;
  max: number;
}

/** Replications to try next: the half-width shrinks as 1/√n, so n·(h/target)², at least two more, at most `max`. Pure. */
export function nextReplications(n: number, halfWidth: number, target: number, max: number): number {
  const want = Math.ceil(n * (halfWidth / target) ** 2);
  return Math.min(max, Math.max(n + 2, want));
}

/**
 * Run until the CI half-width of one KPI is at most the goal: validate, run `start` replications,
 * then as many as the half-width says are needed, until the goal or `max` is reached. Each round
 * runs replications 0…n−1 (seeded by index, so a round repeats the previous one's and adds more).
 */
export function runUntilJob(pool: Pick<SimPool, 'runKept' | 'validate'>, scenario: unknown, start: number, goal: PrecisionGoal): TaskJob {
  return async (signal, report, onPhase) => {
    const started = Date.now();
    onPhase('validating');
    const checked = await pool.validate(scenario, signal);
    if (!checked.ok) throw new ScenarioRejected(checked.message, checked.path, checked.rule);
    onPhase('running', checked.overload);
    let n = Math.max(2, start);
    for (;;) {
      const kept = await pool.runKept(scenario, { replications: n, signal, onProgress: (p) => report({ ...p, elapsedMs: Date.now() - started }) });
      const e = kept.summary.kpis[goal.kpi];
      const reached = !e || !Number.isFinite(e.halfWidth) || e.halfWidth <= goal.halfWidth;
      if (reached || n >= goal.max) return { summary: kept.summary, scenario, results: kept.results, goal: { ...goal, reached } } satisfies RunOutcome;
      n = nextReplications(n, e.halfWidth, goal.halfWidth, goal.max);
    }
  };
}
