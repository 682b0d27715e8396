/**
 * Geometry of a paired-difference chart (a forest plot): one row per KPI with the mean change
 * b − a as a dot and its 95% CI as a whisker, relative to a's mean (percent), around a zero line.
 * Relative so that minutes, shares and trips share one axis; a KPI whose baseline is 0 cannot be
 * made relative and is listed in `omitted`. The axis is symmetric-log (linear near 0, logarithmic
 * beyond ±1%), so a +900% change and a −5% change are both readable on one chart. Pure (no DOM), unit-tested; `DifferenceChart.tsx` maps it to SVG.
 */
import { scaleSymlog } from 'd3-scale';

export interface DifferenceInput {
  id: string;
  label: string;
  /** mean of a (the baseline) */
  base: number;
  /** mean difference b − a and its 95% CI */
  mean: number;
  lo: number;
  hi: number;
  /** 'better' | 'worse' | 'changed' | 'none', used as a class */
  verdict: string;
}

export interface DifferenceLayoutInput {
  rows: readonly DifferenceInput[];
  width: number;
  rowHeight?: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
  /** format of tick labels (percent points) */
  formatTick?: (percent: number) => string;
  /** labels longer than this are cut with an ellipsis (the full label stays in `title`); default 40 */
  maxLabel?: number;
}

export interface DifferenceRow {
  id: string;
  label: string;
  /** the full label, when `label` was cut */
  title: string;
  verdict: string;
  /** relative change in percent of a's mean */
  percent: { mean: number; lo: number; hi: number };
  y: number;
  cx: number;
  x0: number;
  x1: number;
}

export interface DifferenceLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  zeroX: number;
  rows: DifferenceRow[];
  ticks: { value: number; position: number; label: string }[];
  /** KPIs left out: baseline 0 or non-finite values */
  omitted: string[];
}

/** Lay out the rows; the x axis is symmetric around 0 and covers every whisker. Pure. */
export function differenceLayout(input: DifferenceLayoutInput): DifferenceLayout {
  const m = { top: 8, right: 16, bottom: 28, left: 250, ...input.margin };
  const maxLabel = input.maxLabel ?? 40;
  const rowHeight = input.rowHeight ?? 22;
  const omitted: string[] = [];
  const kept: Array<{ row: DifferenceInput; pct: DifferenceRow['percent'] }> = [];
  for (const row of input.rows) {
    const values = [row.base, row.mean, row.lo, row.hi];
    if (!values.every(Number.isFinite) || Math.abs(row.base) < 1e-12) {
      omitted.push(row.id);
      continue;
    }
    const k = 100 / Math.abs(row.base);
    kept.push({ row, pct: { mean: row.mean * k, lo: Math.min(row.lo, row.hi) * k, hi: Math.max(row.lo, row.hi) * k } });
  }
  const height = m.top + m.bottom + Math.max(1, kept.length) * rowHeight;
  const plot = { x0: m.left, x1: input.width - m.right, y0: m.top, y1: height - m.bottom };
  const extent = Math.max(1e-9, ...kept.flatMap(({ pct }) => [Math.abs(pct.lo), Math.abs(pct.hi)]));
  const x = scaleSymlog().constant(1).domain([-extent, extent]).range([plot.x0, plot.x1]);
  let decades = [1, 10, 100, 1000, 10000, 100000].filter((v) => v <= extent * 1.0001);
  if (decades.length > 2) decades = decades.slice(1); // ±1% would crowd the zero tick

  const tickValues = [...decades.map((v) => -v).reverse(), 0, ...decades];
  const fmt = input.formatTick ?? ((v: number) => `${+v.toPrecision(3)}%`);
  return {
    width: input.width,
    height,
    plot,
    zeroX: x(0),
    rows: kept.map(({ row, pct }, i) => ({
      id: row.id,
      label: row.label.length > maxLabel ? `${row.label.slice(0, maxLabel - 1)}…` : row.label,
      title: row.label,
      verdict: row.verdict,
      percent: pct,
      y: plot.y0 + (i + 0.5) * rowHeight,
      cx: x(pct.mean),
      x0: x(pct.lo),
      x1: x(pct.hi),
    })),
    ticks: tickValues.map((v) => ({ value: v, position: x(v), label: fmt(v) })),
    omitted,
  };
}
