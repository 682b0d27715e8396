/**
 * The jobs the task machine runs for a scenario (see `taskMachine.ts`): validate then run one
 * scenario; project a scenario with a timeline year by year. Each reports its phase and progress
 * and hands its AbortSignal to the pool, so cancelling the task terminates the workers. No React.
 */
import type { ProjectionResult, RunSummary, SimPool } from '../client/simPool';
import type { ReplicationResult } from '../engine/types';
import type { LoadReport } from '../engine/analytic/offeredLoad';
import type { TaskEvent, TaskJob, TaskSnapshot } from './taskMachine';

/** A finished run: its summary and the scenario JSON it is of (department names, stationings). */
export interface RunOutcome {
  summary: RunSummary;
  scenario: unknown;
  /** per-replication results, so a later run with the same seed pairs with this one without rerunning it */
  results?: ReplicationResult[];
}

/** A validation failure as an Error carrying the field path (`invalid <path>: <rule>, got <value>`). */
export class ScenarioRejected extends Error {
  constructor(
    message: string,
    readonly path: string,
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
  return async (signal, onProgress, onPhase) => {
    onPhase('validating');
    const checked = await pool.validate(scenario, signal);
    if (!checked.ok) throw new ScenarioRejected(checked.message, checked.path);
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
  return (signal, onProgress) => pool.runProjection(scenario, { replications, signal, onProgress });
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
