// The real pool with real worker modules (run in-thread by @vitest/web-worker), plus
// MessageChannel-backed workers where a test needs to act while a run is in flight.
import '@vitest/web-worker';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSimPool,
  isAbortError,
  ScenarioValidationError,
  splitRange,
  WorkerCrashError,
  type Progress,
  type RunSummary,
  type SimPool,
} from '../../src/client/simPool';
import { simApi } from '../../src/worker/api';
import { badServersPath, badServersScenario, mmcScenario } from '../worker/fixtures';
import { channelWorkers } from './channelWorker';

const pools: SimPool[] = [];
type StatPool = ReturnType<typeof createSimPool>;
afterEach(() => {
  pools.splice(0).forEach((p) => p.dispose());
});

let instances = 0;

/**
 * Real module workers, recording each one made and whether it was terminated. Each gets its own
 * module URL: @vitest/web-worker shares evaluated modules, so two workers loading the same URL at
 * the same moment would run the module (and its expose) once, leaving the second one deaf.
 */
function moduleWorkers(urls: Array<URL | undefined> = []) {
  const made: Array<{ worker: Worker; terminate: ReturnType<typeof vi.fn> }> = [];
  const createWorker = () => {
    const url = urls[made.length] ?? new URL(`../../src/worker/sim.worker.ts?instance=${++instances}`, import.meta.url);
    const worker = new Worker(url, { type: 'module' });
    const terminate = vi.fn(worker.terminate.bind(worker));
    worker.terminate = terminate;
    made.push({ worker, terminate });
    return worker;
  };
  return { made, createWorker };
}

function pool(options: Parameters<typeof createSimPool>[0]): StatPool {
  const p = createSimPool(options);
  pools.push(p);
  return p;
}

/** The numbers of a summary, without wall-clock fields. */
const numbers = (s: RunSummary) => ({ kpis: s.kpis, stations: s.stations, classes: s.classes, waits: Array.from(s.waits), replications: s.replications, events: s.events });

describe('splitRange', () => {
  it('covers [0, total) with contiguous ranges differing by at most one', () => {
    expect(splitRange(10, 4)).toEqual([[0, 2], [2, 5], [5, 7], [7, 10]]);
    expect(splitRange(3, 8)).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect(splitRange(1, 1)).toEqual([[0, 1]]);
  });
});

describe('simPool with module workers', () => {
  it('gives the same numbers with 1 and 3 workers (seed per replication index)', async () => {
    const one = await pool({ size: 1, createWorker: moduleWorkers().createWorker }).run(mmcScenario);
    const three = await pool({ size: 3, createWorker: moduleWorkers().createWorker }).run(mmcScenario);
    expect(one.replications).toBe(mmcScenario.replications);
    expect(numbers(three)).toEqual(numbers(one));
  });

  it('dayRecords runs one day of a centre on a worker and returns the hall with it', async () => {
    const preset = JSON.parse(readFileSync(new URL('../../models/presets/dispersed.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const day = await pool({ size: 1, createWorker: moduleWorkers().createWorker }).dayRecords({ ...preset, simulation: { days: 2, warmupDays: 0 } }, { replication: 0, day: 0 });
    expect(day.records.cases.arrival.length).toBeGreaterThan(100);
    expect(day.hall.counts.arrived).toBe(day.records.cases.arrival.length);
    expect(day.hall.layout.groups.every((g) => g.office)).toBe(true);
  });

  it('uses the default module worker and the replication override', async () => {
    const p = pool({ size: 1 });
    expect(p.size).toBe(1);
    const summary = await p.run(mmcScenario, { replications: 3 });
    expect(summary.replications).toBe(3);
  });

  it('reports progress from 0 to total, never going back', async () => {
    const seen: Progress[] = [];
    await pool({ size: 2, createWorker: moduleWorkers().createWorker }).run(mmcScenario, { replications: 10, onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ done: 0, total: 10 });
    expect(seen.at(-1)).toEqual({ done: 10, total: 10 });
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('validate resolves { ok: false, message, path } for a bad scenario', async () => {
    const result = await pool({ size: 1 }).validate(badServersScenario);
    expect(result).toMatchObject({ ok: false, path: badServersPath });
  });

  it('a validation failure rejects before any replication runs', async () => {
    const spy = vi.spyOn(simApi, 'runReplications');
    const error = await pool({ size: 2 }).run(badServersScenario).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioValidationError);
    expect(error).toMatchObject({ path: badServersPath, message: expect.stringMatching(/^invalid stations\[0\]\.servers: /) });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('rejects a replication override that is not a positive integer', async () => {
    await expect(pool({ size: 1 }).run(mmcScenario, { replications: 0 })).rejects.toThrow(/^invalid replications: /);
  });

  it('abort rejects with an AbortError, terminates the busy worker, and the pool runs again', async () => {
    const workers = moduleWorkers();
    const p = pool({ size: 2, createWorker: workers.createWorker });
    const controller = new AbortController();
    const running = p.run(mmcScenario, { signal: controller.signal });
    controller.abort();
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect((error as DOMException).name).toBe('AbortError');
    expect(workers.made[0].terminate).toHaveBeenCalled();

    const again = await p.run(mmcScenario);
    expect(again.replications).toBe(mmcScenario.replications);
    expect(workers.made.length).toBeGreaterThan(1); // a fresh worker replaced the terminated one
  });

  it('an already-aborted signal rejects at once without starting a worker', async () => {
    const workers = moduleWorkers();
    const error = await pool({ size: 1, createWorker: workers.createWorker })
      .run(mmcScenario, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(workers.made).toHaveLength(0);
  });

  it('a worker that throws fails the run with its message; the worker is replaced and the pool recovers', async () => {
    const faulty = new URL('./fixtures/faulty.worker.ts', import.meta.url);
    const workers = moduleWorkers([faulty]);
    const p = pool({ size: 1, createWorker: workers.createWorker });
    await expect(p.run(mmcScenario)).rejects.toThrow('engine exploded (test fixture)');
    expect(workers.made[0].terminate).toHaveBeenCalled();
    const summary = await p.run(mmcScenario);
    expect(summary.replications).toBe(mmcScenario.replications);
  });

  it('a worker that dies (error event) fails the run with a clear message; the pool recovers', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined); // @vitest/web-worker logs the load error
    const broken = new URL('./fixtures/broken.worker.ts', import.meta.url);
    const workers = moduleWorkers([broken]);
    const p = pool({ size: 1, createWorker: workers.createWorker });
    const error = await p.run(mmcScenario).catch((e: unknown) => e);
    quiet.mockRestore();
    expect(error).toBeInstanceOf(WorkerCrashError);
    // Browsers put the worker's message in the ErrorEvent; Node 20 has no ErrorEvent, hence "no details".
    expect((error as Error).message).toMatch(/^The simulation worker stopped unexpectedly \(.+\)\.$/);
    const summary = await p.run(mmcScenario);
    expect(summary.replications).toBe(mmcScenario.replications);
  });
});

describe('simPool while a run is in flight (MessageChannel workers)', () => {
  it('abort during replications terminates the busy workers, drops queued chunks, and the pool runs again', async () => {
    const workers = channelWorkers();
    const p = pool({ size: 3, createWorker: workers.createWorker });
    const controller = new AbortController();
    const runSpy = vi.spyOn(simApi, 'runReplications');
    const seen: Progress[] = [];
    const error = await p
      .run(mmcScenario, {
        replications: 48,
        signal: controller.signal,
        onProgress: (progress) => {
          seen.push(progress);
          if (progress.done > 0) controller.abort();
        },
      })
      .catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    // issue 12 point 3: cancelling leaves no worker running (all three were busy: all terminated)
    expect(workers.made).toHaveLength(3);
    expect(workers.made.every((w) => w.terminated)).toBe(true);
    expect(p.liveWorkers()).toBe(0);
    expect(runSpy.mock.calls.length).toBeLessThan(12); // 3 workers × 4 chunks were planned
    expect(seen.at(-1)!.done).toBeLessThan(48); // no progress after the abort
    runSpy.mockRestore();

    const reference = await pool({ size: 1, createWorker: channelWorkers().createWorker }).run(mmcScenario);
    expect(numbers(await p.run(mmcScenario))).toEqual(numbers(reference));
  });

  it('a worker crash mid-run fails the run, the other busy workers are stopped, and the pool recovers', async () => {
    const workers = channelWorkers();
    const p = pool({ size: 2, createWorker: workers.createWorker });
    const error = await p
      .run(mmcScenario, {
        replications: 16,
        onProgress: (progress) => {
          if (progress.done > 0) workers.made.find((w) => !w.terminated)?.crash('out of memory');
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashError);
    expect((error as Error).message).toBe('The simulation worker stopped unexpectedly (out of memory).');
    expect((error as WorkerCrashError).detail).toBe('out of memory'); // the UI words it in its language (fault.workerCrash)
    expect(workers.made.every((w) => w.terminated)).toBe(true);
    expect(p.liveWorkers()).toBe(0);

    const summary = await p.run(mmcScenario);
    expect(summary.replications).toBe(mmcScenario.replications);
  });

  it('dispose terminates every worker and rejects the run in flight', async () => {
    const workers = channelWorkers();
    const p = createSimPool({ size: 2, createWorker: workers.createWorker });
    const running = p.run(mmcScenario, { replications: 16, onProgress: (pr) => pr.done > 0 && p.dispose() });
    await expect(running).rejects.toThrow('disposed');
    expect(workers.made.every((w) => w.terminated)).toBe(true);
    await expect(p.run(mmcScenario)).rejects.toThrow('disposed');
  });
});
