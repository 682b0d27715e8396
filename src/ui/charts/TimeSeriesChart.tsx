/** A yearly series with its 95% CI band as thin SVG over `timeSeriesLayout` (all geometry is computed there). */
import { useId, useMemo } from 'react';
import { timeSeriesLayout, type SeriesPoint } from './timeSeriesLayout';

export interface TimeSeriesChartProps {
  points: readonly SeriesPoint[];
  title: string;
  /** accessible description with the numbers */
  ariaLabel: string;
  markers?: readonly number[];
  formatY?: (v: number) => string;
  width?: number;
  height?: number;
  testId?: string;
}

export function TimeSeriesChart({ points, title, ariaLabel, markers, formatY, width = 360, height = 200, testId }: TimeSeriesChartProps) {
  const titleId = useId();
  const layout = useMemo(() => timeSeriesLayout({ points, width, height, markers, formatY }), [points, width, height, markers, formatY]);
  const { plot } = layout;
  return (
    <figure className="ts-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
        <g className="ts-grid" aria-hidden="true">
          {layout.yTicks.map((t) => (
            <line key={t.value} x1={plot.x0} x2={plot.x1} y1={t.position} y2={t.position} />
          ))}
        </g>
        <g className="ts-markers" aria-hidden="true">
          {layout.markers.map((m) => (
            <line key={m.x} x1={m.position} x2={m.position} y1={plot.y1} y2={plot.y0} />
          ))}
        </g>
        <path className="ts-band" d={layout.band} data-testid="ci-band" />
        <path className="ts-line" d={layout.line} />
        <g className="ts-points">
          {layout.points.map((p) => (
            <circle key={p.x} cx={p.cx} cy={p.cy} r={2.5} data-year={p.x} />
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
        </g>
      </svg>
    </figure>
  );
}
