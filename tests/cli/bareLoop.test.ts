import { describe, expect, it } from 'vitest';
import { bareMMc, erlangCWait } from '../../src/cli/bench/bareLoop';

describe('bench reference loop', () => {
  it('erlangCWait: M/M/1 reduces to ρ/(μ − λ)', () => {
    expect(erlangCWait(0.5, 1, 1)).toBeCloseTo(0.5 / 0.5, 12);
    expect(erlangCWait(9, 1, 10)).toBeCloseTo(0.6687, 4);
  });

  it('bare M/M/10 mean wait in queue ≈ Erlang C / (cμ − λ), two events per customer', () => {
    const runs = [1, 2, 3, 4].map((s) => bareMMc(9, 1, 10, 200_000, s));
    for (const r of runs) expect(r.events).toBe(400_000);
    const mean = runs.reduce((s, r) => s + r.meanWait, 0) / runs.length;
    expect(Math.abs(mean - erlangCWait(9, 1, 10)) / erlangCWait(9, 1, 10)).toBeLessThan(0.12);
  });
});
