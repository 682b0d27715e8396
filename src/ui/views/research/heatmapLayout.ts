/**
 * Geometry of a 2-D sweep's heat map: one cell per (x value, y value) coloured by a KPI's mean on
 * a sequential scale, oriented so that darker is worse (the KPI's better direction decides), with
 * a legend of the colour ramp. Pure (no DOM), unit-tested; `HeatmapChart.tsx` maps it to SVG.
 */
import { scaleBand } from 'd3-scale';
import { MISSING, sequential, textOn } from '../../charts/palette';

export interface HeatmapCell {
  x: number;
  y: number;
  value: number;
}

export interface HeatmapLayoutInput {
  xs: readonly number[];
  ys: readonly number[];
  cells: readonly HeatmapCell[];
  width: number;
  /** 'lower' when a lower value is better (waits), 'higher' when higher is (on-time rate) */
  better: 'lower' | 'higher';
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  formatValue?: (v: number) => string;
}

export interface HeatmapRect {
  x: number;
  y: number;
  value: number;
  left: number;
  top: number;
  width: number;
  height: number;
  fill: string;
  /** the value printed in the cell, and its colour for contrast */
  label: string;
  ink: 'dark' | 'light';
}

export interface HeatmapLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  rects: HeatmapRect[];
  xTicks: { value: number; position: number; label: string }[];
  yTicks: { value: number; position: number; label: string }[];
  /** the legend ramp: stops from the best to the worst value */
  legend: { x0: number; x1: number; y: number; stops: { offset: number; color: string }[]; min: string; max: string };
}

/** Lay out the cells (rows: y from top to bottom in the given order; columns: x). Pure. */
export function heatmapLayout(input: HeatmapLayoutInput): HeatmapLayout {
  const fx = input.formatX ?? String;
  const fy = input.formatY ?? String;
  const fv = input.formatValue ?? ((v: number) => String(+v.toPrecision(3)));
  const left = input.width < 500 ? 48 : 64;
  const cellH = 30;
  const top = 8;
  const plot = { x0: left, x1: input.width - 8, y0: top, y1: top + input.ys.length * cellH };
  const bx = scaleBand<number>().domain([...input.xs]).range([plot.x0, plot.x1]).padding(0.04);
  const by = scaleBand<number>().domain([...input.ys]).range([plot.y0, plot.y1]).padding(0.06);
  const values = input.cells.map((c) => c.value).filter(Number.isFinite);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  // t = 0 best, 1 worst
  const worst = (v: number) => (hi === lo ? 0.5 : input.better === 'lower' ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo));
  // viridis from the one palette: the best cell bright, the worst dark (readable in grey too)
  const color = (worstness: number) => sequential(1 - worstness);
  const rects: HeatmapRect[] = input.cells
    .filter((c) => bx(c.x) !== undefined && by(c.y) !== undefined)
    .map((c) => {
      const t = Number.isFinite(c.value) ? worst(c.value) : 1;
      return {
        x: c.x,
        y: c.y,
        value: c.value,
        left: bx(c.x) as number,
        top: by(c.y) as number,
        width: bx.bandwidth(),
        height: by.bandwidth(),
        fill: Number.isFinite(c.value) ? color(t) : MISSING,
        label: Number.isFinite(c.value) ? fv(c.value) : '—',
        ink: Number.isFinite(c.value) && textOn(1 - t) === '#ffffff' ? 'light' : 'dark',
      };
    });
  const legendY = plot.y1 + 40;
  const stops = [0, 0.25, 0.5, 0.75, 1].map((offset) => ({ offset, color: color(offset) }));
  return {
    width: input.width,
    height: legendY + 26,
    plot,
    rects,
    xTicks: input.xs.map((v) => ({ value: v, position: (bx(v) as number) + bx.bandwidth() / 2, label: fx(v) })),
    yTicks: input.ys.map((v) => ({ value: v, position: (by(v) as number) + by.bandwidth() / 2, label: fy(v) })),
    legend: { x0: plot.x0, x1: Math.min(plot.x1, plot.x0 + 220), y: legendY, stops, min: fv(input.better === 'lower' ? lo : hi), max: fv(input.better === 'lower' ? hi : lo) },
  };
}
