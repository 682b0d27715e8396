/**
 * Geometry of a heat map: rows (window groups and back offices) × columns (opening hours), each
 * cell coloured by its value on the viridis ramp over [0, 1] (utilisation), plus the legend's
 * gradient stops. Pure.
 */
import { sequential, textOn } from './palette';
import type { Tick } from './histogramLayout';

export interface HeatmapRow {
  id: string;
  label: string;
  values: readonly number[];
}

export interface HeatmapInput {
  rows: readonly HeatmapRow[];
  width: number;
  /** height of one row in pixels (default 22) */
  rowHeight?: number;
  /** room for the row labels on the left (default 140) */
  labelWidth?: number;
  columnLabel?: (c: number) => string;
}

export interface HeatmapCell {
  row: number;
  column: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** text colour readable on the fill */
  ink: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  cells: HeatmapCell[];
  rowLabels: Array<{ id: string; label: string; y: number }>;
  xTicks: Tick[];
  /** legend: gradient stops (offset 0–1 → colour) and its ticks over the legend's width */
  legend: { x: number; y: number; width: number; stops: Array<{ offset: number; colour: string }>; ticks: Tick[] };
}

const px = (v: number) => Math.round(v * 100) / 100;

/** Lays out the cells row by row; values are clamped into [0, 1] for colour only; pure. */
export function heatmapLayout(input: HeatmapInput): HeatmapLayout {
  const { rows, width } = input;
  const rowHeight = input.rowHeight ?? 22;
  const labelWidth = input.labelWidth ?? 140;
  const columns = rows.reduce((m, r) => Math.max(m, r.values.length), 0);
  const top = 8;
  const plot = { x0: labelWidth, x1: Math.max(labelWidth + columns, width - 8), y0: top + rows.length * rowHeight, y1: top };
  const cw = columns > 0 ? (plot.x1 - plot.x0) / columns : 0;
  const cells: HeatmapCell[] = [];
  rows.forEach((r, i) =>
    r.values.forEach((value, c) => {
      const t = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
      cells.push({ row: i, column: c, value, x: px(plot.x0 + c * cw), y: px(top + i * rowHeight), width: px(Math.max(0, cw - 1)), height: rowHeight - 1, fill: sequential(t), ink: textOn(t) });
    }),
  );
  const label = input.columnLabel ?? ((c: number) => String(c + 1));
  const legendY = plot.y0 + 56;
  const legendWidth = Math.min(240, plot.x1 - plot.x0);
  const stops = Array.from({ length: 11 }, (_, k) => ({ offset: k / 10, colour: sequential(k / 10) }));
  return {
    width,
    height: legendY + 30,
    plot: { x0: px(plot.x0), x1: px(plot.x1), y0: px(plot.y0), y1: px(plot.y1) },
    cells,
    rowLabels: rows.map((r, i) => ({ id: r.id, label: r.label, y: px(top + i * rowHeight + rowHeight / 2) })),
    xTicks: Array.from({ length: columns }, (_, c) => ({ value: c, position: px(plot.x0 + (c + 0.5) * cw), label: label(c) })),
    legend: {
      x: plot.x0,
      y: legendY,
      width: legendWidth,
      stops,
      ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, position: px(plot.x0 + v * legendWidth), label: `${Math.round(v * 100)}%` })),
    },
  };
}
