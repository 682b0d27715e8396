/**
 * Geometry of a histogram in pixels: bins, bars, axis ticks and vertical markers. Pure (no DOM),
 * so it is unit-tested in Node; `HistogramChart.tsx` only maps the result to SVG.
 */
import { bin, max as d3max, quantile } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface HistogramInput {
  /** the sample, e.g. waiting times in minutes; non-finite values are ignored */
  values: ArrayLike<number>;
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** approximate number of bins (d3 picks round thresholds near it); default 30 */
  binCount?: number;
  /** vertical reference lines at data values (e.g. the mean and the theoretical value) */
  markers?: ReadonlyArray<{ id: string; value: number }>;
  /** gap between bars in pixels; default 1 */
  gap?: number;
  /**
   * Cut the x axis at this quantile of the values (e.g. 0.99) so a long tail does not squash
   * the bars; values beyond the cut are counted in the last bar. Default 1: no cut.
   */
  maxQuantile?: number;
}

export interface HistogramBar {
  /** bin bounds in data units: [x0, x1) */
  x0: number;
  x1: number;
  count: number;
  /** count / n */
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  /** pixel position along the axis (x for the x axis, y for the y axis) */
  position: number;
  label: string;
}

export interface HistogramMarker {
  id: string;
  value: number;
  x: number;
  /** false when the value lies outside the x domain (the marker is then clamped to the edge) */
  inside: boolean;
}

export interface HistogramLayout {
  width: number;
  height: number;
  margin: Margin;
  /** pixel extent of the plot area */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** number of finite values binned */
  n: number;
  /** x domain after rounding to nice values */
  domain: [number, number];
  /** share of values equal to 0 (in a queue: applicants who did not wait) */
  zeroShare: number;
  maxValue: number;
  /** values beyond the x domain (counted in the last bar) */
  overflowCount: number;
  bars: HistogramBar[];
  xTicks: Tick[];
  yTicks: Tick[];
  markers: HistogramMarker[];
}

const defaultMargin: Margin = { top: 12, right: 16, bottom: 44, left: 56 };

/** Rounded to 0.01 px: stable numbers for snapshots, no visible difference. */
const px = (v: number) => Math.round(v * 100) / 100;

/** Compute the histogram of `values` laid out in a `width` × `height` box. Pure. */
export function histogramLayout(input: HistogramInput): HistogramLayout {
  const { width, height } = input;
  const margin: Margin = { ...defaultMargin, ...input.margin };
  const binCount = Math.max(1, Math.round(input.binCount ?? 30));
  const gap = input.gap ?? 1;
  const plot = { x0: margin.left, x1: Math.max(margin.left, width - margin.right), y0: Math.max(margin.top, height - margin.bottom), y1: margin.top };

  const finite: number[] = [];
  let zeros = 0;
  for (let i = 0; i < input.values.length; i++) {
    const v = input.values[i];
    if (Number.isFinite(v)) {
      finite.push(v);
      if (v === 0) zeros++;
    }
  }
  const n = finite.length;
  const maxValue = n > 0 ? (d3max(finite) ?? 0) : 0;
  // waits are ≥ 0; start the axis at 0 and extend it only if a value is negative
  const minValue = n > 0 ? Math.min(0, minOf(finite)) : 0;
  const q = input.maxQuantile ?? 1;
  const top = n > 0 && q < 1 ? (quantile(finite, q) ?? maxValue) : maxValue;

  const x = scaleLinear()
    .domain([minValue, top > minValue ? top : minValue + 1])
    .range([plot.x0, plot.x1])
    .nice(binCount);
  const [d0, d1] = x.domain() as [number, number];
  // thresholds inside the domain; bin() adds the domain ends itself (its last bin includes d1)
  const thresholds = x.ticks(binCount).filter((t) => t > d0 && t < d1);
  let overflowCount = 0;
  for (const v of finite) if (v > d1) overflowCount++;
  const clamped = overflowCount > 0 ? finite.map((v) => Math.min(v, d1)) : finite;
  const bins = n > 0 ? bin<number, number>().domain([d0, d1]).thresholds(thresholds)(clamped) : [];

  const maxShare = bins.reduce((m, b) => Math.max(m, b.length / n), 0);
  const y = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare : 1])
    .range([plot.y0, plot.y1])
    .nice(5);

  const bars: HistogramBar[] = bins.map((b) => {
    const x0 = b.x0 ?? d0;
    const x1 = b.x1 ?? d1;
    const share = n > 0 ? b.length / n : 0;
    const left = x(x0);
    const right = x(x1);
    const w = Math.max(0, right - left - gap);
    return {
      x0,
      x1,
      count: b.length,
      share,
      x: px(left + Math.min(gap, right - left) / 2),
      y: px(y(share)),
      width: px(w),
      height: px(y(0) - y(share)),
    };
  });

  const xFormat = x.tickFormat(6);
  const xTicks: Tick[] = x.ticks(6).map((value) => ({ value, position: px(x(value)), label: xFormat(value) }));
  const yFormat = y.tickFormat(5, '%');
  const yTicks: Tick[] = y.ticks(5).map((value) => ({ value, position: px(y(value)), label: yFormat(value) }));

  const markers: HistogramMarker[] = (input.markers ?? [])
    .filter((m) => Number.isFinite(m.value))
    .map((m) => {
      const inside = m.value >= d0 && m.value <= d1;
      return { id: m.id, value: m.value, x: px(x(Math.min(d1, Math.max(d0, m.value)))), inside };
    });

  return {
    width,
    height,
    margin,
    plot: { x0: px(plot.x0), x1: px(plot.x1), y0: px(plot.y0), y1: px(plot.y1) },
    n,
    domain: [d0, d1],
    zeroShare: n > 0 ? zeros / n : 0,
    maxValue,
    overflowCount,
    bars,
    xTicks,
    yTicks,
    markers,
  };
}

function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}
