/**
 * Geometry of a tornado chart (one-at-a-time sensitivity): one row per parameter, a bar from 0 to
 * the change in a KPI when the parameter is set low and one when it is set high (paired
 * differences against the base scenario, in the KPI's own unit), each with its 95% CI whisker;
 * rows sorted by the larger of the two swings, widest on top. Pure (no DOM), unit-tested;
 * `TornadoChart.tsx` maps it to SVG.
 */
import { scaleLinear } from 'd3-scale';

/** One parameter's two paired differences (variant − base) with their 95% CIs. */
export interface TornadoInput {
  id: string;
  label: string;
  low: { mean: number; lo: number; hi: number };
  high: { mean: number; lo: number; hi: number };
}

export interface TornadoBar {
  side: 'low' | 'high';
  mean: number;
  /** bar from x0 to x1 (x0 ≤ x1), CI whisker from w0 to w1 */
  x0: number;
  x1: number;
  w0: number;
  w1: number;
}

export interface TornadoRow {
  id: string;
  /** the label, cut with an ellipsis past `maxLabel` characters */
  label: string;
  /** the full label */
  title: string;
  /** the larger absolute swing (the sort key) */
  swing: number;
  y: number;
  barHeight: number;
  bars: [TornadoBar, TornadoBar];
}

export interface TornadoLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  zeroX: number;
  rows: TornadoRow[];
  ticks: { value: number; position: number; label: string }[];
  /** rows left out: non-finite values */
  omitted: string[];
}

export interface TornadoLayoutInput {
  rows: readonly TornadoInput[];
  width: number;
  rowHeight?: number;
  /** label column width; default min(220, 40% of the width) */
  labelWidth?: number;
  formatTick?: (v: number) => string;
  maxLabel?: number;
}

/** Lay out the rows, sorted by swing (ties by input order); the x axis is symmetric around 0. Pure. */
export function tornadoLayout(input: TornadoLayoutInput): TornadoLayout {
  const rowHeight = input.rowHeight ?? 26;
  const labelWidth = input.labelWidth ?? Math.min(220, Math.round(input.width * 0.4));
  const maxLabel = input.maxLabel ?? Math.max(8, Math.floor(labelWidth / 7.5));
  const m = { top: 8, right: 24, bottom: 30, left: labelWidth };
  const omitted: string[] = [];
  const kept = input.rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => {
      const ok = [row.low.mean, row.low.lo, row.low.hi, row.high.mean, row.high.lo, row.high.hi].every(Number.isFinite);
      if (!ok) omitted.push(row.id);
      return ok;
    })
    .map(({ row, order }) => ({ row, order, swing: Math.max(Math.abs(row.low.mean), Math.abs(row.high.mean)) }))
    .sort((a, b) => b.swing - a.swing || a.order - b.order);
  const height = m.top + m.bottom + Math.max(1, kept.length) * rowHeight;
  const plot = { x0: m.left, x1: Math.max(m.left + 40, input.width - m.right), y0: m.top, y1: height - m.bottom };
  const extent = Math.max(1e-12, ...kept.flatMap(({ row }) => [row.low.lo, row.low.hi, row.high.lo, row.high.hi].map(Math.abs)));
  const x = scaleLinear().domain([-extent, extent]).range([plot.x0, plot.x1]).nice(4);
  const fmt = input.formatTick ?? ((v: number) => String(+v.toPrecision(3)));
  const barHeight = Math.max(4, (rowHeight - 8) / 2);
  const bar = (side: 'low' | 'high', d: TornadoInput['low']): TornadoBar => ({
    side,
    mean: d.mean,
    x0: Math.min(x(0), x(d.mean)),
    x1: Math.max(x(0), x(d.mean)),
    w0: x(Math.min(d.lo, d.hi)),
    w1: x(Math.max(d.lo, d.hi)),
  });
  return {
    width: input.width,
    height,
    plot,
    zeroX: x(0),
    rows: kept.map(({ row, swing }, i) => ({
      id: row.id,
      label: row.label.length > maxLabel ? `${row.label.slice(0, maxLabel - 1)}…` : row.label,
      title: row.label,
      swing,
      y: plot.y0 + i * rowHeight + 4,
      barHeight,
      bars: [bar('low', row.low), bar('high', row.high)],
    })),
    ticks: x.ticks(input.width < 500 ? 3 : 5).map((v) => ({ value: v, position: x(v), label: fmt(v) })),
    omitted,
  };
}
