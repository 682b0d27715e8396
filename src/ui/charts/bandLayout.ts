/**
 * Geometry of a mean line with its 95% CI band: a KPI against a swept lever (Research) or a
 * yearly series (Evolution). Scales, the line and the band as SVG path strings (d3-shape without
 * a context), points, axis ticks and vertical event markers. Pure (no DOM), unit-tested in Node;
 * `BandChart.tsx` only maps it to SVG.
 */
import { area, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';

export interface BandPoint {
  x: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface BandLayoutInput {
  points: readonly BandPoint[];
  width: number;
  height: number;
  margin?: Partial<{ top: number; right: number; bottom: number; left: number }>;
  /** x positions of events to mark (those outside the points' range are dropped) */
  markers?: readonly number[];
  /** start the y axis at 0 when all values are ≥ 0; default true */
  zeroBased?: boolean;
  /** x ticks: d3's round numbers (default), or every year (whole steps, at most about 8 labels) */
  xTicks?: 'numeric' | 'years';
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
}

export interface BandLayout {
  plot: { x0: number; x1: number; y0: number; y1: number };
  line: string;
  band: string;
  points: { x: number; cx: number; cy: number; mean: number; lo: number; hi: number }[];
  xTicks: { value: number; position: number; label: string }[];
  yTicks: { value: number; position: number; label: string }[];
  markers: { x: number; position: number }[];
}

const DEFAULT_MARGIN = { top: 12, right: 16, bottom: 30, left: 60 };
const shortNumber = (v: number) => String(+v.toPrecision(4));

/** Lays out the points sorted by x; non-finite points are dropped. Pure. */
export function bandLayout(input: BandLayoutInput): BandLayout {
  const m = { ...DEFAULT_MARGIN, ...input.margin };
  const plot = { x0: m.left, x1: input.width - m.right, y0: input.height - m.bottom, y1: m.top };
  const pts = input.points.filter((p) => [p.x, p.mean, p.lo, p.hi].every(Number.isFinite)).sort((a, b) => a.x - b.x);
  const xMin = pts.length ? pts[0].x : 0;
  const xMax = pts.length ? pts[pts.length - 1].x : 1;
  const x = scaleLinear().domain([xMin, xMax === xMin ? xMin + 1 : xMax]).range([plot.x0, plot.x1]);
  let lo = pts.length ? Math.min(...pts.map((p) => Math.min(p.lo, p.mean))) : 0;
  const hi = pts.length ? Math.max(...pts.map((p) => Math.max(p.hi, p.mean))) : 1;
  if ((input.zeroBased ?? true) && lo >= 0) lo = 0;
  const y = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([plot.y0, plot.y1]).nice(5);
  const fx = input.formatX ?? (input.xTicks === 'years' ? String : shortNumber);
  const fy = input.formatY ?? shortNumber;
  let xValues: number[];
  if (input.xTicks === 'years') {
    const step = Math.max(1, Math.ceil((xMax - xMin + 1) / 8));
    xValues = [];
    for (let v = xMin; v <= xMax; v += step) xValues.push(v);
  } else xValues = x.ticks(Math.min(6, Math.max(2, pts.length)));
  return {
    plot,
    line: line<BandPoint>().x((p) => x(p.x)).y((p) => y(p.mean))(pts) ?? '',
    band: area<BandPoint>().x((p) => x(p.x)).y0((p) => y(p.lo)).y1((p) => y(p.hi))(pts) ?? '',
    points: pts.map((p) => ({ x: p.x, cx: x(p.x), cy: y(p.mean), mean: p.mean, lo: p.lo, hi: p.hi })),
    xTicks: xValues.map((v) => ({ value: v, position: x(v), label: fx(v) })),
    yTicks: y.ticks(5).map((v) => ({ value: v, position: y(v), label: fy(v) })),
    markers: (input.markers ?? []).filter((v) => v >= xMin && v <= xMax).map((v) => ({ x: v, position: x(v) })),
  };
}
