import { describe, expect, it } from 'vitest';
import { differenceLayout } from '../../src/ui/charts/differenceLayout';
import { KPIS } from '../../src/domain/kpis';
import { excludesZero, judgeDifference } from '../../src/domain/significance';
import { centresCsv, compareCsv, compareJson } from '../../src/ui/views/compare/compareExport';
import { formatDiff, formatEstimate } from '../../src/ui/kpis/kpiFormat';
import type { CompareResult, RunSummary } from '../../src/client/simPool';

const est = (mean: number, hw: number, n = 5) => ({ mean, ci95: [mean - hw, mean + hw] as [number, number], halfWidth: hw, n });

describe('direction table and verdicts', () => {
  it('lower is better for waits, trips, lead time, overdue, complaints and cost; higher for on-time, on-the-spot, online, at most one trip, integration', () => {
    for (const k of ['meanWaitMinutes', 'p90WaitMinutes', 'tripsPerCase', 'leadTimeDays', 'overdueRate', 'complaintsPer10k', 'costPerCase'] as const) expect(KPIS[k].better).toBe('lower');
    for (const k of ['onTimeRate', 'onTheSpotRate', 'onlineRate', 'atMostOneTripRate', 'integrationIndex'] as const) expect(KPIS[k].better).toBe('higher');
  });

  it('significant only when the 95% CI excludes 0 and there are at least two pairs', () => {
    expect(excludesZero(est(-1, 0.5))).toBe(true);
    expect(excludesZero(est(1, 0.5))).toBe(true);
    expect(excludesZero(est(0.2, 0.5))).toBe(false);
    expect(excludesZero(est(1, 0, 1))).toBe(false);
  });

  it('a shorter wait is better, a lower on-time rate is worse, an undirected KPI just changed', () => {
    expect(judgeDifference('meanWaitMinutes', est(-2, 1))).toEqual({ significant: true, clear: true, verdict: 'better' });
    expect(judgeDifference('onTimeRate', est(-0.1, 0.01))).toEqual({ significant: true, clear: true, verdict: 'worse' });
    expect(judgeDifference('windowUtilisation', est(0.1, 0.01))).toEqual({ significant: true, clear: true, verdict: 'changed' });
    expect(judgeDifference('meanWaitMinutes', est(-0.1, 1))).toEqual({ significant: false, clear: false, verdict: 'none' });
  });

  it('issue 9: a +0.01-minute wait difference whose CI excludes 0 is negligible, not 显著变差 (below the 1-minute practical threshold)', () => {
    expect(judgeDifference('meanWaitMinutes', est(0.01, 0.001))).toEqual({ significant: false, clear: true, verdict: 'negligible' });
  });

  it('significant = CI excludes 0 and |difference| ≥ the catalogue’s practical threshold, inclusive at the boundary', () => {
    expect(KPIS.meanWaitMinutes.practicalThreshold).toBe(1);
    expect(judgeDifference('meanWaitMinutes', est(1, 0.5)).verdict).toBe('worse');
    expect(judgeDifference('meanWaitMinutes', est(0.999, 0.5)).verdict).toBe('negligible');
    expect(judgeDifference('meanWaitMinutes', est(-1, 0.5)).verdict).toBe('better');
    // a share's threshold is 1 percentage point; 0.91 − 0.90 reaches it despite float error
    expect(KPIS.onTimeRate.practicalThreshold).toBe(0.01);
    expect(judgeDifference('onTimeRate', est(0.91 - 0.9, 0.005)).verdict).toBe('better');
    expect(judgeDifference('onTimeRate', est(0.0099, 0.005)).verdict).toBe('negligible');
    // below the threshold but the CI holds 0: none; a name the catalogue lacks: the CI alone
    expect(judgeDifference('onTimeRate', est(0.0099, 0.02)).verdict).toBe('none');
    expect(judgeDifference('someCounter', est(0.001, 0.0005))).toEqual({ significant: true, clear: true, verdict: 'changed' });
  });
});

describe('differenceLayout (forest plot of b − a relative to a)', () => {
  const rows = [
    { id: 'meanWaitMinutes', label: 'wait', base: 10, mean: -2, lo: -3, hi: -1, verdict: 'better' },
    { id: 'onTimeRate', label: 'on time', base: 0.5, mean: 0.05, lo: 0.04, hi: 0.06, verdict: 'better' },
    { id: 'overdueRate', label: 'overdue', base: 0, mean: 0, lo: 0, hi: 0, verdict: 'none' },
  ];
  const layout = differenceLayout({ rows, width: 600, rowHeight: 20, margin: { left: 200, right: 20, top: 10, bottom: 30 } });

  it('percent of a’s mean; a KPI whose baseline is 0 is omitted', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['meanWaitMinutes', 'onTimeRate']);
    expect(layout.omitted).toEqual(['overdueRate']);
    expect(layout.rows[0].percent).toEqual({ mean: -20, lo: -30, hi: -10 });
    expect(layout.rows[1].percent.mean).toBeCloseTo(10, 10);
  });

  it('long labels are cut with an ellipsis, the full label kept as the title', () => {
    const long = differenceLayout({ rows: [{ ...rows[0], label: 'x'.repeat(50) }], width: 600, maxLabel: 10 });
    expect(long.rows[0].label).toBe('xxxxxxxxx…');
    expect(long.rows[0].title).toBe('x'.repeat(50));
  });

  it('a symmetric axis around a zero line in the middle; whiskers ordered and inside the plot', () => {
    expect(layout.zeroX).toBeCloseTo((200 + 580) / 2, 6);
    for (const r of layout.rows) {
      expect(r.x0).toBeLessThanOrEqual(r.cx);
      expect(r.cx).toBeLessThanOrEqual(r.x1);
      expect(r.x0).toBeGreaterThanOrEqual(layout.plot.x0 - 1e-9);
      expect(r.x1).toBeLessThanOrEqual(layout.plot.x1 + 1e-9);
    }
    expect(layout.rows[0].cx).toBeLessThan(layout.zeroX); // a fall is left of zero
    expect(layout.rows[1].y - layout.rows[0].y).toBe(20);
    expect(layout.height).toBe(10 + 30 + 2 * 20);
    expect(layout.ticks.map((t) => t.value)).toEqual([-10, -1, 0, 1, 10]); // symmetric log: decades up to the extent (30%)
    expect(layout.ticks[0].label).toBe('-10%');
    // symmetric: −20% is as far left of zero as +20% would be right
    expect(layout.zeroX - layout.rows[0].cx).toBeGreaterThan(0);
  });
});

describe('comparison export', () => {
  const summary = (name: string, wait: number): RunSummary => ({
    name, kind: 'onewindow/centre', seed: 3, replications: 5, kpis: { meanWaitMinutes: est(wait, 0.1), onTimeRate: est(0.9, 0.01) },
    stations: {}, classes: {}, analytic: {}, events: 1, engineSeconds: 0, waits: new Float64Array(4),
  });
  const result: CompareResult = {
    a: summary('A', 5), b: summary('B, "edited"', 3),
    differences: { kpis: { meanWaitMinutes: est(-2, 0.2), onTimeRate: est(0, 0.01) }, stations: {}, classes: {}, pairs: 5 },
  };

  it('CSV: a, b, difference with CIs, significance and verdict per KPI, with a BOM', () => {
    const csv = compareCsv(result, (k) => (k === 'meanWaitMinutes' ? '平均等候' : ''));
    const lines = csv.slice(1).trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('kpi,label,a_mean,a_ci95_low,a_ci95_high,b_mean,b_ci95_low,b_ci95_high,diff_mean,diff_ci95_low,diff_ci95_high,significant,verdict,pairs,seed');
    expect(lines[1]).toBe('meanWaitMinutes,平均等候,5,4.9,5.1,3,2.9,3.1,-2,-2.2,-1.8,yes,better,5,3');
    expect(lines[2]).toContain(',no,none,5,3');
  });

  it('JSON: seed, replications, both runs without wait samples, the scenarios', () => {
    const j = JSON.parse(compareJson(result, { a: { name: 'A' }, b: { name: 'B' } }));
    expect(j).toMatchObject({ type: 'onewindow/compare-result', seed: 3, replications: 5, a: { name: 'A', waitSampleSize: 4 }, scenarios: { b: { name: 'B' } } });
    expect(j.a.waits).toBeUndefined();
    expect(j.differences.pairs).toBe(5);
  });
});

describe('five centres export', () => {
  it('one row per KPI and centre with CI, replications and seed', () => {
    const s = (wait: number): RunSummary => ({ name: 'x', kind: 'onewindow/centre', seed: 2, replications: 3, kpis: { meanWaitMinutes: est(wait, 0.5, 3) }, stations: {}, classes: {}, analytic: {}, events: 0, engineSeconds: 0, waits: new Float64Array(0) });
    const csv = centresCsv([{ id: 'ningbo', name: '宁波', summary: s(1) }, { id: 'hangzhou', name: '杭州', summary: s(2) }], ['meanWaitMinutes', 'missing']);
    expect(csv.slice(1).trim().split('\r\n')).toEqual([
      'kpi,label,centre,centre_name,mean,ci95_low,ci95_high,replications,seed',
      'meanWaitMinutes,,ningbo,宁波,1,0.5,1.5,3,2',
      'meanWaitMinutes,,hangzhou,杭州,2,1.5,2.5,3,2',
    ]);
  });
});

describe('difference formatting', () => {
  it('signed; a small but real difference does not read as zero', () => {
    expect(formatDiff('en', 'meanWaitMinutes', 1.234)).toBe('+1.23');
    expect(formatDiff('en', 'meanWaitMinutes', -0.00031)).toBe('-0.00031');
    expect(formatDiff('en', 'onTimeRate', 0.00012)).toBe('+0.012 pp');
    expect(formatDiff('en', 'meanWaitMinutes', 0)).toBe('0.00');
  });

  it('a rate’s difference is in percentage points (pp, 个百分点), its unit once after the mean', () => {
    expect(formatDiff('en', 'onTimeRate', 0.05)).toBe('+5.0 pp');
    expect(formatDiff('zh-CN', 'onTimeRate', -0.012)).toBe('-1.2 个百分点');
    expect(formatEstimate('en', 'onTimeRate', { mean: 0.012, ci95: [0.005, 0.019] }, true)).toBe('+1.2 pp [+0.5, +1.9]');
    expect(formatEstimate('en', 'onTimeRate', { mean: 0.9, ci95: [0.88, 0.92] })).toBe('90.0% [88.0%, 92.0%]');
    expect(formatEstimate('en', 'meanWaitMinutes', { mean: -2, ci95: [-2.3, -1.7] }, true)).toBe('-2.00 [-2.30, -1.70]');
  });
});
