/**
 * Geometry of a histogram from counts already binned (the engine's fixed bins, summed over
 * replications): bins merged into at most `maxBars` bars of a round width, the axis cut where
 * `cutShare` of the counts lie (the tail counted in the last, open bar), ticks in pixels. Pure.
 */
import { scaleLinear } from 'd3-scale';
import type { Margin, Tick } from './histogramLayout';

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
  n: number;
  bars: BinnedBar[];
  xTicks: Tick[];
  yTicks: Tick[];
}

const defaultMargin: Margin = { top: 12, right: 16, bottom: 44, left: 52 };
const px = (v: number) => Math.round(v * 100) / 100;
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
  const d1 = nBars * w;
  const x = scaleLinear().domain([0, d1]).range([plot.x0, plot.x1]);
  const maxShare = n > 0 ? Math.max(...sums) / n : 0;
  const y = scaleLinear().domain([0, maxShare > 0 ? maxShare : 1]).range([plot.y0, plot.y1]).nice(5);
  const bars: BinnedBar[] = sums.map((count, k) => {
    const share = n > 0 ? count / n : 0;
    const left = x(k * w);
    const right = x((k + 1) * w);
    return {
      x0: k * w,
      x1: (k + 1) * w,
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
    n,
    bars,
    xTicks: x.ticks(Math.max(2, Math.min(6, Math.floor((plot.x1 - plot.x0) / 60)))).map((value) => ({ value, position: px(x(value)), label: fx(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: px(y(value)), label: fy(value) })),
  };
}
