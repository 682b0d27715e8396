/** A 2-D sweep as a heat map: thin SVG over `heatmapLayout`, a tooltip and the value in every cell, both axes named with units, a colour legend. */
import { useId, useMemo } from 'react';
import { heatmapLayout, type HeatmapLayoutInput } from './heatmapLayout';
import { useWidth } from '../../charts/useWidth';

export interface HeatmapChartProps extends Omit<HeatmapLayoutInput, 'width'> {
  title: string;
  xLabel: string;
  yLabel: string;
  /** legend: what the colours mean */
  legendLabel: string;
  cellTitle: (x: number, y: number, value: number) => string;
  ariaLabel: string;
  testId?: string;
}

export function HeatmapChart({ title, xLabel, yLabel, legendLabel, cellTitle, ariaLabel, testId, ...input }: HeatmapChartProps) {
  const titleId = useId();
  const gradId = useId();
  const [ref, width] = useWidth<HTMLElement>(600);
  const layout = useMemo(() => heatmapLayout({ ...input, width }), [input, width]);
  const { plot, legend } = layout;
  return (
    <figure className="research-chart heatmap-chart" data-testid={testId} ref={ref}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${layout.height}`} width={width} height={layout.height} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
        <defs>
          <linearGradient id={gradId}>
            {legend.stops.map((s) => (
              <stop key={s.offset} offset={s.offset} stopColor={s.color} />
            ))}
          </linearGradient>
        </defs>
        {layout.rects.map((r) => (
          <g key={`${r.x}:${r.y}`} className="heatmap-cell" data-x={r.x} data-y={r.y}>
            <title>{cellTitle(r.x, r.y, r.value)}</title>
            <rect x={r.left} y={r.top} width={r.width} height={r.height} fill={r.fill} />
            <text x={r.left + r.width / 2} y={r.top + r.height / 2 + 4} textAnchor="middle" className={`heatmap-value heatmap-ink-${r.ink}`}>
              {r.label}
            </text>
          </g>
        ))}
        <g className="diff-axis" aria-hidden="true">
          {layout.xTicks.map((t) => (
            <text key={t.value} x={t.position} y={plot.y1 + 14} textAnchor="middle">
              {t.label}
            </text>
          ))}
          {layout.yTicks.map((t) => (
            <text key={t.value} x={plot.x0 - 4} y={t.position + 4} textAnchor="end">
              {t.label}
            </text>
          ))}
          <text x={(plot.x0 + plot.x1) / 2} y={plot.y1 + 28} textAnchor="middle" className="sweep-xlabel">
            {xLabel}
          </text>
        </g>
        <g className="heatmap-legend" aria-hidden="true">
          <rect x={legend.x0} y={legend.y - 8} width={legend.x1 - legend.x0} height={8} fill={`url(#${gradId})`} />
          <text x={legend.x0} y={legend.y + 12} textAnchor="start">
            {legend.min}
          </text>
          <text x={legend.x1} y={legend.y + 12} textAnchor="end">
            {legend.max}
          </text>
        </g>
      </svg>
      <p className="form-hint heatmap-caption">
        {yLabel} ↓ · {xLabel} → · {legendLabel}
      </p>
    </figure>
  );
}
