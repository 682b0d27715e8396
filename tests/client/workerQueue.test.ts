// The generic queue under the simulation pool, with a toy API: what later kinds of run
// (projections, sweeps) rely on when they reuse it.
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerQueue, isAbortError, type WorkerQueue } from '../../src/client/workerQueue';
import { channelWorkers } from './channelWorker';

/** A toy worker API: echo after a delay, counting how many calls run at once. */
function toyApi() {
  const stats = { running: 0, maxRunning: 0, calls: 0 };
  const api = {
    async echo(value: number, ms: number): Promise<number> {
      stats.calls++;
      stats.running++;
      stats.maxRunning = Math.max(stats.maxRunning, stats.running);
      await new Promise((r) => setTimeout(r, ms));
      stats.running--;
      return value;
    },
    fail(message: string): never {
      throw new Error(message);
    },
  };
  return { api, stats };
}
type ToyApi = ReturnType<typeof toyApi>['api'];

const queues: Array<WorkerQueue<ToyApi>> = [];
afterEach(() => queues.splice(0).forEach((q) => q.dispose()));

function setup(size: number) {
  const { api, stats } = toyApi();
  const workers = channelWorkers(api);
  const queue = createWorkerQueue<ToyApi>({ size, createWorker: workers.createWorker });
  queues.push(queue);
  return { queue, stats, workers };
}

describe('createWorkerQueue', () => {
  it('runs at most `size` tasks at once and returns results in task order', async () => {
    const { queue, stats, workers } = setup(3);
    const delays = [30, 5, 20, 1, 10, 1, 15, 2];
    const results = await queue.runBatch(delays.map((ms, i) => (api) => api.echo(i, ms)));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(stats.maxRunning).toBe(3);
    expect(workers.made).toHaveLength(3); // workers are reused, not made per task
  });

  it('aborting one batch leaves a concurrent batch running to completion', async () => {
    const { queue, workers } = setup(2);
    const controller = new AbortController();
    const doomed = queue.runBatch([(api) => api.echo(1, 50), (api) => api.echo(2, 50), (api) => api.echo(3, 50)], controller.signal);
    const survivor = queue.runBatch([(api) => api.echo(10, 5), (api) => api.echo(11, 5)]);
    setTimeout(() => controller.abort(), 10);
    const [doomedResult, survivorResult] = await Promise.allSettled([doomed, survivor]);
    expect(doomedResult.status).toBe('rejected');
    expect(isAbortError((doomedResult as PromiseRejectedResult).reason)).toBe(true);
    expect(survivorResult).toEqual({ status: 'fulfilled', value: [10, 11] });
    expect(workers.made.filter((w) => w.terminated).length).toBeGreaterThan(0);
  });

  it('a failing task rejects its batch with the worker-side message; the next batch gets a fresh worker', async () => {
    const { queue, workers } = setup(1);
    await expect(queue.runBatch([(api) => api.fail('bad input')])).rejects.toThrow('bad input');
    expect(workers.made[0].terminated).toBe(true);
    expect(queue.liveWorkers()).toBe(0); // recreated lazily, on demand
    expect(await queue.runBatch([(api) => api.echo(7, 1)])).toEqual([7]);
    expect(workers.made).toHaveLength(2);
  });

  it('an empty batch resolves at once; size is at least 1', async () => {
    const { api } = toyApi();
    const queue = createWorkerQueue<ToyApi>({ size: 0, createWorker: channelWorkers(api).createWorker });
    queues.push(queue);
    expect(queue.size).toBe(1);
    expect(await queue.runBatch([])).toEqual([]);
  });
});
