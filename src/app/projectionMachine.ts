/**
 * The projection lifecycle: idle → running (progress) → done | failed | cancelled.
 *
 * The projection is a `fromPromise` actor whose `signal` goes to the pool: leaving `running` for
 * any reason (projection.cancel, a new projection.start, the machine stopping) stops the actor,
 * aborts the signal and terminates the busy workers. No React here; views use the selectors.
 */
import { assign, fromPromise, setup, type AnyActorRef, type SnapshotFrom } from 'xstate';
import type { Progress, ProjectionResult, SimPool } from '../client/simPool';

export interface ProjectionContext {
  pool: Pick<SimPool, 'runProjection'>;
  scenario?: unknown;
  replications?: number;
  /** the last successful projection; kept through failed, cancelled and new runs until replaced */
  result?: ProjectionResult;
  error?: string;
  progress: Progress;
}

export type ProjectionEvent =
  | { type: 'projection.start'; scenario: unknown; replications?: number }
  | { type: 'projection.cancel' }
  /** internal: sent by the projection actor */
  | { type: 'projection.progress'; done: number; total: number };

const noProgress: Progress = { done: 0, total: 0 };

export const projectionMachine = setup({
  types: {
    context: {} as ProjectionContext,
    events: {} as ProjectionEvent,
    input: {} as { pool: Pick<SimPool, 'runProjection'> },
    tags: {} as 'busy',
  },
  actors: {
    project: fromPromise<ProjectionResult, { pool: ProjectionContext['pool']; scenario: unknown; replications?: number; parent: AnyActorRef }>(({ input, signal }) =>
      input.pool.runProjection(input.scenario, {
        replications: input.replications,
        signal,
        onProgress: (p) => {
          if (!signal.aborted) input.parent.send({ type: 'projection.progress', done: p.done, total: p.total });
        },
      }),
    ),
  },
  actions: {
    acceptRequest: assign(({ event }) => (event.type === 'projection.start' ? { scenario: event.scenario, replications: event.replications, error: undefined, progress: noProgress } : {})),
  },
}).createMachine({
  id: 'projection',
  context: ({ input }) => ({ pool: input.pool, progress: noProgress }),
  initial: 'idle',
  on: { 'projection.start': { target: '.running', actions: 'acceptRequest', reenter: true } },
  states: {
    idle: {},
    running: {
      tags: 'busy',
      invoke: {
        src: 'project',
        input: ({ context, self }) => ({ pool: context.pool, scenario: context.scenario, replications: context.replications, parent: self }),
        onDone: { target: 'done', actions: assign(({ event }) => ({ result: event.output })) },
        onError: { target: 'failed', actions: assign(({ event }) => ({ error: event.error instanceof Error ? event.error.message : String(event.error) })) },
      },
      on: {
        'projection.progress': { actions: assign(({ event }) => ({ progress: { done: event.done, total: event.total } })) },
        'projection.cancel': 'cancelled',
      },
    },
    done: {},
    failed: {},
    cancelled: {},
  },
});

type Snap = SnapshotFrom<typeof projectionMachine>;
/** Narrow selectors for React (compare with ===). */
export const selectProjectionStatus = (s: Snap) => s.value as 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
export const selectProjectionResult = (s: Snap) => s.context.result;
export const selectProjectionError = (s: Snap) => s.context.error;
export const selectProjectionProgress = (s: Snap) => s.context.progress;
