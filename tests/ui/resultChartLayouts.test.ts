/** Issue 10 item 2: the results charts' geometry, computed from data in pure functions. */
import { describe, expect, it } from 'vitest';
import { barWidthFor, binnedHistogramLayout } from '../../src/ui/charts/histogramLayout';
import { heatmapLayout } from '../../src/ui/charts/heatmapLayout';
import { hourlyLayout } from '../../src/ui/charts/hourlyLayout';
import { sequential, textOn } from '../../src/ui/charts/palette';
import { sankeyLayout } from '../../src/ui/charts/sankeyLayout';
import { flowColumns, flowList } from '../../src/ui/results/flowData';
import { FLOW_SIZE, flowIndex } from '../../src/domain/caseFlows';
import { standaloneSvg } from '../../src/ui/export/chartImage';

describe('binnedHistogramLayout (pre-binned counts → bars)', () => {
  it('picks a round bar width: 1, 2, 2.5, 5 × 10^k bins', () => {
    expect(barWidthFor(1, 10, 24)).toBe(1);
    expect(barWidthFor(1, 100, 24)).toBe(5);
    expect(barWidthFor(0.25, 30, 24)).toBe(2);
    expect(barWidthFor(0.25, 50, 24)).toBe(2.5);
    expect(barWidthFor(0.25, 2, 24)).toBe(0.25);
    expect(barWidthFor(1, 240, 12)).toBe(20);
  });

  it('merges bins into bars, keeps every count (the tail in the last, open bar), and scales heights to shares', () => {
    const counts = new Array(241).fill(0);
    for (let i = 0; i < 30; i++) counts[i] = 30 - i; // 465 counts in [0, 30)
    counts[240] = 5; // the open bin
    const L = binnedHistogramLayout({ counts, binWidth: 1, width: 400, height: 200, maxBars: 10, cutShare: 0.98, margin: { left: 40, right: 10, top: 10, bottom: 30 } });
    expect(L.n).toBe(470);
    expect(L.bars.reduce((a, b) => a + b.count, 0)).toBe(470);
    // 98% of the counts lie below 28 min: six bars of 5 min, the last open (it holds the tail and the open bin)
    expect(L.bars).toHaveLength(6);
    expect(L.bars.at(-1)!.open).toBe(true);
    expect(L.bars.slice(0, -1).every((b) => !b.open)).toBe(true);
    expect(L.bars[0]).toMatchObject({ x0: 0, x1: 5, count: 30 + 29 + 28 + 27 + 26 });
    // bars sit on the x axis; the tallest reaches the top of the nice y domain or below it
    for (const b of L.bars) {
      expect(b.y + b.height).toBeCloseTo(L.plot.y0, 1);
      expect(b.y).toBeGreaterThanOrEqual(L.plot.y1 - 0.01);
      expect(b.x).toBeGreaterThanOrEqual(L.plot.x0);
      expect(b.x + b.width).toBeLessThanOrEqual(L.plot.x1 + 0.01);
    }
    // heights proportional to shares
    expect(L.bars[0].height / L.bars[1].height).toBeCloseTo(L.bars[0].count / L.bars[1].count, 2);
    expect(L.yTicks[0].label).toBe('0%');
    expect(L.xTicks.every((t) => t.position >= L.plot.x0 && t.position <= L.plot.x1)).toBe(true);
  });

  it('is empty but well-formed without counts', () => {
    const L = binnedHistogramLayout({ counts: [0, 0, 0], binWidth: 1, width: 300, height: 150 });
    expect(L.n).toBe(0);
    expect(L.bars.every((b) => b.height === 0)).toBe(true);
  });
});

describe('hourlyLayout (a value by opening hour with its 95% CI)', () => {
  const points = [
    { mean: 1, ci95: [0.5, 1.5] as const },
    { mean: 4, ci95: [3, 5] as const },
    { mean: 0, ci95: [0, 0] as const },
  ];
  const L = hourlyLayout({ points, width: 300, height: 200, margin: { left: 40, right: 10, top: 10, bottom: 30 } });
  it('one bar per hour, left to right, equal widths, labelled 1…n', () => {
    expect(L.bars.map((b) => b.hour)).toEqual([0, 1, 2]);
    expect(L.bars[0].x).toBeLessThan(L.bars[1].x);
    expect(L.bars[1].width).toBeCloseTo(L.bars[0].width, 6);
    expect(L.xTicks.map((t) => t.label)).toEqual(['1', '2', '3']);
  });
  it('the y axis covers the highest upper bound; whiskers span the CI around the bar top', () => {
    const top = L.yTicks.at(-1)!.value;
    expect(top).toBeGreaterThanOrEqual(5);
    const b = L.bars[1];
    expect(b.yHigh).toBeLessThan(b.y);
    expect(b.yLow).toBeGreaterThan(b.y);
    expect(b.cx).toBeCloseTo(b.x + b.width / 2, 2);
    expect(L.bars[2].height).toBe(0);
    // heights proportional to means
    expect(L.bars[1].height / L.bars[0].height).toBeCloseTo(4, 2);
  });
});

describe('heatmapLayout (stations × hours, viridis)', () => {
  const rows = [
    { id: 'a', label: 'A', values: [0, 0.5, 1] },
    { id: 'b', label: 'B', values: [0.2, 1.3, Number.NaN] },
  ];
  const L = heatmapLayout({ rows, width: 400, labelWidth: 100, rowHeight: 20 });
  it('one cell per value, in a grid right of the labels; colours from the ramp, values beyond [0, 1] clamped', () => {
    expect(L.cells).toHaveLength(6);
    const cell = (r: number, c: number) => L.cells.find((x) => x.row === r && x.column === c)!;
    expect(cell(0, 0).x).toBe(100);
    expect(cell(0, 1).x).toBeGreaterThan(cell(0, 0).x);
    expect(cell(1, 0).y - cell(0, 0).y).toBe(20);
    expect(cell(0, 0).fill).toBe(sequential(0));
    expect(cell(0, 2).fill).toBe(sequential(1));
    expect(cell(1, 1).fill).toBe(sequential(1));
    expect(cell(1, 1).value).toBe(1.3);
    expect(cell(1, 2).fill).toBe(sequential(0));
    expect(L.rowLabels.map((r) => r.label)).toEqual(['A', 'B']);
    expect(L.xTicks.map((t) => t.label)).toEqual(['1', '2', '3']);
    expect(L.legend.stops[0].colour).toBe(sequential(0));
    expect(L.height).toBeGreaterThan(L.plot.y0);
  });
  it('the ramp runs dark to light (viridis ends) and text stays readable on it', () => {
    expect(sequential(0)).toBe('#440154');
    expect(sequential(1)).toBe('#fde725');
    expect(sequential(0.5)).toBe('#21918c');
    expect(textOn(0.1)).toBe('#ffffff');
    expect(textOn(0.9)).toBe('#1a1a1a');
  });
});

describe('sankeyLayout (case flows)', () => {
  const columns = [['in', 'web'], ['w1', 'w2'], ['done', 'late']];
  const flows = [
    { path: [0, 0, 0], cls: 0, value: 60 },
    { path: [0, 1, 1], cls: 1, value: 20 },
    { path: [1, 0, 0], cls: 0, value: 20 },
  ];
  const L = sankeyLayout({ columns, flows, width: 300, height: 220, nodePadding: 10, margin: 10 });
  const node = (id: string) => L.nodes.find((n) => n.id === id)!;

  it('every column carries all cases: node heights sum to the same total', () => {
    expect(L.total).toBe(100);
    const k = node('in').height / 80;
    for (const col of [0, 1, 2]) {
      const h = L.nodes.filter((n) => n.column === col).reduce((a, n) => a + n.height, 0);
      expect(h).toBeCloseTo(100 * k, 1);
    }
    expect(node('w1').value).toBe(80);
    expect(node('late').value).toBe(20);
  });

  it('columns from left to right; nodes stacked in order with the padding between them and inside the box', () => {
    expect(node('in').x).toBe(0);
    expect(node('done').x + node('done').width).toBeCloseTo(300, 1);
    expect(node('web').y).toBeCloseTo(node('in').y + node('in').height + 10, 1);
    for (const n of L.nodes) {
      expect(n.y).toBeGreaterThanOrEqual(9.99);
      expect(n.y + n.height).toBeLessThanOrEqual(210.01);
    }
  });

  it('links leave and enter nodes without overlapping, per class, and conserve value', () => {
    const out = L.links.filter((l) => l.source === '0:0');
    expect(out.reduce((a, l) => a + l.value, 0)).toBe(80);
    // stacked inside the source node: the first starts at its top, the last ends at its bottom
    const ys = out.map((l) => l.y0).sort((a, b) => a[0] - b[0]);
    expect(ys[0][0]).toBeCloseTo(node('in').y, 1);
    expect(ys.at(-1)![1]).toBeCloseTo(node('in').y + node('in').height, 1);
    expect(ys[0][1]).toBeCloseTo(ys[1][0], 1);
    // a link's width is the same at both ends
    for (const l of L.links) expect(l.y0[1] - l.y0[0]).toBeCloseTo(l.y1[1] - l.y1[0], 1);
    expect(L.links.filter((l) => l.cls === 1).map((l) => [l.sourceId, l.targetId])).toEqual([['in', 'w2'], ['w2', 'late']]);
    expect(L.links[0].d).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it('leaves out nodes without cases', () => {
    const L2 = sankeyLayout({ columns: [['a', 'b'], ['c']], flows: [{ path: [1, 0], cls: 0, value: 5 }], width: 100, height: 100 });
    expect(L2.nodes.map((n) => n.id)).toEqual(['b', 'c']);
  });
});

describe('flow data (engine keys → Sankey flows)', () => {
  it('every non-zero key becomes one flow with its path and class; columns come from the domain vocabulary', () => {
    const flat = new Array(FLOW_SIZE).fill(0);
    flat[flowIndex(1, 3, 1, 0, 0)] = 7;
    flat[flowIndex(0, 0, 2, 1, 1)] = 2.5;
    const flows = flowList(flat);
    expect(flows).toEqual([
      { path: [0, 0, 2, 1], cls: 1, value: 2.5 },
      { path: [1, 3, 1, 0], cls: 0, value: 7 },
    ]);
    const cols = flowColumns();
    expect(cols.map((c) => c.length)).toEqual([2, 4, 4, 3]);
    expect(cols[1][3]).toBe('noWindow');
  });
});

describe('chart files', () => {
  it('makes an SVG element standalone: namespace, size from the chart, white background, CJK-capable font', () => {
    const out = standaloneSvg('<svg viewBox="0 0 300 200" width="300" height="200" role="img"><text>等候</text></svg>', 300, 200);
    expect(out.startsWith('<?xml')).toBe(true);
    expect(out).toContain('<svg width="300" height="200" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200" role="img">');
    expect(out).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(out).toContain('Noto Sans CJK SC');
    expect(out).toContain('<text>等候</text></svg>');
    expect(() => standaloneSvg('<div/>', 1, 1)).toThrow();
  });
});

describe('Sankey labels on a phone', () => {
  it('wrap at spaces in English and by characters in Chinese', async () => {
    const { wrapLabel } = await import('../../src/ui/results/ResultCharts');
    expect(wrapLabel('Back office in the centre', 13)).toEqual(['Back office', 'in the centre']);
    expect(wrapLabel('Online', 13)).toEqual(['Online']);
    expect(wrapLabel('部门机关（中心外）', 7)).toEqual(['部门机关（中心', '外）']);
  });
  it('heat-map row labels keep their resource when cut', async () => {
    const { shortLabel } = await import('../../src/ui/results/ResultCharts');
    expect(shortLabel('Administration for Industry and Commerce · back office', 32)).toBe('Administration fo… · back office');
    expect(shortLabel('Health Bureau · back office', 32)).toBe('Health Bureau · back office');
  });
});

describe('flow names', () => {
  it('every node and trip class of the case-flow vocabulary has a name in both dictionaries', async () => {
    const { en } = await import('../../src/ui/i18n/en');
    const { zhCN } = await import('../../src/ui/i18n/zh-CN');
    const { FLOW_COLUMNS, FLOW_TRIPS } = await import('../../src/domain/caseFlows');
    for (const id of [...FLOW_COLUMNS.flat(), ...FLOW_TRIPS]) {
      const key = `charts.flow.${id}` as keyof typeof en;
      expect(en[key], key).toBeTruthy();
      expect(zhCN[key], key).toBeTruthy();
    }
  });
});
