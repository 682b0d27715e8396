/**
 * Geometry of a value by opening hour with its 95% CI (bars and whiskers), e.g. the mean queue
 * length in each hour of the day. Pure.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Margin, Tick } from './histogramLayout';

export interface HourlyPoint {
  mean: number;
  ci95: readonly [number, number];
}

export interface HourlyInput {
  points: readonly HourlyPoint[];
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** label of hour index h (0-based), e.g. "1" … "8" */
  hourLabel?: (h: number) => string;
  formatY?: (v: number) => string;
}

export interface HourlyBar {
  hour: number;
  mean: number;
  ci95: readonly [number, number];
  x: number;
  y: number;
  width: number;
  height: number;
  /** whisker: centre x and the y of the CI's ends */
  cx: number;
  yLow: number;
  yHigh: number;
}

export interface HourlyLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  bars: HourlyBar[];
  xTicks: Tick[];
  yTicks: Tick[];
}

const defaultMargin: Margin = { top: 12, right: 12, bottom: 44, left: 48 };
const px = (v: number) => Math.round(v * 100) / 100;

/** Lays out one bar per hour, the y axis from 0 to the highest upper CI bound; pure. */
export function hourlyLayout(input: HourlyInput): HourlyLayout {
  const { points, width, height } = input;
  const margin: Margin = { ...defaultMargin, ...input.margin };
  const plot = { x0: margin.left, x1: Math.max(margin.left + 1, width - margin.right), y0: Math.max(margin.top + 1, height - margin.bottom), y1: margin.top };
  const label = input.hourLabel ?? ((h: number) => String(h + 1));
  const x = scaleBand<number>().domain(points.map((_, h) => h)).range([plot.x0, plot.x1]).paddingInner(0.2).paddingOuter(0.1);
  const top = points.reduce((m, p) => Math.max(m, Number.isFinite(p.ci95[1]) ? p.ci95[1] : 0, Number.isFinite(p.mean) ? p.mean : 0), 0);
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).range([plot.y0, plot.y1]).nice(5);
  const bars: HourlyBar[] = points.map((p, h) => {
    const left = x(h) ?? plot.x0;
    const m = Number.isFinite(p.mean) ? Math.max(0, p.mean) : 0;
    return {
      hour: h,
      mean: p.mean,
      ci95: p.ci95,
      x: px(left),
      y: px(y(m)),
      width: px(x.bandwidth()),
      height: px(y(0) - y(m)),
      cx: px(left + x.bandwidth() / 2),
      yLow: px(y(Math.max(0, p.ci95[0]))),
      yHigh: px(y(Math.max(0, p.ci95[1]))),
    };
  });
  const fy = input.formatY ?? y.tickFormat(5);
  return {
    width,
    height,
    plot: { x0: px(plot.x0), x1: px(plot.x1), y0: px(plot.y0), y1: px(plot.y1) },
    bars,
    xTicks: bars.map((b) => ({ value: b.hour, position: b.cx, label: label(b.hour) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: px(y(value)), label: fy(value) })),
  };
}
