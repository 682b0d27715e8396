/**
 * The frame every results chart shares: its title, legend, the SVG (laid out at the frame's own
 * width, so text stays readable on a phone), a tooltip for the point under the pointer or with
 * keyboard focus, SVG/PNG downloads, and the chart's data as a table for readers who cannot use
 * the picture. Thin: geometry comes from the *Layout.ts functions.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { downloadPng, downloadSvg } from '../export/chartImage';
import { fileStem } from '../export/summaryExport';
import { useT } from '../i18n/I18nProvider';
import { ChartDataTable, type DataTable } from './ChartDataTable';
import { useWidth } from './useWidth';

export interface LegendItem {
  label: string;
  colour: string;
  /** a line instead of a swatch (dashed when `dashed`) */
  line?: boolean;
  dashed?: boolean;
}


export interface Tip {
  text: string;
  /** anchor in the SVG's coordinates */
  x: number;
  y: number;
}

/** Hover and focus handlers for one data point: the tooltip shows `text` at (x, y). */
export type PointProps = (
  text: string,
  x: number,
  y: number,
) => {
  tabIndex: number;
  role: 'img';
  'aria-label': string;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onBlur: () => void;
  'data-point': true;
};

export function ChartFrame({
  id,
  title,
  legend,
  table,
  note,
  children,
}: {
  /** stable id: the test id and the downloaded file's name */
  id: string;
  title: string;
  legend?: readonly LegendItem[];
  table: DataTable;
  note?: ReactNode;
  /** the chart, given the width to lay out at and the handlers for its points */
  children: (width: number, point: PointProps) => { svg: ReactNode; width: number; height: number };
}) {
  const t = useT();
  const [measure, width] = useWidth();
  const [tip, setTip] = useState<Tip>();
  const box = useRef<HTMLDivElement | null>(null);
  const boxRef = useCallback(
    (el: HTMLDivElement | null) => {
      box.current = el;
      measure(el);
    },
    [measure],
  );
  const point: PointProps = (text, x, y) => ({
    tabIndex: 0,
    role: 'img',
    'aria-label': text,
    onMouseEnter: () => setTip({ text, x, y }),
    onMouseLeave: () => setTip(undefined),
    onFocus: () => setTip({ text, x, y }),
    onBlur: () => setTip(undefined),
    'data-point': true,
  });
  const chart = children(width, point);
  const svgOf = () => box.current?.querySelector('svg') ?? null;
  const stem = `${fileStem(id)}`;
  return (
    <figure className="chart results-chart" data-testid={`chart-${id}`}>
      <figcaption className="chart-title">{title}</figcaption>
      <div className="chart-tools no-print" role="group" aria-label={title}>
        <button type="button" className="button button-small" aria-label={t('charts.download', { title, format: 'SVG' })} onClick={() => { const s = svgOf(); if (s) downloadSvg(s, `${stem}.svg`); }}>
          {t('charts.svg')}
        </button>
        <button type="button" className="button button-small" aria-label={t('charts.download', { title, format: 'PNG' })} onClick={() => { const s = svgOf(); if (s) void downloadPng(s, `${stem}.png`); }}>
          {t('charts.png')}
        </button>
      </div>
      {legend && legend.length > 0 && (
        <ul className="chart-legend results-legend" aria-label={t('charts.legend')}>
          {legend.map((l) => (
            <li key={l.label}>
              <svg width="18" height="12" aria-hidden="true" focusable="false">
                {l.line ? <line x1="0" x2="18" y1="6" y2="6" stroke={l.colour} strokeWidth="2" strokeDasharray={l.dashed ? '4 2' : undefined} /> : <rect width="18" height="12" fill={l.colour} />}
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <div className="chart-box" ref={boxRef}>
        {chart.svg}
        {tip && (
          <div
            className={`chart-tooltip chart-tooltip-${tip.x < chart.width * 0.3 ? 'start' : tip.x > chart.width * 0.7 ? 'end' : 'middle'}`}
            role="tooltip"
            data-testid="chart-tooltip"
            style={{ left: `${(100 * tip.x) / chart.width}%`, top: `${(100 * Math.max(tip.y, 40)) / chart.height}%` }}
          >
            {tip.text}
          </div>
        )}
      </div>
      {note && <p className="chart-note">{note}</p>}
      <ChartDataTable caption={title} table={table} />
    </figure>
  );
}
