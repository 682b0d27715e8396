/** A KPI against a swept lever, with its 95% CI band: thin SVG over `sweepLayout`. */
import { useId, useMemo } from 'react';
import { sweepLayout, type SweepPoint } from './sweepLayout';

export interface SweepChartProps {
  points: readonly SweepPoint[];
  title: string;
  xLabel: string;
  ariaLabel: string;
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  width?: number;
  height?: number;
  testId?: string;
}

export function SweepChart({ points, title, xLabel, ariaLabel, formatX, formatY, width = 380, height = 220, testId }: SweepChartProps) {
  const titleId = useId();
  const layout = useMemo(() => sweepLayout({ points, width, height, formatX, formatY }), [points, width, height, formatX, formatY]);
  const { plot } = layout;
  return (
    <figure className="ts-chart sweep-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 14}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
        <g className="ts-grid" aria-hidden="true">
          {layout.yTicks.map((t) => (
            <line key={t.value} x1={plot.x0} x2={plot.x1} y1={t.position} y2={t.position} />
          ))}
        </g>
        <path className="ts-band" d={layout.band} data-testid="ci-band" />
        <path className="ts-line" d={layout.line} />
        <g className="ts-points">
          {layout.points.map((p) => (
            <circle key={p.x} cx={p.cx} cy={p.cy} r={3} data-x={p.x} />
          ))}
        </g>
        <g className="ts-axis" aria-hidden="true">
          <line x1={plot.x0} x2={plot.x1} y1={plot.y0} y2={plot.y0} />
          {layout.xTicks.map((t) => (
            <text key={t.value} x={t.position} y={plot.y0 + 16} textAnchor="middle">
              {t.label}
            </text>
          ))}
          {layout.yTicks.map((t) => (
            <text key={t.value} x={plot.x0 - 6} y={t.position + 4} textAnchor="end">
              {t.label}
            </text>
          ))}
          <text x={(plot.x0 + plot.x1) / 2} y={height + 10} textAnchor="middle" className="sweep-xlabel">
            {xLabel}
          </text>
        </g>
      </svg>
    </figure>
  );
}
