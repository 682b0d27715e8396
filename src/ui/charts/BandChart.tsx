/**
 * A mean line with its 95% CI band, as thin SVG over `bandLayout` (all geometry is computed
 * there): a KPI against a swept lever (Research) or a yearly series with event markers (Evolution).
 */
import { useId, useMemo } from 'react';
import { GridLines, XAxis } from './Axis';
import { bandLayout, type BandPoint } from './bandLayout';
import { timeSeriesLayout } from './timeSeriesLayout';
import { ChartDataTable } from './ChartDataTable';
import { formatNumber } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';

export interface BandChartProps {
  points: readonly BandPoint[];
  title: string;
  /** accessible description with the numbers */
  ariaLabel: string;
  /** the x axis's name, under it (sweeps) */
  xLabel?: string;
  /** x ticks: round numbers, or years */
  xTicks?: 'numeric' | 'years';
  /** x positions of events, drawn as dashed vertical lines */
  markers?: readonly number[];
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  width?: number;
  height?: number;
  className?: string;
  testId?: string;
  /** show the points as a data table under the chart (when no table of the same numbers is beside it) */
  dataTable?: boolean;
}

export function BandChart({ points, title, ariaLabel, xLabel, xTicks = 'numeric', markers, formatX, formatY, width = 380, height = 220, className, testId, dataTable = false }: BandChartProps) {
  const titleId = useId();
  const years = xTicks === 'years';
  const layout = useMemo(
    () => (years ? timeSeriesLayout({ points, width, height, markers, formatY }) : bandLayout({ points, width, height, markers, formatX, formatY })),
    [years, points, width, height, markers, formatX, formatY],
  );
  const { plot } = layout;
  const t = useT();
  const { locale } = useLocale();
  const fy = formatY ?? ((v: number) => formatNumber(locale, v, 2));
  const fx = years ? String : (formatX ?? ((v: number) => formatNumber(locale, v, 2)));
  const table = {
    columns: [xLabel ?? (years ? t('a11y.year') : ''), t('kpi.col.mean'), t('kpi.col.ci')],
    rows: points.map((p) => [fx(p.x), fy(p.mean), `[${fy(p.lo)}, ${fy(p.hi)}]`]),
  };
  return (
    <figure className={className ? `ts-chart ${className}` : 'ts-chart'} data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${xLabel ? height + 14 : height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
        <GridLines className="ts-grid" x0={plot.x0} x1={plot.x1} ticks={layout.yTicks} />
        {layout.markers.length > 0 && (
          <g className="ts-markers" aria-hidden="true">
            {layout.markers.map((m) => (
              <line key={m.x} x1={m.position} x2={m.position} y1={plot.y1} y2={plot.y0} />
            ))}
          </g>
        )}
        <path className="ts-band" d={layout.band} data-testid="ci-band" />
        <path className="ts-line" d={layout.line} />
        <g className="ts-points">
          {layout.points.map((p) => (
            <circle key={p.x} cx={p.cx} cy={p.cy} r={years ? 2.5 : 3} data-x={p.x} />
          ))}
        </g>
        <XAxis className="ts-axis" x0={plot.x0} x1={plot.x1} y={plot.y0} ticks={layout.xTicks}>
          {layout.yTicks.map((t) => (
            <text key={t.value} x={plot.x0 - 6} y={t.position + 4} textAnchor="end">
              {t.label}
            </text>
          ))}
          {xLabel && (
            <text x={(plot.x0 + plot.x1) / 2} y={height + 10} textAnchor="middle" className="sweep-xlabel">
              {xLabel}
            </text>
          )}
        </XAxis>
      </svg>
      {dataTable && <ChartDataTable caption={title} table={table} />}
    </figure>
  );
}
