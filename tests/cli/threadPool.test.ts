import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { runReplications } from '../../src/engine/run/runReplications';
import { ThreadPool, chunkRanges, workerCount } from '../../src/cli/threadPool';
import { mmc } from './cliHelpers';

describe('chunkRanges', () => {
  it('splits [0, total) into contiguous ranges differing in size by at most one', () => {
    for (const [total, parts] of [[10, 3], [2, 4], [1, 1], [7, 2], [100, 7]]) {
      const r = chunkRanges(total, parts);
      expect(r.length).toBe(Math.min(total, parts));
      expect(r[0][0]).toBe(0);
      expect(r[r.length - 1][1]).toBe(total);
      for (let i = 1; i < r.length; i++) expect(r[i][0]).toBe(r[i - 1][1]);
      const sizes = r.map(([a, b]) => b - a);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('workerCount is min(cores, replications, --workers), at least 1', () => {
    expect(workerCount(1)).toBe(1);
    expect(workerCount(50, 1)).toBe(1);
    expect(workerCount(50, 2)).toBeLessThanOrEqual(2);
  });
});

describe('ThreadPool', () => {
  let pool: ThreadPool;
  beforeAll(async () => {
    pool = await ThreadPool.open(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('gives the same replications, in order, as one in-process call (waits transferred intact)', async () => {
    const input = mmc(2, { replications: 5, stop: { minutes: 500 } });
    const seen: number[] = [];
    const pooled = await pool.run(input, 5, (done) => seen.push(done));
    const local = runReplications(loadScenario(input), { from: 0, to: 5 });
    expect(pooled.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    for (let i = 0; i < 5; i++) {
      expect(pooled[i].kpis).toEqual(local[i].kpis);
      expect(pooled[i].stations).toEqual(local[i].stations);
      expect(pooled[i].classes).toEqual(local[i].classes);
      expect(pooled[i].events).toBe(local[i].events);
      expect(pooled[i].waits).toBeInstanceOf(Float64Array);
      expect(Array.from(pooled[i].waits)).toEqual(Array.from(local[i].waits));
    }
  });

  it('rejects when a worker fails, and stays usable', async () => {
    await expect(pool.run({ type: 'nope' }, 2)).rejects.toThrow(/worker: invalid type/);
    const ok = await pool.run(mmc(1, { stop: { minutes: 500 } }), 2);
    expect(ok).toHaveLength(2);
  });

  it('runJobs runs independent ranges of different scenarios on the free workers, each as in-process (a sweep, issue 12 point 8)', async () => {
    const inputs = [mmc(1, { stop: { minutes: 300 } }), mmc(2, { stop: { minutes: 300 } }), mmc(3, { stop: { minutes: 300 } })];
    const jobs = inputs.flatMap((input) => [
      { input, from: 0, to: 2 },
      { input, from: 2, to: 3 },
    ]);
    const got = new Map<number, Array<{ replication: number; events: number; kpis: unknown }>>();
    await pool.runJobs(jobs.length, (k) => jobs[k], (k, results) => got.set(k, results));
    expect([...got.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [k, job] of jobs.entries()) {
      const local = runReplications(loadScenario(job.input), { from: job.from, to: job.to });
      expect(got.get(k)!.map((r) => [r.replication, r.events, r.kpis])).toEqual(local.map((r) => [r.replication, r.events, r.kpis]));
    }
  });
});
