/**
 * Geometry of a yearly time series with a 95% CI band: scales, the mean line and the band as SVG
 * path strings (d3-shape without a context), points, axis ticks and vertical event markers. Pure
 * (no DOM), unit-tested in Node; `TimeSeriesChart.tsx` only maps it to SVG.
 */
import { area, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';

export interface SeriesPoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface TimeSeriesInput {
  points: readonly SeriesPoint[];
  width: number;
  height: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
  /** x positions (years) of events to mark */
  markers?: readonly number[];
  /** start the y axis at 0 when all values are ≥ 0; default true */
  zeroBased?: boolean;
  /** format of y tick labels */
  formatY?: (v: number) => string;
}

export interface TimeSeriesLayout {
  plot: { x0: number; x1: number; y0: number; y1: number };
  line: string;
  band: string;
  points: { x: number; cx: number; cy: number; mean: number; lo: number; hi: number }[];
  xTicks: { value: number; position: number; label: string }[];
  yTicks: { value: number; position: number; label: string }[];
  markers: { x: number; position: number }[];
}

/** Lays out a yearly series with its CI band; pure. Non-finite values are dropped. */
export function timeSeriesLayout(input: TimeSeriesInput): TimeSeriesLayout {
  const m = { top: 12, right: 12, bottom: 28, left: 56, ...input.margin };
  const plot = { x0: m.left, x1: input.width - m.right, y0: input.height - m.bottom, y1: m.top };
  const pts = input.points.filter((p) => Number.isFinite(p.mean) && Number.isFinite(p.lo) && Number.isFinite(p.hi));
  const xs = pts.map((p) => p.x);
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const x = scaleLinear().domain([xMin, xMax === xMin ? xMin + 1 : xMax]).range([plot.x0, plot.x1]);
  let lo = pts.length ? Math.min(...pts.map((p) => p.lo)) : 0;
  const hi = pts.length ? Math.max(...pts.map((p) => p.hi)) : 1;
  if ((input.zeroBased ?? true) && lo >= 0) lo = 0;
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([plot.y0, plot.y1]).nice(5);
  const fmt = input.formatY ?? ((v: number) => String(+v.toPrecision(4)));
  const yearStep = Math.max(1, Math.ceil((xMax - xMin + 1) / 8));
  const xTicks: TimeSeriesLayout['xTicks'] = [];
  for (let v = xMin; v <= xMax; v += yearStep) xTicks.push({ value: v, position: x(v), label: String(v) });
  return {
    plot,
    line: line<SeriesPoint>().x((p) => x(p.x)).y((p) => y(p.mean))(pts) ?? '',
    band: area<SeriesPoint>().x((p) => x(p.x)).y0((p) => y(p.lo)).y1((p) => y(p.hi))(pts) ?? '',
    points: pts.map((p) => ({ x: p.x, cx: x(p.x), cy: y(p.mean), mean: p.mean, lo: p.lo, hi: p.hi })),
    xTicks,
    yTicks: y.ticks(5).map((v) => ({ value: v, position: y(v), label: fmt(v) })),
    markers: (input.markers ?? []).filter((v) => v >= xMin && v <= xMax).map((v) => ({ x: v, position: x(v) })),
  };
}
