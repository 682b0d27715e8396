/** Axis pieces the SVG charts share: a horizontal axis with tick labels, y tick labels, grid lines. Thin: positions come from the layouts. */
import type { ReactNode } from 'react';

export interface AxisTick {
  value: number;
  position: number;
  label: string;
}

/** A horizontal axis line from x0 to x1 at y, each tick's label 16px below it. */
export function XAxis({ x0, x1, y, ticks, className, children }: { x0: number; x1: number; y: number; ticks: readonly AxisTick[]; className: string; children?: ReactNode }) {
  return (
    <g className={className} aria-hidden="true">
      <line x1={x0} x2={x1} y1={y} y2={y} />
      {ticks.map((t) => (
        <text key={t.value} x={t.position} y={y + 16} textAnchor="middle">
          {t.label}
        </text>
      ))}
      {children}
    </g>
  );
}

/** Horizontal grid lines across [x0, x1] at each tick. */
export function GridLines({ x0, x1, ticks, className }: { x0: number; x1: number; ticks: readonly AxisTick[]; className: string }) {
  return (
    <g className={className} aria-hidden="true">
      {ticks.map((t) => (
        <line key={t.value} x1={x0} x2={x1} y1={t.position} y2={t.position} />
      ))}
    </g>
  );
}
