import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { RunOptions, RunSummary, SimPool, ValidationResult } from '../../src/client/simPool';
import { selectRunOutcome, selectRunStatus, startRun as startRunEvent } from '../../src/app/runJob';
import { selectTaskBusy as selectIsBusy, selectTaskError as selectError, selectTaskProgress as selectProgress, taskMachine, type TaskSnapshot as RunSnapshot } from '../../src/app/taskMachine';

const selectSummary = (s: RunSnapshot) => selectRunOutcome(s)?.summary;
const selectSummaryScenario = (s: RunSnapshot) => selectRunOutcome(s)?.scenario;

type FakePool = Pick<SimPool, 'run' | 'validate'>;
/** the fakes implement `run`; runKept wraps it (no per-replication results) */
const kept = (pool: FakePool): Pick<SimPool, 'runKept' | 'validate'> => ({ validate: pool.validate, runKept: (json, o) => pool.run(json, o).then((summary) => ({ summary, results: [] })) });

function summaryOf(replications: number, meanWait: number): RunSummary {
  const estimate = { mean: meanWait, ci95: [meanWait, meanWait] as [number, number], halfWidth: 0, n: replications };
  return {
    name: 'fake',
    kind: 'onewindow/network',
    seed: 1,
    replications,
    kpis: { meanWaitMinutes: estimate },
    stations: {},
    classes: {},
    analytic: {},
    events: 0,
    engineSeconds: 0,
    waits: new Float64Array(0),
  };
}

const valid = (replications = 10): ValidationResult => ({
  ok: true,
  scenario: { type: 'onewindow/network', name: 'fake', seed: 1, replications } as unknown as Extract<ValidationResult, { ok: true }>['scenario'],
});

/** A pool whose run the test drives by hand: report progress, then resolve or reject. */
function manualPool(validation: ValidationResult = valid()) {
  const calls: Array<{ options: RunOptions; resolve: (s: RunSummary) => void; reject: (e: unknown) => void }> = [];
  const pool: FakePool = {
    validate: async () => validation,
    run: (_json, options = {}) =>
      new Promise<RunSummary>((resolve, reject) => {
        calls.push({ options, resolve, reject });
      }),
  };
  return { pool, calls };
}

function start(pool: FakePool) {
  const machine = createActor(taskMachine);
  const states: string[] = [];
  machine.subscribe((s) => {
    const value = selectRunStatus(s);
    if (states.at(-1) !== value) states.push(value);
  });
  machine.start();
  // the Plan view's calls: a run is a task running `runJob`
  type RunEvent = { type: 'run.start'; scenario: unknown; replications?: number } | { type: 'run.cancel' } | { type: 'run.reset' };
  const actor = {
    send: (e: RunEvent) =>
      machine.send(e.type === 'run.start' ? startRunEvent(kept(pool), e.scenario, e.replications) : { type: e.type === 'run.cancel' ? 'task.cancel' : 'task.reset' }),
    getSnapshot: () => machine.getSnapshot(),
    stop: () => machine.stop(),
    machine,
  };
  return { actor, states };
}

const inState = (value: string) => (s: RunSnapshot) => selectRunStatus(s) === value;
const until = (actor: { machine: ReturnType<typeof createActor<typeof taskMachine>> }, value: string) => waitFor(actor.machine, inState(value));
const statusOf = (actor: { getSnapshot: () => RunSnapshot }) => selectRunStatus(actor.getSnapshot());

describe('a run: the task machine running runJob (validate, then run)', () => {
  it('goes idle → validating → running → done and keeps the summary', async () => {
    const { pool, calls } = manualPool(valid(10));
    const { actor, states } = start(pool);
    expect(selectIsBusy(actor.getSnapshot())).toBe(false);

    const scenario = { any: 'json' };
    actor.send({ type: 'run.start', scenario });
    expect(statusOf(actor)).toBe('validating');
    expect(selectIsBusy(actor.getSnapshot())).toBe(true);

    await until(actor, 'running');
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 0, total: 10 });
    expect(selectIsBusy(actor.getSnapshot())).toBe(true);

    const summary = summaryOf(10, 2.5);
    calls[0].resolve(summary);
    await until(actor, 'done');

    expect(states).toEqual(['idle', 'validating', 'running', 'done']);
    expect(selectSummary(actor.getSnapshot())).toBe(summary);
    expect(selectSummaryScenario(actor.getSnapshot())).toBe(scenario);
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 10, total: 10 });
    expect(selectIsBusy(actor.getSnapshot())).toBe(false);
    expect(selectError(actor.getSnapshot())).toBeUndefined();
  });

  it('passes the replication override to the pool and updates progress from its callback', async () => {
    const { pool, calls } = manualPool(valid(10));
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {}, replications: 40 });
    await until(actor, 'running');
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 0, total: 40 });
    expect(calls[0].options.replications).toBe(40);

    calls[0].options.onProgress!({ done: 12, total: 40 });
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 12, total: 40 });
    calls[0].options.onProgress!({ done: 40, total: 40 });
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 40, total: 40 });
  });

  it('run.cancel aborts the run signal and ends in cancelled; late progress is ignored', async () => {
    const { pool, calls } = manualPool();
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'running');
    const { signal, onProgress } = calls[0].options;
    expect(signal!.aborted).toBe(false);

    onProgress!({ done: 3, total: 10 });
    actor.send({ type: 'run.cancel' });
    expect(statusOf(actor)).toBe('cancelled');
    expect(signal!.aborted).toBe(true);
    expect(selectIsBusy(actor.getSnapshot())).toBe(false);

    onProgress!({ done: 7, total: 10 }); // in flight when the workers were terminated
    calls[0].reject(new DOMException('The run was cancelled.', 'AbortError'));
    await Promise.resolve();
    expect(statusOf(actor)).toBe('cancelled');
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 3, total: 10 });
    expect(selectError(actor.getSnapshot())).toBeUndefined();
  });

  it('run.reset while running aborts the run and returns to idle', async () => {
    const { pool, calls } = manualPool();
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'running');
    actor.send({ type: 'run.reset' });
    expect(statusOf(actor)).toBe('idle');
    expect(calls[0].options.signal!.aborted).toBe(true);
  });

  it('stopping the actor (the view unmounts) aborts the run', async () => {
    const { pool, calls } = manualPool();
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'running');
    actor.stop();
    expect(calls[0].options.signal!.aborted).toBe(true);
  });

  it('a validation failure ends in failed with message and path, and keeps the previous summary', async () => {
    let validation: ValidationResult = valid(5);
    const previous = summaryOf(5, 1.25);
    const pool: FakePool = {
      validate: async () => validation,
      run: async () => previous,
    };
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'done');
    expect(selectSummary(actor.getSnapshot())).toBe(previous);

    validation = {
      ok: false,
      message: 'invalid stations[0].servers: must be an integer ≥ 1, got 0',
      path: 'stations[0].servers',
    };
    actor.send({ type: 'run.start', scenario: { broken: true } });
    await until(actor, 'failed');
    expect(selectError(actor.getSnapshot())).toEqual({
      message: 'invalid stations[0].servers: must be an integer ≥ 1, got 0',
      path: 'stations[0].servers',
    });
    expect(selectSummary(actor.getSnapshot())).toBe(previous);
    // the kept summary keeps the scenario it is of, not the broken one that followed
    expect(selectSummaryScenario(actor.getSnapshot())).toEqual({});
  });

  it('a failed run ends in failed with the error message; the next run.start clears it and runs again', async () => {
    let fail = true;
    const pool: FakePool = {
      validate: async () => valid(4),
      run: async () => {
        if (fail) throw new Error('replication 3: station "hall" has no servers');
        return summaryOf(4, 0.5);
      },
    };
    const { actor, states } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'failed');
    expect(selectError(actor.getSnapshot())).toEqual({ message: 'replication 3: station "hall" has no servers' });
    expect(selectSummary(actor.getSnapshot())).toBeUndefined();

    fail = false;
    actor.send({ type: 'run.start', scenario: {} });
    expect(selectError(actor.getSnapshot())).toBeUndefined();
    await until(actor, 'done');
    expect(states).toEqual(['idle', 'validating', 'running', 'failed', 'validating', 'running', 'done']);
    expect(selectSummary(actor.getSnapshot())?.kpis.meanWaitMinutes.mean).toBe(0.5);
  });

  it('a validation error thrown by the pool (worker crash) also ends in failed', async () => {
    const pool: FakePool = {
      validate: async () => {
        throw new Error('The simulation worker stopped unexpectedly (no details).');
      },
      run: async () => summaryOf(1, 0),
    };
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'failed');
    expect(selectError(actor.getSnapshot())?.message).toMatch(/stopped unexpectedly/);
  });

  it('a new run.start while busy aborts the running job; run.reset from done returns to idle keeping the summary', async () => {
    const { pool, calls } = manualPool(valid(2));
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'running');
    actor.send({ type: 'run.start', scenario: {} });
    expect(calls[0].options.signal!.aborted).toBe(true);
    await until(actor, 'running');
    expect(calls).toHaveLength(2);
    calls[1].resolve(summaryOf(2, 1));
    await until(actor, 'done');
    actor.send({ type: 'run.reset' });
    expect(statusOf(actor)).toBe('idle');
    expect(selectSummary(actor.getSnapshot())?.replications).toBe(2);
    expect(selectProgress(actor.getSnapshot())).toMatchObject({ done: 0, total: 0 });
  });

  it('run.cancel while validating aborts the validation and ends in cancelled', async () => {
    let validationSignal: AbortSignal | undefined;
    const pool: FakePool = {
      validate: (_json, signal) => {
        validationSignal = signal;
        return new Promise<ValidationResult>(() => undefined);
      },
      run: async () => summaryOf(1, 0),
    };
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    expect(validationSignal?.aborted).toBe(false);
    actor.send({ type: 'run.cancel' });
    expect(statusOf(actor)).toBe('cancelled');
    expect(validationSignal?.aborted).toBe(true);
  });

  it('selectors stay === across unrelated updates (narrow React selectors do not re-render)', async () => {
    const { pool, calls } = manualPool(valid(8));
    const { actor } = start(pool);
    actor.send({ type: 'run.start', scenario: {} });
    await until(actor, 'running');
    const before = actor.getSnapshot();
    calls[0].options.onProgress!({ done: 2, total: 8 });
    const after = actor.getSnapshot();
    expect(selectSummary(after)).toBe(selectSummary(before));
    expect(selectError(after)).toBe(selectError(before));
    expect(selectIsBusy(after)).toBe(selectIsBusy(before));
    expect(selectProgress(after)).not.toBe(selectProgress(before));
  });
});
