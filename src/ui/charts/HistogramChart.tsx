/** A histogram as thin SVG over `histogramLayout` (all geometry is computed there). */
import { useId, useMemo } from 'react';
import { histogramLayout } from './histogramLayout';
import { ChartDataTable } from './ChartDataTable';
import { formatNumber, formatPercent } from '../i18n/format';
import { useLocale } from '../i18n/I18nProvider';

export interface HistogramMarkerSpec {
  id: string;
  value: number;
  label: string;
}

export interface HistogramChartProps {
  values: ArrayLike<number>;
  /** accessible name: what the chart shows, with the numbers a screen reader needs */
  ariaLabel: string;
  title: string;
  xLabel: string;
  yLabel: string;
  markers?: ReadonlyArray<HistogramMarkerSpec>;
  width?: number;
  height?: number;
  binCount?: number;
  /** cut the x axis at this quantile; the tail goes into the last bar (see histogramLayout) */
  maxQuantile?: number;
  /** a note under the chart when values were cut, given the cut and the share beyond it */
  overflowNote?: (cut: number, share: number) => string;
}

export function HistogramChart({ values, ariaLabel, title, xLabel, yLabel, markers = [], width = 720, height = 300, binCount = 30, maxQuantile, overflowNote }: HistogramChartProps) {
  const titleId = useId();
  const layout = useMemo(
    () => histogramLayout({ values, width, height, binCount, maxQuantile, markers: markers.map(({ id, value }) => ({ id, value })) }),
    [values, width, height, binCount, maxQuantile, markers],
  );
  const { plot } = layout;
  const { locale } = useLocale();
  const bound = (v: number) => formatNumber(locale, v, Number.isInteger(v) ? 0 : 1);
  const table = {
    columns: [xLabel, yLabel],
    rows: layout.bars.map((b) => [`${bound(b.x0)}–${bound(b.x1)}`, formatPercent(locale, b.share, 1)]),
  };

  return (
    <div className="histogram-wrap">
    <svg className="histogram" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} data-testid="histogram">
      <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
      <g className="histogram-grid" aria-hidden="true">
        {layout.yTicks.map((t) => (
          <line key={t.value} x1={plot.x0} x2={plot.x1} y1={t.position} y2={t.position} />
        ))}
      </g>
      <g className="histogram-bars" aria-hidden="true">
        {layout.bars.map((b) => (
          <rect key={b.x0} className="histogram-bar" x={b.x} y={b.y} width={b.width} height={b.height} data-count={b.count} />
        ))}
      </g>
      <g className="histogram-axis histogram-axis-x" aria-hidden="true">
        <line x1={plot.x0} x2={plot.x1} y1={plot.y0} y2={plot.y0} />
        {layout.xTicks.map((t) => (
          <g key={t.value} transform={`translate(${t.position},${plot.y0})`}>
            <line y2={5} />
            <text y={18} textAnchor="middle">{t.label}</text>
          </g>
        ))}
        <text className="histogram-axis-label" x={(plot.x0 + plot.x1) / 2} y={height - 6} textAnchor="middle">{xLabel}</text>
      </g>
      <g className="histogram-axis histogram-axis-y" aria-hidden="true">
        {layout.yTicks.map((t) => (
          <text key={t.value} x={plot.x0 - 8} y={t.position} dy="0.32em" textAnchor="end">{t.label}</text>
        ))}
        <text className="histogram-axis-label" transform={`translate(14,${(plot.y0 + plot.y1) / 2}) rotate(-90)`} textAnchor="middle">{yLabel}</text>
      </g>
      <g className="histogram-markers" aria-hidden="true">
        {layout.markers.map((m) => (
          <line key={m.id} className={`histogram-marker histogram-marker-${m.id}`} x1={m.x} x2={m.x} y1={plot.y0} y2={plot.y1} />
        ))}
      </g>
    </svg>
    <ChartDataTable caption={title} table={table} />
    {overflowNote && layout.overflowCount > 0 && <p className="chart-note">{overflowNote(layout.domain[1], layout.overflowCount / layout.n)}</p>}
    {markers.length > 0 && (
      <ul className="chart-legend" aria-hidden="true">
        {markers.map((m) => (
          <li key={m.id}>
            <span className={`chart-legend-swatch histogram-marker-${m.id}`} />
            {m.label}
          </li>
        ))}
      </ul>
    )}
    </div>
  );
}
