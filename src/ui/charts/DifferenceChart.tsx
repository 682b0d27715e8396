/** Paired differences b − a as a forest plot with CI whiskers: thin SVG over `differenceLayout`. */
import { useId, useMemo } from 'react';
import { XAxis } from './Axis';
import { differenceLayout, type DifferenceInput } from './differenceLayout';
import type { Verdict } from '../../domain/significance';
import { useT } from '../i18n/I18nProvider';

/** The legend's order of verdicts. */
const VERDICTS: readonly Verdict[] = ['better', 'worse', 'changed', 'negligible', 'none'];

/**
 * The point of a difference, shaped by its verdict so the meaning never rests on colour alone:
 * better ● (filled circle), worse ◆ (diamond), changed ▲ (triangle), otherwise ○ (hollow; CSS).
 */
function DiffMark({ verdict, cx, cy }: { verdict: string; cx: number; cy: number }) {
  if (verdict === 'worse') return <path className="diff-mark" d={`M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}L${cx - 5},${cy}Z`} />;
  if (verdict === 'changed') return <path className="diff-mark" d={`M${cx},${cy - 5}L${cx + 4.5},${cy + 3.5}L${cx - 4.5},${cy + 3.5}Z`} />;
  return <circle className="diff-mark" cx={cx} cy={cy} r={verdict === 'better' ? 4 : 3.5} />;
}

export interface DifferenceChartProps {
  rows: readonly DifferenceInput[];
  title: string;
  /** accessible description with the numbers */
  ariaLabel: string;
  width?: number;
  testId?: string;
}

export function DifferenceChart({ rows, title, ariaLabel, width = 680, testId }: DifferenceChartProps) {
  const t = useT();
  const titleId = useId();
  const layout = useMemo(() => differenceLayout({ rows, width }), [rows, width]);
  const { plot } = layout;
  return (
    <figure className="diff-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${layout.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${title}. ${ariaLabel}`}</title>
        <g className="diff-grid" aria-hidden="true">
          {layout.ticks.map((t) => (
            <line key={t.value} x1={t.position} x2={t.position} y1={plot.y0} y2={plot.y1} />
          ))}
        </g>
        <line className="diff-zero" x1={layout.zeroX} x2={layout.zeroX} y1={plot.y0} y2={plot.y1} />
        {layout.rows.map((r) => (
          <g key={r.id} className={`diff-row diff-${r.verdict}`} data-kpi={r.id} data-verdict={r.verdict}>
            <text x={plot.x0 - 8} y={r.y + 4} textAnchor="end">
              <title>{r.title}</title>
              {r.label}
            </text>
            <line className="diff-whisker" x1={r.x0} x2={r.x1} y1={r.y} y2={r.y} />
            <line className="diff-cap" x1={r.x0} x2={r.x0} y1={r.y - 4} y2={r.y + 4} />
            <line className="diff-cap" x1={r.x1} x2={r.x1} y1={r.y - 4} y2={r.y + 4} />
            <DiffMark verdict={r.verdict} cx={r.cx} cy={r.y} />
          </g>
        ))}
        <XAxis className="diff-axis" x0={plot.x0} x1={plot.x1} y={plot.y1} ticks={layout.ticks} />
      </svg>
      <ul className="diff-legend">
        {VERDICTS.filter((v) => layout.rows.some((r) => r.verdict === v)).map((v) => (
          <li key={v} className={`diff-${v}`}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <DiffMark verdict={v} cx={6} cy={6} />
            </svg>
            {t(`compare.verdict.${v}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
