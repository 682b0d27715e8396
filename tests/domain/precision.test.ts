/** Issue 9 point 8: warn when the replications are too few for the precision shown (src/domain/precision.ts). */
import { describe, expect, it } from 'vitest';
import { impreciseKpis, tooFewReplications } from '../../src/domain/precision';

const e = (mean: number, halfWidth: number, n = 10) => ({ mean, halfWidth, n });

describe('too few replications', () => {
  it('fewer than 3 replications is always too few', () => {
    expect(tooFewReplications('meanWaitMinutes', e(3, 0, 1))).toBe(true);
    expect(tooFewReplications('meanWaitMinutes', e(3, 0.01, 2))).toBe(true);
    expect(tooFewReplications('meanWaitMinutes', e(3, 0.01, 3))).toBe(false);
  });

  it('a half-width above both the practical threshold and 10% of the mean is too wide (dispersed wait 19.2 ± 27.5)', () => {
    expect(tooFewReplications('meanWaitMinutes', e(19.2, 27.5))).toBe(true);
    // within the 1-minute threshold, or within 10% of a long wait: fine
    expect(tooFewReplications('meanWaitMinutes', e(3, 0.9))).toBe(false);
    expect(tooFewReplications('meanWaitMinutes', e(60, 5))).toBe(false);
    // a rare share known to ±0.1 pp is fine although ±50% of its mean
    expect(tooFewReplications('zeroTripRate', e(0.002, 0.001))).toBe(false);
    expect(tooFewReplications('onTimeRate', e(0.9, 0.1))).toBe(true);
  });

  it('names the imprecise KPIs in order; unknown names use the relative test alone', () => {
    expect(impreciseKpis({ meanWaitMinutes: e(19.2, 27.5), onTimeRate: e(0.9, 0.005), someCounter: e(1, 0.2), missing: undefined })).toEqual(['meanWaitMinutes', 'someCounter']);
  });
});
