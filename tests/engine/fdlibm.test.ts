// Issue 12 point 7: the engine's exp, log and cos use only IEEE-754 + − × ÷ (fdlibm ports), so a
// seed gives the same bits in Node and in every browser (tests/e2e/determinism.spec.ts checks the
// CLI against Chromium). Here: they agree with Math to within 1 ulp, and special values are exact.
import { describe, expect, it } from 'vitest';
import { cos, exp, log } from '../../src/engine/random/fdlibm';
import { Rng } from '../../src/engine/random/rng';

/** |a − b| in units in the last place of b. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / (Math.abs(b) * Number.EPSILON || Number.MIN_VALUE);
}

function worst(f: (x: number) => number, g: (x: number) => number, xs: Iterable<number>): number {
  let max = 0;
  for (const x of xs) max = Math.max(max, ulps(f(x), g(x)));
  return max;
}

function* sample(n: number, at: (u: number) => number): Generator<number> {
  const rng = new Rng(7, 1, 2);
  for (let i = 0; i < n; i++) yield at(rng.next());
}

describe('fdlibm exp, log, cos (same bits on every engine)', () => {
  it('exp is within 1 ulp of Math.exp over [−745, 709]', () => {
    expect(worst(exp, Math.exp, sample(200_000, (u) => u * 40 - 20))).toBeLessThanOrEqual(1);
    expect(worst(exp, Math.exp, sample(200_000, (u) => u * 1400 - 700))).toBeLessThanOrEqual(1);
  });

  it('log is within 1 ulp of Math.log from subnormals to 1e300', () => {
    expect(worst(log, Math.log, sample(200_000, (u) => u))).toBeLessThanOrEqual(1);
    expect(worst(log, Math.log, sample(200_000, (u) => 10 ** (u * 600 - 300)))).toBeLessThanOrEqual(1);
    expect(worst(log, Math.log, sample(10_000, (u) => u * 1e-310))).toBeLessThanOrEqual(1);
  });

  it('cos is within 1 ulp of Math.cos over (−100, 100), where the engine takes cos(2πu)', () => {
    expect(worst(cos, Math.cos, sample(200_000, (u) => u * 2 * Math.PI))).toBeLessThanOrEqual(1);
    expect(worst(cos, Math.cos, sample(200_000, (u) => u * 200 - 100))).toBeLessThanOrEqual(1);
  });

  it('special values: exp(0) = 1, log(1) = 0, cos(0) = 1, infinities, zeros and NaN', () => {
    expect([exp(0), exp(-Infinity), exp(Infinity), exp(710), exp(-746)]).toEqual([1, 0, Infinity, Infinity, 0]);
    expect([log(1), log(0), log(-0), log(Infinity)]).toEqual([0, -Infinity, -Infinity, Infinity]);
    expect([exp(NaN), log(NaN), log(-1), cos(NaN), cos(Infinity)].every(Number.isNaN)).toBe(true);
    expect([cos(0), cos(Math.PI), cos(1e-300)]).toEqual([1, -1, 1]);
    expect(ulps(exp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(ulps(log(Math.E), 1)).toBeLessThanOrEqual(1);
  });
});
