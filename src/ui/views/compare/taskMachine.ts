/**
 * The lifecycle of one long job in the Compare and Research views (a comparison, five centres,
 * a sweep): idle → running (progress) → done | failed | cancelled. The job is a `fromPromise`
 * actor handed an AbortSignal: leaving `running` (task.cancel, a new start, unmounting) aborts
 * it and the pool terminates the busy workers. No React; views read it with narrow selectors.
 */
import { assign, fromPromise, setup, type ActorRefFrom, type AnyActorRef, type SnapshotFrom } from 'xstate';
import type { Progress } from '../../../client/simPool';

/** A job: gets the signal and a progress callback, resolves with its result. */
export type TaskJob = (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<unknown>;

export interface TaskError {
  message: string;
  /** the offending scenario field of a validation error */
  path?: string;
  /** which scenario ('a' | 'b') a comparison's validation error is about */
  scenario?: string;
}

export interface TaskContext {
  job?: TaskJob;
  result?: unknown;
  error?: TaskError;
  progress: Progress;
}

export type TaskEvent = { type: 'task.start'; job: TaskJob } | { type: 'task.cancel' } | { type: 'task.progress'; done: number; total: number };

function toTaskError(error: unknown): TaskError {
  if (error instanceof Error) {
    const { path, scenario } = error as { path?: unknown; scenario?: unknown };
    return { message: error.message, ...(typeof path === 'string' ? { path } : {}), ...(typeof scenario === 'string' ? { scenario } : {}) };
  }
  return { message: String(error) };
}

const noProgress: Progress = { done: 0, total: 0 };

export const taskMachine = setup({
  types: { context: {} as TaskContext, events: {} as TaskEvent, tags: {} as 'busy' },
  actors: {
    job: fromPromise<unknown, { job: TaskJob; parent: AnyActorRef }>(({ input, signal }) =>
      input.job(signal, (p) => {
        if (!signal.aborted) input.parent.send({ type: 'task.progress', done: p.done, total: p.total });
      }),
    ),
  },
  actions: {
    accept: assign(({ event }) => (event.type === 'task.start' ? { job: event.job, error: undefined, progress: noProgress } : {})),
  },
}).createMachine({
  id: 'task',
  context: { progress: noProgress },
  initial: 'idle',
  on: { 'task.start': { target: '.running', actions: 'accept', reenter: true } },
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
        'task.progress': { actions: assign(({ event }) => ({ progress: { done: event.done, total: event.total } })) },
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

export const selectTaskStatus = (s: TaskSnapshot) => s.value as 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
export const selectTaskProgress = (s: TaskSnapshot): Progress => s.context.progress;
export const selectTaskResult = (s: TaskSnapshot): unknown => s.context.result;
export const selectTaskError = (s: TaskSnapshot): TaskError | undefined => s.context.error;
