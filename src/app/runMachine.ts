/**
 * The run lifecycle: idle → validating → running (progress) → done | failed | cancelled.
 *
 * The run is a `fromPromise` actor whose `signal` goes to the pool: leaving `running` for any
 * reason (run.cancel, run.reset, the machine stopping) stops the actor, aborts the signal and
 * terminates the busy workers. No React here; views read it with the narrow selectors below.
 */
import { assign, fromPromise, setup, type ActorRefFrom, type AnyActorRef, type SnapshotFrom } from 'xstate';
import type { Progress, RunSummary, SimPool, ValidationResult } from '../client/simPool';
import type { LoadReport } from '../engine/analytic/offeredLoad';

export interface RunMachineInput {
  pool: Pick<SimPool, 'run' | 'validate'>;
}

/** What went wrong, for the user: `invalid <path>: <rule>, got <value>`, or a run failure. */
export interface RunError {
  message: string;
  /** the offending scenario field, when the error is a validation error */
  path?: string;
}

export interface RunContext {
  pool: Pick<SimPool, 'run' | 'validate'>;
  /** the scenario JSON of the current (or last) run request */
  scenario?: unknown;
  /** replication override of the current request */
  replications?: number;
  /** the last successful run's summary; kept through failed, cancelled and new runs until replaced */
  summary?: RunSummary;
  /** the scenario JSON that summary is of (its department names and stationings), replaced with it */
  summaryScenario?: unknown;
  error?: RunError;
  progress: Progress;
  /** the offered loads of the current request's scenario, from its validation (before the run) */
  overload?: LoadReport;
}

export type RunEvent =
  | { type: 'run.start'; scenario: unknown; replications?: number }
  | { type: 'run.cancel' }
  | { type: 'run.reset' }
  /** internal: sent by the run actor */
  | { type: 'run.progress'; done: number; total: number };

function toRunError(error: unknown): RunError {
  if (error instanceof Error) {
    const path = (error as { path?: unknown }).path;
    return typeof path === 'string' ? { message: error.message, path } : { message: error.message };
  }
  return { message: String(error) };
}

const noProgress: Progress = { done: 0, total: 0 };

export const runMachine = setup({
  types: {
    context: {} as RunContext,
    events: {} as RunEvent,
    input: {} as RunMachineInput,
    tags: {} as 'busy',
  },
  actors: {
    validateScenario: fromPromise<ValidationResult, { pool: RunContext['pool']; scenario: unknown }>(
      ({ input, signal }) => input.pool.validate(input.scenario, signal),
    ),
    runScenario: fromPromise<
      RunSummary,
      { pool: RunContext['pool']; scenario: unknown; replications?: number; parent: AnyActorRef }
    >(({ input, signal }) =>
      input.pool.run(input.scenario, {
        replications: input.replications,
        signal,
        onProgress: (p) => {
          if (!signal.aborted) input.parent.send({ type: 'run.progress', done: p.done, total: p.total });
        },
      }),
    ),
  },
  actions: {
    acceptRequest: assign(({ event }) => {
      if (event.type !== 'run.start') return {};
      return { scenario: event.scenario, replications: event.replications, error: undefined, progress: noProgress, overload: undefined };
    }),
    clearRun: assign({ error: undefined, progress: noProgress }),
  },
}).createMachine({
  id: 'run',
  context: ({ input }) => ({ pool: input.pool, progress: noProgress }),
  initial: 'idle',
  states: {
    idle: {
      on: { 'run.start': { target: 'validating', actions: 'acceptRequest' } },
    },
    validating: {
      tags: 'busy',
      invoke: {
        src: 'validateScenario',
        input: ({ context }) => ({ pool: context.pool, scenario: context.scenario }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'running',
            actions: assign(({ context, event }) => ({
              overload: event.output.ok ? event.output.overload : undefined,
              progress: {
                done: 0,
                total: context.replications ?? (event.output.ok ? event.output.scenario.replications : 0),
              },
            })),
          },
          {
            target: 'failed',
            actions: assign(({ event }) => ({
              error: event.output.ok ? undefined : { message: event.output.message, path: event.output.path },
            })),
          },
        ],
        onError: { target: 'failed', actions: assign(({ event }) => ({ error: toRunError(event.error) })) },
      },
      on: { 'run.cancel': 'cancelled', 'run.reset': { target: 'idle', actions: 'clearRun' } },
    },
    running: {
      tags: 'busy',
      invoke: {
        src: 'runScenario',
        input: ({ context, self }) => ({
          pool: context.pool,
          scenario: context.scenario,
          replications: context.replications,
          parent: self,
        }),
        onDone: {
          target: 'done',
          actions: assign(({ context, event }) => ({
            summary: event.output,
            summaryScenario: context.scenario,
            progress: { done: event.output.replications, total: event.output.replications },
          })),
        },
        onError: { target: 'failed', actions: assign(({ event }) => ({ error: toRunError(event.error) })) },
      },
      on: {
        'run.progress': { actions: assign(({ event }) => ({ progress: { done: event.done, total: event.total } })) },
        'run.cancel': 'cancelled',
        'run.reset': { target: 'idle', actions: 'clearRun' },
      },
    },
    done: {
      on: {
        'run.start': { target: 'validating', actions: 'acceptRequest' },
        'run.reset': { target: 'idle', actions: 'clearRun' },
      },
    },
    failed: {
      on: {
        'run.start': { target: 'validating', actions: 'acceptRequest' },
        'run.reset': { target: 'idle', actions: 'clearRun' },
      },
    },
    cancelled: {
      on: {
        'run.start': { target: 'validating', actions: 'acceptRequest' },
        'run.reset': { target: 'idle', actions: 'clearRun' },
      },
    },
  },
});

export type RunActor = ActorRefFrom<typeof runMachine>;
export type RunSnapshot = SnapshotFrom<typeof runMachine>;

/** Narrow selectors for `useSelector(actor, selectX)`: each returns a value stable under `===`. */
export const selectProgress = (snapshot: RunSnapshot): Progress => snapshot.context.progress;
export const selectSummary = (snapshot: RunSnapshot): RunSummary | undefined => snapshot.context.summary;
/** The scenario JSON of the summary above (not of a run started since). */
export const selectSummaryScenario = (snapshot: RunSnapshot): unknown => snapshot.context.summaryScenario;
/** The offered loads of the scenario being (or last) run, known once it validated: overloaded departments are named before the results. */
export const selectOverload = (snapshot: RunSnapshot): LoadReport | undefined => snapshot.context.overload;
export const selectIsBusy = (snapshot: RunSnapshot): boolean => snapshot.hasTag('busy');
export const selectError = (snapshot: RunSnapshot): RunError | undefined => snapshot.context.error;
/** 'idle' | 'validating' | 'running' | 'done' | 'failed' | 'cancelled' */
export const selectStatus = (snapshot: RunSnapshot) => snapshot.value;
