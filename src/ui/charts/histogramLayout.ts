/**
 * Geometry of a histogram in pixels: bars, axis ticks and vertical markers, in one place. Counts
 * already binned (the engine's fixed bins, summed over replications) are laid out by
 * `binnedHistogramLayout`: bins merged into at most `maxBars` bars of a round width, the axis cut
 * where `cutShare` of the counts lie (the tail counted in the last, open bar). A raw sample (the
 * waits of a network run) is first counted into bins of a round width by `histogramLayout`, which
 * then lays them out the same way. Pure (no DOM), unit-tested in Node; `HistogramChart.tsx` and
 * `results/ResultCharts.tsx` only map the result to SVG.
 */
import { quantile, tickStep } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Tick {
  value: number;
  /** pixel position along the axis (x for the x axis, y for the y axis) */
  position: number;
  label: string;
}

const defaultMargin: Margin = { top: 12, right: 16, bottom: 44, left: 52 };
/** Rounded to 0.01 px: stable numbers for snapshots, no visible difference. */
const px = (v: number) => Math.round(v * 100) / 100;

export interface BinnedHistogramInput {
  /** counts per bin: bin i is [i·binWidth, (i+1)·binWidth); the last bin is open */
  counts: readonly number[];
  binWidth: number;
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** at most this many bars (default 24) */
  maxBars?: number;
  /** cut the axis where this share of the counts lies (default 0.99) */
  cutShare?: number;
  /** formats x tick values (default: the number as is) */
  formatX?: (v: number) => string;
  /** formats y tick values, shares (default: percent) */
  formatY?: (v: number) => string;
  /** where bin 0 starts, in data units (default 0) */
  origin?: number;
}

export interface BinnedBar {
  /** [x0, x1) in data units; `open` when the bar holds everything from x0 up */
  x0: number;
  x1: number;
  open: boolean;
  count: number;
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BinnedHistogramLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** the x axis in data units: from the origin to the end of the last bar */
  domain: [number, number];
  n: number;
  bars: BinnedBar[];
  xTicks: Tick[];
  yTicks: Tick[];
}

const ROUND = [1, 2, 2.5, 5, 10];

/** The bar width: the smallest round width (1, 2, 2.5 or 5 × 10^k, in data units) that is a whole number of bins and needs at most maxBars bars to reach `extent`. */
export function barWidthFor(binWidth: number, extent: number, maxBars: number): number {
  const raw = extent / Math.max(1, maxBars);
  if (raw <= binWidth) return binWidth;
  for (let k = Math.floor(Math.log10(raw)) - 1; k < 12; k++)
    for (const m of ROUND) {
      const w = m * 10 ** k;
      const bins = w / binWidth;
      if (w >= raw - 1e-12 && Math.abs(bins - Math.round(bins)) < 1e-9) return w;
    }
  return Math.ceil(raw / binWidth) * binWidth;
}

/** Lays out pre-binned counts; pure. */
export function binnedHistogramLayout(input: BinnedHistogramInput): BinnedHistogramLayout {
  const { counts, binWidth, width, height } = input;
  const o = input.origin ?? 0;
  const margin: Margin = { ...defaultMargin, ...input.margin };
  const plot = { x0: margin.left, x1: Math.max(margin.left + 1, width - margin.right), y0: Math.max(margin.top + 1, height - margin.bottom), y1: margin.top };
  const n = counts.reduce((a, b) => a + b, 0);
  const cutShare = input.cutShare ?? 0.99;
  // the bin where cutShare of the counts is reached: the axis ends after it
  let acc = 0;
  let cutBin = 0;
  for (let i = 0; i < counts.length; i++) {
    acc += counts[i];
    cutBin = i;
    if (n > 0 && acc >= cutShare * n) break;
  }
  const extent = (cutBin + 1) * binWidth;
  const w = barWidthFor(binWidth, extent, input.maxBars ?? 24);
  const per = Math.max(1, Math.round(w / binWidth));
  const nBars = Math.max(1, Math.ceil((cutBin + 1) / per));
  const sums = new Array<number>(nBars).fill(0);
  for (let i = 0; i < counts.length; i++) sums[Math.min(nBars - 1, Math.floor(i / per))] += counts[i];
  // the last bar is open when it holds the engine's open bin (or anything past the axis) with cases in it
  let lastOpen = false;
  for (let i = Math.min(nBars * per, counts.length - 1); i < counts.length; i++) if (counts[i] > 0) lastOpen = true;
  const d1 = o + nBars * w;
  const x = scaleLinear().domain([o, d1]).range([plot.x0, plot.x1]);
  const maxShare = n > 0 ? Math.max(...sums) / n : 0;
  const y = scaleLinear().domain([0, maxShare > 0 ? maxShare : 1]).range([plot.y0, plot.y1]).nice(5);
  const bars: BinnedBar[] = sums.map((count, k) => {
    const share = n > 0 ? count / n : 0;
    const left = x(o + k * w);
    const right = x(o + (k + 1) * w);
    return {
      x0: o + k * w,
      x1: o + (k + 1) * w,
      open: k === nBars - 1 && lastOpen,
      count,
      share,
      x: px(left + 0.5),
      y: px(y(share)),
      width: px(Math.max(0, right - left - 1)),
      height: px(y(0) - y(share)),
    };
  });
  const fx = input.formatX ?? ((v: number) => String(v));
  const fy = input.formatY ?? y.tickFormat(5, '%');
  return {
    width,
    height,
    plot: { x0: px(plot.x0), x1: px(plot.x1), y0: px(plot.y0), y1: px(plot.y1) },
    domain: [o, d1],
    n,
    bars,
    xTicks: x.ticks(Math.max(2, Math.min(6, Math.floor((plot.x1 - plot.x0) / 60)))).map((value) => ({ value, position: px(x(value)), label: fx(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: px(y(value)), label: fy(value) })),
  };
}

export interface HistogramInput {
  /** the sample, e.g. waiting times in minutes; non-finite values are ignored */
  values: ArrayLike<number>;
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** about this many bars (the bin width is the round step nearest extent ÷ binCount); default 30 */
  binCount?: number;
  /** vertical reference lines at data values (e.g. the mean and the theoretical value) */
  markers?: ReadonlyArray<{ id: string; value: number }>;
  /**
   * Cut the x axis at this quantile of the values (e.g. 0.99) so a long tail does not squash
   * the bars; values beyond the cut are counted in the last bar. Default 1: no cut.
   */
  maxQuantile?: number;
}

export interface HistogramMarker {
  id: string;
  value: number;
  x: number;
  /** false when the value lies outside the x domain (the marker is then clamped to the edge) */
  inside: boolean;
}

export interface HistogramLayout extends BinnedHistogramLayout {
  /** share of values equal to 0 (in a queue: applicants who did not wait) */
  zeroShare: number;
  maxValue: number;
  /** values beyond the x domain (counted in the last bar) */
  overflowCount: number;
  markers: HistogramMarker[];
}

/**
 * A raw sample counted into bins of a round width from min(0, smallest value) — waits start the
 * axis at 0 — up to its `maxQuantile` (values beyond in the last bin), laid out by
 * `binnedHistogramLayout`, with the markers placed on its axis. Pure.
 */
export function histogramLayout(input: HistogramInput): HistogramLayout {
  const binCount = Math.max(1, Math.round(input.binCount ?? 30));
  const finite: number[] = [];
  let zeros = 0;
  let lo = 0;
  let maxValue = 0;
  for (let i = 0; i < input.values.length; i++) {
    const v = input.values[i];
    if (!Number.isFinite(v)) continue;
    finite.push(v);
    if (v === 0) zeros++;
    if (v < lo) lo = v;
    if (finite.length === 1 || v > maxValue) maxValue = v;
  }
  const n = finite.length;
  const q = input.maxQuantile ?? 1;
  const top = n > 0 && q < 1 ? (quantile(finite, q) ?? maxValue) : maxValue;
  const span = top > lo ? top - lo : 1;
  const binWidth = tickStep(0, span, binCount);
  const origin = lo < 0 ? Math.floor(lo / binWidth) * binWidth : 0;
  // bins reach the cut (or the largest value); what lies beyond the cut is counted in the last
  const nBins = Math.max(1, Math.ceil((top - origin) / binWidth) + (q < 1 ? 0 : 1));
  const counts = new Array<number>(nBins).fill(0);
  let overflowCount = 0;
  for (const v of finite) {
    const i = Math.floor((v - origin) / binWidth);
    if (i >= nBins) overflowCount++;
    counts[Math.min(nBins - 1, i)]++;
  }
  const layout = binnedHistogramLayout({ counts, binWidth, origin, width: input.width, height: input.height, margin: input.margin, maxBars: binCount, cutShare: 1 });
  const [d0, d1] = layout.domain;
  const markers: HistogramMarker[] = (input.markers ?? [])
    .filter((m) => Number.isFinite(m.value))
    .map((m) => {
      const inside = m.value >= d0 && m.value <= d1;
      const x = layout.plot.x0 + ((Math.min(d1, Math.max(d0, m.value)) - d0) / (d1 - d0)) * (layout.plot.x1 - layout.plot.x0);
      return { id: m.id, value: m.value, x: px(x), inside };
    });
  return { ...layout, bars: n > 0 ? layout.bars : [], zeroShare: n > 0 ? zeros / n : 0, maxValue, overflowCount, markers };
}
