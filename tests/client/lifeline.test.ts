// Issue 12 point 3: a worker killed without a word (terminated, closed) is noticed through the
// Web Lock it held (src/client/lifeline.ts), and the queue replaces it.
import { describe, expect, it } from 'vitest';
import { lockLifeline } from '../../src/client/lifeline';
import { createWorkerQueue, WorkerCrashError } from '../../src/client/workerQueue';
import { channelWorkers } from './channelWorker';

/** A LockManager over one origin's exclusive locks, enough for the lifeline. */
function fakeLocks() {
  const held = new Set<string>();
  const waiting = new Map<string, Array<() => void>>();
  const locks = {
    query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
    request: (name: string, _options: unknown, callback: () => unknown) =>
      held.has(name) ? new Promise((resolve) => waiting.set(name, [...(waiting.get(name) ?? []), () => resolve(callback())])) : Promise.resolve(callback()),
  } as unknown as LockManager;
  return {
    locks,
    take: (name: string) => held.add(name),
    release(name: string) {
      held.delete(name);
      for (const grant of waiting.get(name) ?? []) grant();
      waiting.delete(name);
    },
  };
}

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('lockLifeline', () => {
  it('waits for the worker to hold its lock, then resolves only once the worker has let it go', async () => {
    const f = fakeLocks();
    let stopped = false;
    void lockLifeline('w1', new AbortController().signal, f.locks, 1).then(() => (stopped = true));
    await tick(20);
    expect(stopped).toBe(false); // the worker has not started: not taken for dead
    f.take('w1');
    await tick(20);
    expect(stopped).toBe(false); // alive
    f.release('w1'); // terminated, closed or crashed
    await tick(20);
    expect(stopped).toBe(true);
  });

  it('never resolves once the pool itself stopped the worker (signal aborted), nor without Web Locks', async () => {
    const f = fakeLocks();
    const controller = new AbortController();
    let stopped = false;
    void lockLifeline('w2', controller.signal, f.locks, 1).then(() => (stopped = true));
    controller.abort();
    f.take('w2');
    f.release('w2');
    void lockLifeline('w3', new AbortController().signal, undefined).then(() => (stopped = true));
    await tick(20);
    expect(stopped).toBe(false);
  });
});

describe('createWorkerQueue with a lifeline', () => {
  it('a worker killed mid-task without any event fails the batch; the next batch gets a fresh worker', async () => {
    const api = { slow: (v: number, ms: number) => new Promise<number>((r) => setTimeout(() => r(v), ms)) };
    const workers = channelWorkers(api);
    const deaths = new Map<unknown, () => void>();
    const queue = createWorkerQueue<typeof api>({ size: 1, createWorker: workers.createWorker, lifeline: (w) => new Promise<void>((r) => deaths.set(w, r)) });
    const running = queue.runBatch([(a) => a.slow(1, 10_000)]);
    await tick(20);
    const victim = workers.made[0];
    victim.terminate(); // not by the queue: no error event, no answer
    deaths.get(victim)!();
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashError);
    expect(queue.liveWorkers()).toBe(0);
    expect(await queue.runBatch([(a) => a.slow(2, 1)])).toEqual([2]);
    expect(workers.made).toHaveLength(2);
    queue.dispose();
  });
});
