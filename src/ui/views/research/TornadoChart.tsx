/** One-at-a-time sensitivity as a tornado chart: thin SVG over `tornadoLayout`, a tooltip on every bar, a legend, and the x axis in the KPI's unit. */
import { useId, useMemo } from 'react';
import { XAxis } from '../../charts/Axis';
import { tornadoLayout, type TornadoInput } from './tornadoLayout';
import { useWidth } from '../../charts/useWidth';

export interface TornadoChartProps {
  rows: readonly TornadoInput[];
  title: string;
  /** the x axis's name with its unit */
  xLabel: string;
  /** legend texts for the low and high bars */
  lowLabel: string;
  highLabel: string;
  formatTick: (v: number) => string;
  /** a bar's tooltip */
  barTitle: (row: TornadoInput, side: 'low' | 'high') => string;
  ariaLabel: string;
  testId?: string;
}

export function TornadoChart({ rows, title, xLabel, lowLabel, highLabel, formatTick, barTitle, ariaLabel, testId }: TornadoChartProps) {
  const titleId = useId();
  const [ref, width] = useWidth<HTMLElement>(680);
  const layout = useMemo(() => tornadoLayout({ rows, width, formatTick }), [rows, width, formatTick]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const { plot } = layout;
  const height = layout.height + 16;
  return (
    <figure className="research-chart tornado-chart" data-testid={testId} ref={ref}>
      <figcaption>{title}</figcaption>
      <ul className="chart-legend">
        <li>
          <span className="chart-legend-swatch tornado-low" aria-hidden="true" /> {lowLabel}
        </li>
        <li>
          <span className="chart-legend-swatch tornado-high" aria-hidden="true" /> {highLabel}
        </li>
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
        <g className="diff-grid" aria-hidden="true">
          {layout.ticks.map((t) => (
            <line key={t.value} x1={t.position} x2={t.position} y1={plot.y0} y2={plot.y1} />
          ))}
        </g>
        {layout.rows.map((r) => (
          <g key={r.id} className="tornado-row" data-param={r.id}>
            <text x={plot.x0 - 6} y={r.y + r.barHeight + 3} textAnchor="end" className="tornado-label">
              <title>{r.title}</title>
              {r.label}
            </text>
            {r.bars.map((b, i) => (
              <g key={b.side} className={`tornado-bar tornado-${b.side}`}>
                <title>{barTitle(byId.get(r.id)!, b.side)}</title>
                <rect x={b.x0} y={r.y + i * r.barHeight} width={Math.max(1, b.x1 - b.x0)} height={r.barHeight - 1} />
                <line className="tornado-whisker" x1={b.w0} x2={b.w1} y1={r.y + i * r.barHeight + r.barHeight / 2} y2={r.y + i * r.barHeight + r.barHeight / 2} />
              </g>
            ))}
          </g>
        ))}
        <line className="diff-zero" x1={layout.zeroX} x2={layout.zeroX} y1={plot.y0} y2={plot.y1} />
        <XAxis className="diff-axis" x0={plot.x0} x1={plot.x1} y={plot.y1} ticks={layout.ticks}>
          <text x={(plot.x0 + plot.x1) / 2} y={plot.y1 + 32} textAnchor="middle" className="sweep-xlabel">
            {xLabel}
          </text>
        </XAxis>
      </svg>
    </figure>
  );
}
