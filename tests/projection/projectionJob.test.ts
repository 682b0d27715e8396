import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { projectionJob } from '../../src/app/runJob';
import { taskMachine } from '../../src/app/taskMachine';
import type { ProjectionResult, RunOptions } from '../../src/client/simPool';

function fakePool() {
  const calls: { options: RunOptions; resolve: (r: ProjectionResult) => void; reject: (e: unknown) => void }[] = [];
  return {
    calls,
    pool: {
      runProjection: (_scenario: unknown, options: RunOptions = {}) =>
        new Promise<ProjectionResult>((resolve, reject) => {
          calls.push({ options, resolve, reject });
          options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
        }),
    },
  };
}
const result = { name: 'x', years: [] } as unknown as ProjectionResult;

describe('projectionJob on the task machine (Evolution run lifecycle, issue 5)', () => {
  it('idle → running with progress → done with the result', async () => {
    const { pool, calls } = fakePool();
    const a = createActor(taskMachine).start();
    a.send({ type: 'task.start', job: projectionJob(pool, {}, 3) });
    expect(a.getSnapshot().value).toBe('running');
    expect(calls[0].options.replications).toBe(3);
    calls[0].options.onProgress?.({ done: 1, total: 3 });
    expect(a.getSnapshot().context.progress).toMatchObject({ done: 1, total: 3 });
    expect(a.getSnapshot().context.progress.elapsedMs).toBeGreaterThanOrEqual(0); // for the time left
    calls[0].resolve(result);
    await waitFor(a, (s) => s.value === 'done');
    expect(a.getSnapshot().context.result).toBe(result);
  });

  it('cancel aborts the pool’s signal; a new start while running aborts the old run; failures keep the message', async () => {
    const { pool, calls } = fakePool();
    const a = createActor(taskMachine).start();
    a.send({ type: 'task.start', job: projectionJob(pool, {}) });
    a.send({ type: 'task.cancel' });
    expect(a.getSnapshot().value).toBe('cancelled');
    expect(calls[0].options.signal?.aborted).toBe(true);
    a.send({ type: 'task.start', job: projectionJob(pool, {}) });
    a.send({ type: 'task.start', job: projectionJob(pool, {}) });
    expect(calls[1].options.signal?.aborted).toBe(true);
    calls[2].reject(new Error('invalid timeline[0]: …'));
    await waitFor(a, (s) => s.value === 'failed');
    expect(a.getSnapshot().context.error).toEqual({ message: 'invalid timeline[0]: …' });
  });
});
