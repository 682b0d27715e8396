import { describe, expect, it } from 'vitest';
import { timeSeriesLayout } from '../../src/ui/charts/timeSeriesLayout';

describe('timeSeriesLayout (Evolution charts, issue 5)', () => {
  const points = [2002, 2003, 2004].map((x, i) => ({ x, mean: 10 - 3 * i, lo: 9 - 3 * i, hi: 11 - 3 * i }));
  const l = timeSeriesLayout({ points, width: 300, height: 200, markers: [2004, 1999] });

  it('maps years left to right across the plot and higher values higher up', () => {
    expect(l.points.map((p) => p.cx)).toEqual([l.plot.x0, (l.plot.x0 + l.plot.x1) / 2, l.plot.x1]);
    expect(l.points[0].cy).toBeLessThan(l.points[2].cy);
  });
  it('draws the mean line and a closed CI band that contains it', () => {
    expect(l.line).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(l.band).toMatch(/^M.*Z$/);
  });
  it('keeps markers inside the years only, starts the y axis at 0 for non-negative data, drops non-finite points', () => {
    expect(l.markers.map((m) => m.x)).toEqual([2004]);
    expect(l.yTicks[0].value).toBe(0);
    const n = timeSeriesLayout({ points: [...points, { x: 2005, mean: NaN, lo: NaN, hi: NaN }], width: 300, height: 200 });
    expect(n.points).toHaveLength(3);
  });
});
