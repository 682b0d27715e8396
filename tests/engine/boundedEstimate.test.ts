/**
 * Issue 9 point 8: intervals respect their KPI's bounds — no negative wait (dispersed wait
 * 19.2 [−8.3, 46.7]), no rate above 1 — and say how they were made.
 */
import { describe, expect, it } from 'vitest';
import { kpiBounds } from '../../src/domain/kpis';
import { boundedEstimate, estimate, estimateKpi } from '../../src/engine/stats/estimate';

describe('bounded 95% intervals', () => {
  it('the catalogue gives bounds: shares in [0, 1], other KPIs ≥ 0, 1 − x/legal ratios ≤ 1, unknown names unbounded', () => {
    expect(kpiBounds('onTimeRate')).toEqual([0, 1]);
    expect(kpiBounds('meanWaitMinutes')).toEqual([0, null]);
    expect(kpiBounds('integrationIndex')).toEqual([0, 1]);
    expect(kpiBounds('actualSpeedup')).toEqual([null, 1]);
    expect(kpiBounds('hallVisitsPerCase')).toEqual([null, null]);
  });

  it('a non-negative KPI whose t interval straddles 0 gets a log-scale interval ≥ 0 that holds the mean (log-t)', () => {
    const waits = [0.5, 2, 60, 1, 0.8];
    const t = estimate(waits);
    expect(t.ci95[0]).toBeLessThan(0);
    const e = estimateKpi('meanWaitMinutes', waits);
    expect(e.method).toBe('log-t');
    expect(e.ci95[0]).toBeGreaterThan(0);
    expect(e.ci95[0]).toBeLessThan(e.mean);
    expect(e.ci95[1]).toBeGreaterThan(e.mean);
    // delta method on log x̄: [x̄ e^(−h/x̄), x̄ e^(h/x̄)]; the mean and the t half-width are unchanged
    expect(e.ci95[0]).toBeCloseTo(t.mean * Math.exp(-t.halfWidth / t.mean), 12);
    expect(e.ci95[1]).toBeCloseTo(t.mean * Math.exp(t.halfWidth / t.mean), 12);
    expect(e.mean).toBe(t.mean);
    expect(e.halfWidth).toBe(t.halfWidth);
  });

  it('a share near 1 stays inside [0, 1] (logit-t), and one near 0 too', () => {
    const high = [0.99, 0.9, 1, 0.97];
    expect(estimate(high).ci95[1]).toBeGreaterThan(1);
    const e = estimateKpi('onTimeRate', high);
    expect(e.method).toBe('logit-t');
    expect(e.ci95[0]).toBeGreaterThanOrEqual(0);
    expect(e.ci95[1]).toBeLessThanOrEqual(1);
    expect(e.ci95[0]).toBeLessThan(e.mean);
    expect(e.ci95[1]).toBeGreaterThan(e.mean);
    const low = estimateKpi('overdueRate', [0, 0, 0.05, 0.001]);
    expect(low.method).toBe('logit-t');
    expect(low.ci95[0]).toBeGreaterThan(0);
    expect(low.ci95[1]).toBeLessThan(1);
  });

  it('an interval already inside the bounds is the plain t interval, with no method recorded', () => {
    const e = estimateKpi('meanWaitMinutes', [3, 3.2, 2.9, 3.1]);
    expect(e).toEqual(estimate([3, 3.2, 2.9, 3.1]));
    expect(e.method).toBeUndefined();
  });

  it('bounded above only (1 − lead/legal may be negative): the interval stays ≤ 1', () => {
    const e = estimateKpi('actualSpeedup', [0.99, 0.5, 0.98, 0.97]);
    expect(e.method).toBe('log-t');
    expect(e.ci95[1]).toBeLessThanOrEqual(1);
    expect(e.ci95[0]).toBeLessThan(e.mean);
  });

  it('values outside the bounds mean the bounds are not this metric’s: plain t, nothing cut off', () => {
    const e = boundedEstimate([0.9, 1.2, 1.1], [0, 1]);
    expect(e).toEqual(estimate([0.9, 1.2, 1.1]));
  });

  it('paired differences keep the plain t interval (they may be negative)', () => {
    const d = estimate([-1, 0.5, -2]);
    expect(d.method).toBeUndefined();
    expect(d.ci95[0]).toBeLessThan(0);
  });
});
