/**
 * The one lifecycle of every long job the UI starts (a run, a projection, a comparison, a sweep):
 * idle → running (phase, progress) → done | failed | cancelled.
 *
 * The job is a `fromPromise` actor handed an AbortSignal: leaving `running` for any reason
 * (task.cancel, task.reset, a new task.start, the actor stopping when its view unmounts) aborts
 * the signal and the pool terminates the busy workers. No hand-kept "cancelled" flags, no React.
 * What a job does (validate, then run; run two scenarios paired; project years) lives in the job
 * (see `runJob.ts`), not in a machine of its own. Views read it with the narrow selectors below.
 */
import { assign, fromPromise, setup, type ActorRefFrom, type AnyActorRef, type SnapshotFrom } from 'xstate';
import type { RunProgress as Progress } from '../client/simPool';
import type { Rule } from '../engine/scenario/rules';

/** What a job may tell the UI while it works. Calls after the job was cancelled are ignored. */
export interface TaskReporter {
  progress: (p: Progress) => void;
  /** the step the job is in (e.g. `validating`, `running`) and what it learnt there (e.g. offered loads) */
  phase: (phase: string, detail?: unknown) => void;
}

/** A job: gets the signal and a reporter, resolves with its result. */
export type TaskJob = (signal: AbortSignal, onProgress: TaskReporter['progress'], onPhase: TaskReporter['phase']) => Promise<unknown>;

export interface TaskError {
  message: string;
  /** the offending scenario field of a validation error */
  path?: string;
  /** which scenario ('a' | 'b' | …) a comparison's validation error is about */
  scenario?: string;
  /** `workerCrash`: a simulation worker died mid-job (the UI says so in its language, with `detail`) */
  code?: 'workerCrash';
  /** what the browser said about the crash */
  detail?: string;
  /** the engine's rule (catalogue code and parameters) of a refusal, for the UI to word in its language */
  rule?: Rule;
}

export interface TaskContext {
  job?: TaskJob;
  /** the last successful result; kept through failed, cancelled and new runs until replaced */
  result?: unknown;
  error?: TaskError;
  progress: Progress;
  /** the running job's current step, as it reported it (undefined before its first report) */
  phase?: string;
  /** what the job reported with its latest phase (kept after the job ends) */
  detail?: unknown;
}

export type TaskEvent =
  /** start a job (aborting one still running); `phase` is its first step, known before it reports */
  | { type: 'task.start'; job: TaskJob; phase?: string }
  | { type: 'task.cancel' }
  | { type: 'task.reset' }
  /** internal: sent by the job */
  | { type: 'task.progress'; progress: Progress }
  | { type: 'task.phase'; phase: string; detail?: unknown };

export type TaskStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** An error as the UI shows it: the message, and the field path and scenario side a validation error carries. */
export function toTaskError(error: unknown): TaskError {
  if (error instanceof Error) {
    const { path, scenario, detail, rule, code, params } = error as { path?: unknown; scenario?: unknown; detail?: unknown; rule?: unknown; code?: unknown; params?: unknown };
    // by name, not instanceof: the error class lives in src/client, and the app layer only reads types
    if (error.name === 'WorkerCrashError') return { message: error.message, code: 'workerCrash', detail: typeof detail === 'string' ? detail : '' };
    // the rule: as the pool sends it (ScenarioValidationError.rule), or as code and params on an engine error from a worker
    const broken = rule !== null && typeof rule === 'object' ? (rule as Rule) : typeof code === 'string' && params !== null && typeof params === 'object' ? ({ ...params, code } as Rule) : undefined;
    return { message: error.message, ...(typeof path === 'string' ? { path } : {}), ...(typeof scenario === 'string' ? { scenario } : {}), ...(broken ? { rule: broken } : {}) };
  }
  return { message: String(error) };
}

const noProgress: Progress = { done: 0, total: 0 };

export const taskMachine = setup({
  types: { context: {} as TaskContext, events: {} as TaskEvent, tags: {} as 'busy' },
  actors: {
    job: fromPromise<unknown, { job: TaskJob; parent: AnyActorRef }>(({ input, signal }) =>
      input.job(
        signal,
        (progress) => {
          if (!signal.aborted) input.parent.send({ type: 'task.progress', progress });
        },
        (phase, detail) => {
          if (!signal.aborted) input.parent.send({ type: 'task.phase', phase, detail });
        },
      ),
    ),
  },
  actions: {
    accept: assign(({ event }) => (event.type === 'task.start' ? { job: event.job, error: undefined, progress: noProgress, phase: event.phase, detail: undefined } : {})),
    clear: assign({ error: undefined, progress: noProgress, phase: undefined }),
  },
}).createMachine({
  id: 'task',
  context: { progress: noProgress },
  initial: 'idle',
  on: {
    'task.start': { target: '.running', actions: 'accept', reenter: true },
    'task.reset': { target: '.idle', actions: 'clear' },
  },
  states: {
    idle: {},
    running: {
      tags: 'busy',
      invoke: {
        src: 'job',
        input: ({ context, self }) => ({ job: context.job!, parent: self }),
        onDone: { target: 'done', actions: assign(({ event }) => ({ result: event.output })) },
        onError: { target: 'failed', actions: assign(({ event }) => ({ error: toTaskError(event.error) })) },
      },
      on: {
        'task.progress': { actions: assign(({ event }) => ({ progress: event.progress })) },
        'task.phase': { actions: assign(({ event }) => ({ phase: event.phase, detail: event.detail })) },
        'task.cancel': 'cancelled',
      },
    },
    done: {},
    failed: {},
    cancelled: {},
  },
});

export type TaskActor = ActorRefFrom<typeof taskMachine>;
export type TaskSnapshot = SnapshotFrom<typeof taskMachine>;

/** Narrow selectors for `useSelector(actor, selectX)`: each returns a value stable under `===`. */
export const selectTaskStatus = (s: TaskSnapshot) => s.value as TaskStatus;
export const selectTaskBusy = (s: TaskSnapshot): boolean => s.hasTag('busy');
export const selectTaskProgress = (s: TaskSnapshot): Progress => s.context.progress;
export const selectTaskResult = (s: TaskSnapshot): unknown => s.context.result;
export const selectTaskError = (s: TaskSnapshot): TaskError | undefined => s.context.error;
/** The step a running job reported (e.g. `validating`); undefined when not running or not reported. */
export const selectTaskPhase = (s: TaskSnapshot): string | undefined => (s.value === 'running' ? s.context.phase : undefined);
export const selectTaskDetail = (s: TaskSnapshot): unknown => s.context.detail;
