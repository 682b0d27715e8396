import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, t975 } from '../../src/engine/stats/estimate';
import { mser5 } from '../../src/engine/stats/mser5';
import { pairedDifferences } from '../../src/engine/stats/paired';
import { quantileInPlace, quantilesInPlace } from '../../src/engine/stats/quantile';
import { replicationsNeeded } from '../../src/engine/stats/replicationsNeeded';
import type { ReplicationResult } from '../../src/engine/types';

describe('t intervals', () => {
  it('t₀.₉₇₅ matches tables (df 1, 10, 30, 40, 60, 120, ∞)', () => {
    expect(t975(1)).toBeCloseTo(12.7062, 4);
    expect(t975(10)).toBeCloseTo(2.2281, 4);
    expect(t975(30)).toBeCloseTo(2.0423, 4);
    expect(t975(40)).toBeCloseTo(2.0211, 4);
    expect(t975(60)).toBeCloseTo(2.0003, 4);
    expect(t975(120)).toBeCloseTo(1.9799, 4);
    expect(t975(1e9)).toBeCloseTo(1.96, 4);
  });

  it('estimate: x̄ ± t·s/√n', () => {
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.halfWidth).toBeCloseTo((2.7764451051977934 * Math.sqrt(2.5)) / Math.sqrt(5), 12);
    expect(e.ci95[0]).toBeCloseTo(3 - e.halfWidth, 12);
    expect(estimate([7])).toEqual({ mean: 7, ci95: [7, 7], halfWidth: 0, n: 1 });
    expect(estimate([]).n).toBe(0);
  });
});

describe('quantiles (type 7)', () => {
  it('agree with sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const h = (xs.length - 1) * p;
        const lo = Math.floor(h);
        const expected = sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, xs.length - 1)] ?? 0) - sorted[lo]);
        const got = quantileInPlace(Float64Array.from(xs), xs.length, p);
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)));
      }),
    );
  });
});

describe('several quantiles at once (selection, then a min scan for rank ⌊h⌋ + 1; histogram from 1,024 values)', () => {
  it.each([
    [1, 300, 100],
    [1000, 3000, 20],
  ])('equal the sorted order statistics exactly, with ties (%i to %i values)', (minLength, maxLength, numRuns) => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.constant(1.5), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0)), { minLength, maxLength }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (xs, ps) => {
          const sorted = Float64Array.from(xs).sort();
          const n = xs.length;
          const want = ps.map((p) => {
            const h = (n - 1) * p;
            const lo = Math.floor(h);
            const a = sorted[lo];
            return h === lo ? a : a + (h - lo) * (sorted[Math.min(lo + 1, n - 1)] - a);
          });
          const ascending = [...ps].sort((a, b) => a - b);
          expect(quantilesInPlace(Float64Array.from(xs), n, ascending)).toEqual(ascending.map((p) => want[ps.indexOf(p)]));
          expect(quantilesInPlace(Float64Array.from(xs), n, ps)).toEqual(want);
        },
      ),
      { numRuns },
    );
  });
});

describe('quantiles of large samples (histogram path)', () => {
  it('agree with sorting for 50,000 values with ties and a long tail', () => {
    const xs = new Float64Array(50_000);
    let seed = 1;
    const u = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
    for (let i = 0; i < xs.length; i++) xs[i] = u() < 0.3 ? 0 : -Math.log(u()) * 3;
    const sorted = Float64Array.from(xs).sort();
    for (const p of [0, 0.1, 0.5, 0.9, 0.99, 1]) {
      const h = (xs.length - 1) * p;
      const lo = Math.floor(h);
      const expected = sorted[lo] + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]) - sorted[lo]);
      expect(quantilesInPlace(xs, xs.length, [p])[0]).toBeCloseTo(expected, 12);
    }
  });
});

describe('MSER-5', () => {
  it('cuts an initial transient and nothing from a stationary series', () => {
    const series: number[] = [];
    for (let i = 0; i < 1000; i++) series.push((i < 200 ? 10 * (1 - i / 200) : 0) + Math.sin(i * 12.9898) * 0.5);
    const r = mser5(series);
    expect(r.truncate % 5).toBe(0);
    expect(r.truncate).toBeGreaterThanOrEqual(150);
    expect(r.truncate).toBeLessThanOrEqual(260);
    const flat = Array.from({ length: 1000 }, (_, i) => Math.sin(i * 78.233) * 0.5);
    expect(mser5(flat).truncate).toBeLessThan(100);
  });
});

describe('replications calculator', () => {
  it('n = smallest with t(n−1)·s/√n ≤ h', () => {
    const pilot = [10, 12, 8, 11, 9, 10, 13, 7, 10, 10];
    const n = replicationsNeeded(pilot, { halfWidth: 0.5 });
    const s = Math.sqrt(pilot.reduce((a, x) => a + (x - 10) ** 2, 0) / 9);
    expect((t975(n - 1) * s) / Math.sqrt(n)).toBeLessThanOrEqual(0.5);
    expect((t975(n - 2) * s) / Math.sqrt(n - 1)).toBeGreaterThan(0.5);
    expect(replicationsNeeded(pilot, { relative: 0.05 })).toBe(n);
    expect(replicationsNeeded(pilot, { halfWidth: 100 })).toBe(10);
    expect(replicationsNeeded([1], { halfWidth: 1 })).toBeNaN();
  });
});

describe('paired differences', () => {
  const rep = (replication: number, w: number): ReplicationResult => ({
    replication,
    kpis: { meanWaitMinutes: w },
    stations: { hall: { utilisation: w / 10 } },
    classes: {},
    events: 0,
    waits: new Float64Array(),
    engineSeconds: 0,
  });
  it('pairs b − a by replication index, in any order', () => {
    const a = [rep(0, 5), rep(1, 6), rep(2, 7)];
    const b = [rep(2, 6), rep(0, 4.5), rep(1, 5), rep(9, 1)];
    const d = pairedDifferences(a, b);
    expect(d.pairs).toBe(3);
    expect(d.kpis.meanWaitMinutes.mean).toBeCloseTo((-0.5 - 1 - 1) / 3, 12);
    expect(d.kpis.meanWaitMinutes.n).toBe(3);
    expect(d.stations.hall.utilisation.mean).toBeCloseTo(-2.5 / 30, 12);
  });
});
