/**
 * Geometry of the five-models chart: one small panel per KPI, one row per model (the baseline
 * first), the mean as a dot and its 95% CI as a whisker on a linear axis from 0 (or the lowest
 * interval end, when a KPI can be negative) to the highest interval end. Pure (no DOM), unit-tested;
 * ModelsSideBySide.tsx maps it to SVG.
 */
import { scaleLinear } from 'd3-scale';

export interface ModelsEstimate {
  mean: number;
  lo: number;
  hi: number;
}

export interface ModelsPanelInput {
  kpi: string;
  label: string;
  /** per row id; a missing estimate leaves the row empty */
  estimates: Readonly<Record<string, ModelsEstimate | undefined>>;
}

export interface ModelsPoint {
  row: string;
  y: number;
  x: number;
  x0: number;
  x1: number;
  estimate: ModelsEstimate;
}

export interface ModelsPanel {
  kpi: string;
  label: string;
  width: number;
  height: number;
  /** the plot area's left edge (row labels sit left of it) and right edge */
  plotLeft: number;
  plotRight: number;
  ticks: Array<{ x: number; value: number }>;
  rows: Array<{ id: string; y: number }>;
  points: ModelsPoint[];
  axisY: number;
}

/** The panels of the chart; pure. */
export function modelsChartLayout(input: { rows: readonly string[]; panels: readonly ModelsPanelInput[]; width: number; labelWidth: number; rowHeight?: number; top?: number }): ModelsPanel[] {
  const rowHeight = input.rowHeight ?? 26;
  const top = input.top ?? 8;
  const plotLeft = input.labelWidth;
  const plotRight = input.width - 26;
  const axisY = top + input.rows.length * rowHeight + 4;
  return input.panels.map((p) => {
    const values = Object.values(p.estimates).filter((e): e is ModelsEstimate => !!e && Number.isFinite(e.mean));
    const lo = Math.min(0, ...values.map((e) => e.lo));
    const hi = Math.max(...values.map((e) => e.hi), lo + 1e-9);
    const x = scaleLinear().domain([lo, hi]).nice(4).range([plotLeft, plotRight]);
    const rows = input.rows.map((id, i) => ({ id, y: top + i * rowHeight + rowHeight / 2 }));
    return {
      kpi: p.kpi,
      label: p.label,
      width: input.width,
      height: axisY + 22,
      plotLeft,
      plotRight,
      axisY,
      rows,
      ticks: x.ticks(4).map((value) => ({ x: x(value), value })),
      points: rows.flatMap((r) => {
        const e = p.estimates[r.id];
        return e && Number.isFinite(e.mean) ? [{ row: r.id, y: r.y, x: x(e.mean), x0: x(e.lo), x1: x(e.hi), estimate: e }] : [];
      }),
    };
  });
}
