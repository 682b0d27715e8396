import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/engine/run/runReplications';
import { releaseSharedRecords } from '../../src/engine/run/simulate';
import { summarise } from '../../src/engine/run/summarise';
import { exp, singleStation } from './helpers';

describe('runReplications and summarise', () => {
  const sc = singleStation({ arrival: exp(0.8), service: exp(1), stop: { minutes: 2000 }, warmup: { minutes: 200 }, replications: 5 });

  it('reports progress per replication and reads only the injected clock', () => {
    let now = 10;
    const clock = () => (now += 0.25);
    const progress: number[] = [];
    const reps = runReplications(sc, { from: 2, to: 5, clock, onProgress: (n) => progress.push(n) });
    expect(progress).toEqual([1, 2, 3]);
    expect(reps.map((r) => r.replication)).toEqual([2, 3, 4]);
    for (const r of reps) expect(r.engineSeconds).toBe(0.25);
  });

  it('summarise sorts by replication, sums events and pools the wait samples', () => {
    const reps = runReplications(sc, { from: 0, to: 5 });
    const s = summarise(sc, [...reps].reverse());
    expect(s.replications).toBe(5);
    expect(s.kind).toBe('onewindow/network');
    expect(s.events).toBe(reps.reduce((a, r) => a + r.events, 0));
    expect(s.waits.length).toBe(reps.reduce((a, r) => a + r.waits.length, 0));
    expect(Array.from(s.waits.subarray(0, reps[0].waits.length))).toEqual(Array.from(reps[0].waits));
    expect(s.kpis.meanWaitMinutes.n).toBe(5);
    expect(s.kpis.meanWaitMinutes.ci95[0]).toBeLessThan(s.kpis.meanWaitMinutes.mean);
    expect(s.analytic.mm1.meanWaitMinutes).toBeCloseTo(4, 10);
    // every KPI name the CLI prints is there
    for (const k of ['meanWaitMinutes', 'p50WaitMinutes', 'p90WaitMinutes', 'meanTimeInSystemMinutes', 'casesCompleted', 'arrivals', 'abandonedRate', 'throughputPerMinute', 'meanInSystem'])
      expect(s.kpis[k], k).toBeDefined();
    for (const k of ['meanWaitMinutes', 'p90WaitMinutes', 'meanQueueLength', 'utilisation', 'throughputPerMinute', 'abandoned']) expect(s.stations.q[k], k).toBeDefined();
    for (const k of ['meanWaitMinutes', 'p90WaitMinutes', 'meanTimeInSystemMinutes']) expect(s.classes.c[k], k).toBeDefined();
  });

  it('releasing the shared record memory changes no result', () => {
    const strip = (r: { engineSeconds: number }) => ({ ...r, engineSeconds: 0 });
    const before = runReplications(sc, { from: 0, to: 2 }).map(strip);
    releaseSharedRecords();
    expect(runReplications(sc, { from: 0, to: 2 }).map(strip)).toEqual(before);
  });

  it('statistics ignore cases that arrived before the warm-up', () => {
    const [r] = runReplications(sc, { from: 0, to: 1 });
    const [all] = runReplications(singleStation({ arrival: exp(0.8), service: exp(1), stop: { minutes: 2000 }, warmup: { minutes: 0 } }), { from: 0, to: 1 });
    expect(r.kpis.arrivals).toBeLessThan(all.kpis.arrivals);
    expect(all.kpis.arrivals - r.kpis.arrivals).toBeGreaterThan(100);
  });
});
