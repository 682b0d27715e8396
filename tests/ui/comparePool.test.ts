// simPool.compare with real worker modules (in-thread under @vitest/web-worker): common random
// numbers, paired differences equal to the engine's own, validation errors per side, cancel.
import '@vitest/web-worker';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createSimPool, isAbortError, ScenarioValidationError, type SimPool } from '../../src/client/simPool';
import { simApi } from '../../src/worker/api';
import { pairedDifferences } from '../../src/engine/stats/paired';
import { badServersScenario, mmcScenario } from '../worker/fixtures';

const pools: SimPool[] = [];
afterEach(() => pools.splice(0).forEach((p) => p.dispose()));
// A worker terminated by an abort while its module is still importing (in-thread under
// @vitest/web-worker) finishes that import later; let it settle before the environment is torn down.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 500)));

let instances = 0;
function pool(size = 2): SimPool {
  const p = createSimPool({
    size,
    createWorker: () => new Worker(new URL(`../../src/worker/sim.worker.ts?compare=${++instances}`, import.meta.url), { type: 'module' }),
  });
  pools.push(p);
  return p;
}

const faster = { ...mmcScenario, name: 'M/M/2 faster', seed: 7, stations: [{ ...mmcScenario.stations[0], service: { dist: 'exponential', rate: 1.2 } }] };

describe('simPool.compare', () => {
  it('a scenario against itself: every paired difference is exactly 0 (same seed, same replication indices)', async () => {
    const r = await pool().compare(mmcScenario, mmcScenario, { replications: 4 });
    expect(r.differences.pairs).toBe(4);
    for (const e of Object.values(r.differences.kpis)) {
      expect(e.mean).toBe(0);
      expect(e.halfWidth).toBe(0);
    }
    expect(r.a.kpis.meanWaitMinutes.mean).toBe(r.b.kpis.meanWaitMinutes.mean);
  });

  it('differences equal the engine’s pairedDifferences over replications run with a’s seed, and progress counts both runs', async () => {
    const progress: number[] = [];
    const r = await pool(2).compare(mmcScenario, faster, { replications: 5, onProgress: (p) => progress.push(p.done / p.total) });
    const a = await simApi.runReplications(mmcScenario, 0, 5);
    const b = await simApi.runReplications({ ...faster, seed: mmcScenario.seed }, 0, 5);
    const expected = pairedDifferences(a, b);
    expect(r.differences.kpis.meanWaitMinutes.mean).toBeCloseTo(expected.kpis.meanWaitMinutes.mean, 12);
    expect(r.differences.kpis.meanWaitMinutes.ci95[1]).toBeLessThan(0); // faster service: shorter waits, significantly
    expect(r.a.seed).toBe(42);
    expect(r.b.seed).toBe(42);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('a bad scenario b rejects with the field and which side', async () => {
    const error = await pool().compare(mmcScenario, badServersScenario, { replications: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioValidationError);
    expect((error as ScenarioValidationError).path).toBe('stations[0].servers');
    expect((error as { scenario?: string }).scenario).toBe('b');
  });

  it('compareMany: the base runs once, each variant is paired with it exactly as compare() pairs two', async () => {
    const p = pool(2);
    const progress: Array<{ done: number; total: number }> = [];
    const many = await p.compareMany(mmcScenario, [mmcScenario, faster], { replications: 3, onProgress: (x) => progress.push(x) });
    const one = await p.compare(mmcScenario, faster, { replications: 3 });
    expect(many.variants).toHaveLength(2);
    expect(many.variants[0].differences.kpis.meanWaitMinutes.mean).toBe(0);
    expect(many.variants[1].differences.kpis.meanWaitMinutes).toEqual(one.differences.kpis.meanWaitMinutes);
    expect(many.base.kpis.meanWaitMinutes).toEqual(one.a.kpis.meanWaitMinutes);
    expect(progress.at(-1)).toEqual({ done: 9, total: 9 });
    const error = await p.compareMany(mmcScenario, [mmcScenario, badServersScenario], { replications: 2 }).catch((e: unknown) => e);
    expect((error as { scenario?: string }).scenario).toBe('b2');
  });

  it('aborting the signal rejects with an AbortError', async () => {
    const controller = new AbortController();
    const running = pool().compare(mmcScenario, faster, { replications: 6, signal: controller.signal });
    controller.abort();
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});
