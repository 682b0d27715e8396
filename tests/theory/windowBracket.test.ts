import { describe, expect, it } from 'vitest';
import { erlangCWaitWithin, fewestServersErlangC, windowBracket, windowBrackets } from '../../src/engine/analytic/windowBracket';
import { erlangC } from '../../src/engine/analytic/erlangC';
import type { OfferedLoad } from '../../src/engine/analytic/offeredLoad';

describe('window bracket (offered load below, Erlang C at the busiest hour above)', () => {
  it('P(W ≤ t) = 1 − C(c, a)·e^{−(cμ − λ)t} in M/M/c, and P(W ≤ 0) = 1 − C', () => {
    const lambda = 1;
    const mu = 1 / 5;
    const c = 7;
    expect(erlangCWaitWithin(lambda, mu, c, 0)).toBeCloseTo(1 - erlangC(lambda, mu, c).probWait, 12);
    expect(erlangCWaitWithin(lambda, mu, c, 15)).toBeCloseTo(1 - erlangC(lambda, mu, c).probWait * Math.exp(-(c * mu - lambda) * 15), 12);
    expect(erlangCWaitWithin(lambda, mu, 5, 15)).toBe(0); // ρ = 1: unstable
  });

  it('the fewest servers meet the target and one fewer does not', () => {
    for (const [lambda, es, t, share] of [
      [1, 5, 15, 0.9],
      [0.3, 12, 15, 0.9],
      [2.5, 4, 5, 0.95],
      [0.05, 20, 15, 0.8],
    ]) {
      const c = fewestServersErlangC(lambda, 1 / es, t, share);
      expect(erlangCWaitWithin(lambda, 1 / es, c, t)).toBeGreaterThanOrEqual(share);
      if (c > Math.floor(lambda * es) + 1) expect(erlangCWaitWithin(lambda, 1 / es, c - 1, t)).toBeLessThan(share);
    }
  });

  it('lower = fewest windows with ρ < 1 on the mean day; upper ≥ lower from the busiest hour', () => {
    // 3 windows at ρ = 0.9 on the mean day (a = 2.7 erlangs), 1.5 in the busiest hour (a = 4.5), 10-minute visits
    const load: OfferedLoad = { id: 'tax', where: 'windows', load: 0.9, peakLoad: 1.5, servers: 3, meanServiceMinutes: 10 };
    const b = windowBracket(load, { share: 0.9, minutes: 15 });
    expect(b.offered).toBeCloseTo(2.7, 12);
    expect(b.peakOffered).toBeCloseTo(4.5, 12);
    expect(b.lower).toBe(3);
    expect(b.upper).toBe(fewestServersErlangC(0.45, 0.1, 15, 0.9));
    expect(b.upper).toBeGreaterThanOrEqual(b.lower);
    // a stricter target never needs fewer windows
    expect(windowBracket(load, { share: 0.99, minutes: 5 }).upper).toBeGreaterThanOrEqual(b.upper);
  });

  it('keeps only departments’ own windows (not back offices or shared windows)', () => {
    const loads: OfferedLoad[] = [
      { id: 'a', where: 'windows', load: 0.5, peakLoad: 0.8, servers: 2, meanServiceMinutes: 10 },
      { id: 'a', where: 'backOffice', load: 0.5, peakLoad: 0.5, servers: 4 },
      { id: 'comprehensive', where: 'windows', load: 0.5, peakLoad: 0.8, servers: 6, meanServiceMinutes: 10, shared: true },
    ];
    expect(windowBrackets(loads, { share: 0.9, minutes: 15 }).map((b) => b.id)).toEqual(['a']);
  });
});
