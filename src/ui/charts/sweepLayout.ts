/**
 * Geometry of a sweep: a KPI's mean against a lever's value with its 95% CI band, as SVG path
 * strings (d3-shape without a context), points and numeric axis ticks. Pure (no DOM),
 * unit-tested in Node; `SweepChart.tsx` only maps it to SVG.
 */
import { area, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';

export interface SweepPoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface SweepLayoutInput {
  points: readonly SweepPoint[];
  width: number;
  height: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
  /** start the y axis at 0 when all values are ≥ 0; default true */
  zeroBased?: boolean;
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
}

export interface SweepLayout {
  plot: { x0: number; x1: number; y0: number; y1: number };
  line: string;
  band: string;
  points: { x: number; cx: number; cy: number; mean: number; lo: number; hi: number }[];
  xTicks: { value: number; position: number; label: string }[];
  yTicks: { value: number; position: number; label: string }[];
}

/** Lays out a sweep, sorted by x; non-finite points are dropped. Pure. */
export function sweepLayout(input: SweepLayoutInput): SweepLayout {
  const m = { top: 12, right: 16, bottom: 30, left: 60, ...input.margin };
  const plot = { x0: m.left, x1: input.width - m.right, y0: input.height - m.bottom, y1: m.top };
  const pts = input.points.filter((p) => [p.x, p.mean, p.lo, p.hi].every(Number.isFinite)).sort((a, b) => a.x - b.x);
  const xMin = pts.length ? pts[0].x : 0;
  const xMax = pts.length ? pts[pts.length - 1].x : 1;
  const x = scaleLinear().domain([xMin, xMax === xMin ? xMin + 1 : xMax]).range([plot.x0, plot.x1]);
  let lo = pts.length ? Math.min(...pts.map((p) => Math.min(p.lo, p.mean))) : 0;
  const hi = pts.length ? Math.max(...pts.map((p) => Math.max(p.hi, p.mean))) : 1;
  if ((input.zeroBased ?? true) && lo >= 0) lo = 0;
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([plot.y0, plot.y1]).nice(5);
  const fx = input.formatX ?? ((v: number) => String(+v.toPrecision(4)));
  const fy = input.formatY ?? ((v: number) => String(+v.toPrecision(4)));
  return {
    plot,
    line: line<SweepPoint>().x((p) => x(p.x)).y((p) => y(p.mean))(pts) ?? '',
    band: area<SweepPoint>().x((p) => x(p.x)).y0((p) => y(p.lo)).y1((p) => y(p.hi))(pts) ?? '',
    points: pts.map((p) => ({ x: p.x, cx: x(p.x), cy: y(p.mean), mean: p.mean, lo: p.lo, hi: p.hi })),
    xTicks: x.ticks(Math.min(6, Math.max(2, pts.length))).map((v) => ({ value: v, position: x(v), label: fx(v) })),
    yTicks: y.ticks(5).map((v) => ({ value: v, position: y(v), label: fy(v) })),
  };
}
