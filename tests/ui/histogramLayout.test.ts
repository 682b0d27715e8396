import { describe, expect, it } from 'vitest';
import { histogramLayout } from '../../src/ui/charts/histogramLayout';

/** A deterministic exponential-like sample with a spike at zero, like M/M/c waits. */
function sample(n: number): Float64Array {
  let s = 42;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u = (s + 0.5) / 2 ** 32;
    out[i] = u < 0.3 ? 0 : -Math.log(u) * 2;
  }
  return out;
}

describe('histogramLayout', () => {
  const values = sample(5000);
  const layout = histogramLayout({ values, width: 600, height: 300, markers: [{ id: 'mean', value: 1.5 }, { id: 'far', value: 1e6 }] });

  it('bins every value once', () => {
    expect(layout.n).toBe(5000);
    expect(layout.bars.reduce((a, b) => a + b.count, 0)).toBe(5000);
    expect(layout.bars.reduce((a, b) => a + b.share, 0)).toBeCloseTo(1, 12);
  });

  it('bars are contiguous in data, ordered, and inside the plot area', () => {
    const { plot, bars } = layout;
    expect(bars.length).toBeGreaterThan(5);
    for (let i = 0; i < bars.length; i++) {
      const b = bars[i];
      if (i > 0) expect(b.x0).toBe(bars[i - 1].x1);
      expect(b.x).toBeGreaterThanOrEqual(plot.x0);
      expect(b.x + b.width).toBeLessThanOrEqual(plot.x1 + 0.01);
      expect(b.y).toBeGreaterThanOrEqual(plot.y1 - 0.01);
      expect(b.y + b.height).toBeCloseTo(plot.y0, 1);
      expect(b.width).toBeGreaterThanOrEqual(0);
    }
    expect(bars[0].x0).toBe(0);
    expect(bars.at(-1)!.x1).toBeGreaterThanOrEqual(layout.maxValue);
  });

  it('the tallest bar is the zero-wait spike and reaches near the top', () => {
    const tallest = layout.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.x0).toBe(0);
    expect(layout.zeroShare).toBeGreaterThan(0.25);
    expect(layout.zeroShare).toBeLessThan(0.35);
  });

  it('axis ticks are increasing, labelled, and placed on the axes', () => {
    const xs = layout.xTicks.map((t) => t.position);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.xTicks[0]).toMatchObject({ value: 0, position: layout.plot.x0 });
    expect(Number(layout.xTicks[0].label)).toBe(0);
    const ys = layout.yTicks.map((t) => t.position);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(layout.yTicks[0]).toMatchObject({ value: 0, position: layout.plot.y0 });
    expect(layout.yTicks.every((t) => t.label.endsWith('%'))).toBe(true);
  });

  it('markers sit at their value; one outside the domain is clamped and flagged', () => {
    const [mean, far] = layout.markers;
    expect(mean.inside).toBe(true);
    expect(mean.x).toBeGreaterThan(layout.plot.x0);
    expect(far.inside).toBe(false);
    expect(far.x).toBe(layout.plot.x1);
  });

  it('handles an empty sample and a sample of only zeros', () => {
    const empty = histogramLayout({ values: [], width: 300, height: 200 });
    expect(empty.n).toBe(0);
    expect(empty.bars).toEqual([]);
    expect(empty.xTicks.length).toBeGreaterThan(0);
    const zeros = histogramLayout({ values: new Float64Array(10), width: 300, height: 200 });
    expect(zeros.zeroShare).toBe(1);
    expect(zeros.bars.reduce((a, b) => a + b.count, 0)).toBe(10);
  });

  it('cuts a long tail at a quantile and counts the rest in the last bar', () => {
    const cut = histogramLayout({ values, width: 600, height: 300, maxQuantile: 0.9 });
    expect(cut.domain[1]).toBeLessThan(layout.domain[1]);
    expect(cut.overflowCount).toBeGreaterThan(0);
    expect(cut.overflowCount).toBeLessThan(0.1 * values.length);
    expect(cut.bars.reduce((a, b) => a + b.count, 0)).toBe(values.length);
    expect(cut.bars.at(-1)!.count).toBeGreaterThanOrEqual(cut.overflowCount);
    expect(layout.overflowCount).toBe(0);
  });

  it('ignores non-finite values and is deterministic', () => {
    const withJunk = histogramLayout({ values: [1, 2, Number.NaN, Infinity, 3], width: 300, height: 200 });
    expect(withJunk.n).toBe(3);
    expect(histogramLayout({ values, width: 600, height: 300 })).toEqual(histogramLayout({ values, width: 600, height: 300 }));
  });
});
