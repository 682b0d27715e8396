/**
 * A table of replicated KPIs: mean, 95% confidence interval and, where a formula exists, the
 * theoretical value and whether it lies inside the interval. Reused by every view that shows
 * KPIs (one row per KPI; labels and formatting come from the caller).
 */
import { isConfigurationKpi } from '../../domain/kpis';
import { tooFewReplications } from '../../domain/precision';
import { judgeDifference } from '../../domain/significance';
import type { PairedDifferences } from '../../client/simPool';
import type { Estimate, RunSummary } from '../../engine/types';
import { formatNumber } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { inPercentagePoints, PERCENTAGE_POINTS } from '../kpis/kpiFormat';
import { TableScroll } from './TableScroll';

export interface KpiRow {
  /** stable KPI name, e.g. `meanWaitMinutes` (used as data-kpi for tests) */
  id: string;
  label: string;
  estimate: Estimate;
  /** unit shown once, beside the label (e.g. "min"); values are shown without it */
  unit?: string;
  /** formats a value of this KPI (e.g. "3.120", "90.1%") */
  format: (value: number) => string;
  /** analytic value to compare with, if any */
  theory?: number;
  /** the same KPI in the run this one is paired with (a pinned baseline, the unedited preset), if any */
  baseline?: Estimate;
  /** this run − that one, paired by replication under common random numbers, with its 95% CI (a share's shown in percentage points) */
  difference?: Estimate;
  /** the KPI applies to no case of the run (no denominator): shown as "—", not as 0 */
  notApplicable?: boolean;
}

/** A run paired with another under common random numbers: that run, and this − that per KPI. */
export interface PairedComparison {
  baseline: RunSummary;
  differences: PairedDifferences;
}

export interface KpiTableProps {
  rows: readonly KpiRow[];
  caption: string;
  /** keep the caption for screen readers only (when a heading above already names the table) */
  captionHidden?: boolean;
}

/** "+" in front of a positive difference, unless it shows as zero at the display precision. */
const signed = (text: string, value: number) => (value > 0 && /[1-9]/.test(text) && !text.startsWith('+') ? `+${text}` : text);

/** Whether `value` lies in the closed interval (a tiny relative slack absorbs rounding). */
export function insideInterval(value: number, [lo, hi]: readonly [number, number]): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi));
  return value >= lo - slack && value <= hi + slack;
}

export function KpiTable({ rows, caption, captionHidden = false }: KpiTableProps) {
  const t = useT();
  const withTheory = rows.some((r) => r.theory !== undefined && Number.isFinite(r.theory));
  const withBaseline = rows.some((r) => r.baseline !== undefined);
  return (
    <TableScroll>
      <table className={withBaseline ? 'kpi-table kpi-table-compare' : 'kpi-table'}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpi.col.name')}</th>
            <th scope="col" className="num">{t('kpi.col.mean')}</th>
            <th scope="col" className="num">{t('kpi.col.ci')}</th>
            {withTheory && <th scope="col" className="num">{t('kpi.col.theory')}</th>}
            {withTheory && <th scope="col">{t('kpi.col.agree')}</th>}
            {withBaseline && <th scope="col" className="num">{t('kpi.col.baseline')}</th>}
            {withBaseline && <th scope="col" className="num">{t('kpi.col.diff')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { mean, ci95, halfWidth, method } = row.estimate;
            const hasTheory = row.theory !== undefined && Number.isFinite(row.theory);
            const agrees = hasTheory && insideInterval(row.theory!, ci95);
            // configuration (staff, windows, the integration index, configured shares) is an input: a value, no CI
            const configured = isConfigurationKpi(row.id);
            const imprecise = !configured && !row.notApplicable && tooFewReplications(row.id, row.estimate);
                        if (row.notApplicable)
              return (
                <tr key={row.id} data-kpi={row.id} data-not-applicable="true">
                  <th scope="row">
                    {row.label}
                    {row.unit && <span className="kpi-unit">{t('kpi.unit', { unit: row.unit })}</span>}
                  </th>
                  <td className="num" data-col="mean">{t('kpi.none')}</td>
                  <td className="num" data-col="ci">{t('kpi.none')}</td>
                  {withTheory && <td className="num" data-col="theory">{t('kpi.none')}</td>}
                  {withTheory && <td data-col="agree">{t('kpi.none')}</td>}
                  {withBaseline && <td className="num" data-col="baseline">{t('kpi.none')}</td>}
                  {withBaseline && <td className="num" data-col="diff">{t('kpi.none')}</td>}
                </tr>
              );
            return (
              <tr key={row.id} data-kpi={row.id} data-imprecise={imprecise || undefined} data-configuration={configured || undefined}>
                <th scope="row">
                  {row.label}
                  {row.unit && <span className="kpi-unit">{t('kpi.unit', { unit: row.unit })}</span>}
                </th>
                <td className="num" data-col="mean">
                  {row.format(mean)}
                  {imprecise && (
                    <span className="imprecise-mark" title={t('kpi.imprecise')} aria-label={t('kpi.imprecise')}>
                      {' '}!
                    </span>
                  )}
                </td>
                {configured ? (
                  <td className="configured" data-col="ci">{t('kpi.configured')}</td>
                ) : (
                <td className="num" data-col="ci" data-method={method}>
                  <span className="ci">[{row.format(ci95[0])}, {row.format(ci95[1])}]</span>{' '}
                  {method && method !== 't' ? (
                    <span className="ci-method" title={t(`kpi.method.${method}`)}>
                      {t(`kpi.method.short.${method}`)}
                    </span>
                  ) : (
                    <span className="ci-half">±{row.format(halfWidth)}</span>
                  )}
                </td>
                )}
                {withTheory && <td className="num" data-col="theory">{hasTheory ? row.format(row.theory!) : t('kpi.none')}</td>}
                {withTheory && (
                  <td data-col="agree" className={hasTheory ? (agrees ? 'agree-yes' : 'agree-no') : undefined}>
                    {hasTheory ? t(agrees ? 'kpi.agree.yes' : 'kpi.agree.no') : t('kpi.none')}
                  </td>
                )}
                {withBaseline && (
                  <td className="num" data-col="baseline">
                    {row.baseline ? row.format(row.baseline.mean) : t('kpi.none')}
                  </td>
                )}
                {withBaseline && <DiffCell row={row} />}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The paired difference: bold when significant (CI excludes 0 and at least the practical
 * threshold, src/domain/significance.ts), marked negligible when the CI excludes 0 but the
 * difference is below the threshold; a share's in percentage points.
 */
function DiffCell({ row }: { row: KpiRow }) {
  const t = useT();
  const { locale } = useLocale();
  const d = row.difference;
  if (!d) return <td className="num" data-col="diff">{t('kpi.none')}</td>;
  const j = judgeDifference(row.id, d);
  const pp = inPercentagePoints(row.id);
  const fmt = (v: number) => (pp ? formatNumber(locale, v * 100, 1) : row.format(v));
  const unit = pp ? PERCENTAGE_POINTS[locale] : '';
  return (
    <td className={j.significant ? 'num diff diff-clear' : 'num diff'} data-col="diff" data-clear={j.clear} data-significant={j.significant} data-verdict={j.verdict} data-paired="true">
      {signed(fmt(d.mean), d.mean)}
      {unit} <span className="ci-half">±{fmt(d.halfWidth)}{unit}</span>
      {j.verdict === 'negligible' && (
        <span className="diff-negligible-note" title={t('kpi.diff.negligibleHint')}>
          {' '}
          {t('kpi.diff.negligible')}
        </span>
      )}
    </td>
  );
}
