import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { selectTaskError, selectTaskProgress, selectTaskResult, selectTaskStatus, taskMachine } from '../../src/app/taskMachine';

describe('taskMachine (the one lifecycle of every long job)', () => {
  it('idle → running with progress → done with the result', async () => {
    const actor = createActor(taskMachine).start();
    expect(selectTaskStatus(actor.getSnapshot())).toBe('idle');
    actor.send({
      type: 'task.start',
      job: async (_signal, onProgress) => {
        onProgress({ done: 1, total: 2 });
        return 42;
      },
    });
    expect(selectTaskStatus(actor.getSnapshot())).toBe('running');
    await waitFor(actor, (s) => s.matches('done'));
    expect(selectTaskResult(actor.getSnapshot())).toBe(42);
    expect(selectTaskProgress(actor.getSnapshot())).toEqual({ done: 1, total: 2 });
  });

  it('cancel and a new start abort the running job’s signal', async () => {
    const actor = createActor(taskMachine).start();
    const signals: AbortSignal[] = [];
    const job = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<never>(() => undefined);
    };
    actor.send({ type: 'task.start', job });
    actor.send({ type: 'task.start', job });
    expect(signals[0].aborted).toBe(true);
    expect(signals[1].aborted).toBe(false);
    actor.send({ type: 'task.cancel' });
    expect(signals[1].aborted).toBe(true);
    expect(selectTaskStatus(actor.getSnapshot())).toBe('cancelled');
  });

  it('a failure keeps the message, the field path and the side of a comparison', async () => {
    const actor = createActor(taskMachine).start();
    actor.send({ type: 'task.start', job: async () => Promise.reject(Object.assign(new Error('invalid departments[0].windows: must be ≥ 1, got 0'), { path: 'departments[0].windows', scenario: 'b' })) });
    await waitFor(actor, (s) => s.matches('failed'));
    expect(selectTaskError(actor.getSnapshot())).toEqual({ message: 'invalid departments[0].windows: must be ≥ 1, got 0', path: 'departments[0].windows', scenario: 'b' });
  });
});
