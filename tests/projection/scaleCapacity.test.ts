/** Capacity grows by its factor in whole units (the totals × f), not by rounding every department up. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleCounts } from '../../src/engine/projection/applyEvent';

describe('scaleCounts', () => {
  it('grows the total by the factor, largest remainders first, none below the current', () => {
    expect(scaleCounts([1, 1, 1, 1], 1.1)).toEqual([1, 1, 1, 1]);
    expect(scaleCounts([1, 2, 3, 4], 1.2)).toEqual([1, 2, 4, 5]);
    expect(scaleCounts([2, 2], 1)).toEqual([2, 2]);
    expect(scaleCounts([2, 2], 0.5)).toEqual([2, 2]);
  });
  it('for any counts and f > 1: the total is round(Σ × f), every count ≥ its old value and within one of v × f', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 40 }), fc.double({ min: 1.0001, max: 3, noNaN: true }), (vs, f) => {
        const out = scaleCounts(vs, f);
        const total = vs.reduce((a, b) => a + b, 0);
        expect(out.reduce((a, b) => a + b, 0)).toBe(Math.max(total, Math.round(total * f - 1e-9)));
        out.forEach((x, i) => {
          expect(x).toBeGreaterThanOrEqual(vs[i]);
          expect(Math.abs(x - vs[i] * f)).toBeLessThan(1 + 1e-9);
        });
      }),
    );
  });
});
