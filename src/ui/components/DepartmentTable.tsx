/**
 * Per-department results of a centre run: one row per department (name, load, stationing, windows,
 * then wait, queue length, utilisations, lead time, overdue, trips and volumes with their 95% CIs),
 * the bottleneck marked and departments near capacity warned in words. Rows sort by any column
 * (a button in its header); the table scrolls sideways inside its own box on a narrow screen.
 * Labels, units and formats come from the KPI catalogue; the logic is in departmentResults.ts.
 */
import { useMemo, useState } from 'react';
import { parameter } from '../../domain/parameters';
import { STATIONING_TERMS } from '../../domain/vocabulary';
import type { Estimate } from '../../engine/types';
import type { LoadReport, OfferedLoad } from '../../engine/analytic/offeredLoad';
import { formatNumber } from '../i18n/format';
import { formatPercent } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';
import { term } from '../i18n/term';
import { formatKpi } from '../kpis/kpiFormat';
import { kpiLabel, kpiUnitText } from '../kpis/kpiLabel';
import {
  applies,
  DEFAULT_SORT,
  DEPARTMENT_METRICS,
  departmentName,
  departmentRows,
  findBottleneck,
  firstDirection,
  NEAR_CAPACITY,
  sortRows,
  type DepartmentRow,
  type Resource,
  type SortDirection,
  type SortKey,
} from './departmentResults';

export interface DepartmentTableProps {
  /** the summary's `departments`: id → metric → estimate */
  departments: Readonly<Record<string, Readonly<Record<string, Estimate>>>>;
  /** the scenario JSON that ran (department names, stationings, windows); ids are shown without it */
  scenario?: unknown;
  /** the offered loads computed before the run: a department whose windows or back office is at load ≥ 1 is marked */
  overload?: LoadReport;
}

const RESOURCE_KPI: Record<Resource, 'windowUtilisation' | 'backOfficeUtilisation'> = { window: 'windowUtilisation', backOffice: 'backOfficeUtilisation' };

/** "Stationing" from the registry's lower-case field name. */
const capitalised = (s: string, locale: Locale) => (locale === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);

export function DepartmentTable({ departments, scenario, overload }: DepartmentTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>(DEFAULT_SORT);
  const rows = useMemo(() => departmentRows(departments, scenario), [departments, scenario]);
  const bottleneck = useMemo(() => findBottleneck(rows), [rows]);
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.direction, locale), [rows, sort, locale]);
  if (rows.length === 0) return null;

  const threshold = formatPercent(locale, NEAR_CAPACITY, 0);
  const nearCount = rows.filter((r) => r.nearCapacity.length > 0).length;
  const inBottleneck = new Set(bottleneck?.ids);
  const list = (items: string[]) => items.join(locale === 'zh-CN' ? '、' : ', ');
  const ciText = (kpi: string, e: Estimate) => `[${formatKpi(locale, kpi, e.ci95[0])}, ${formatKpi(locale, kpi, e.ci95[1])}]`;

  const columns: Array<{ key: SortKey; label: string; unit?: string; numeric: boolean; hint?: string }> = [
    { key: 'name', label: t('dept.col.name'), numeric: false },
    // load next to the name: on a phone the first screen shows who is the bottleneck
    { key: 'load', label: t('dept.col.load'), numeric: true, hint: t('dept.col.loadHint') },
    { key: 'stationing', label: capitalised(term(parameter('departments[].stationing'), locale), locale), numeric: false },
    { key: 'windows', label: kpiLabel(locale, 'windows'), numeric: true },
    ...DEPARTMENT_METRICS.map((m) => ({ key: m, label: kpiLabel(locale, m), unit: kpiUnitText(locale, m) || undefined, numeric: true })),
  ];

  const clickSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));

  let headline = t('dept.noBottleneck');
  if (bottleneck) {
    const kpi = RESOURCE_KPI[bottleneck.resource];
    const params = { kpi: kpiLabel(locale, kpi), value: formatKpi(locale, kpi, bottleneck.utilisation.mean), ci: ciText(kpi, bottleneck.utilisation) };
    const names = bottleneck.ids.map((id) => departmentName(rows.find((r) => r.id === id)!, locale));
    headline =
      names.length === 1
        ? t('dept.bottleneck.one', { ...params, name: names[0] })
        : t('dept.bottleneck.shared', { ...params, n: names.length, names: list(names.length > 4 ? [...names.slice(0, 3), t('dept.andMore', { n: names.length - 3 })] : names) });
  }

  return (
    <section className="department-results" aria-labelledby="department-results-title" data-testid="department-results">
      <h3 id="department-results-title">{t('dept.title')}</h3>
      <p className="department-headline" data-testid="department-headline">
        {headline}
        {nearCount > 0 && `${locale === 'zh-CN' ? '' : ' '}${t('dept.nearCount', { n: nearCount, threshold })}`}
      </p>
      <div className="table-scroll department-scroll" role="region" aria-labelledby="department-results-title" tabIndex={0}>
        <table className="kpi-table department-table">
          <caption className="visually-hidden">{t('dept.caption')}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined} data-col={c.key}>
                    <button type="button" className="sort-button" onClick={() => clickSort(c.key)} title={c.hint}>
                      <span className="sort-label">{c.label}</span>
                      {c.unit && <span className="kpi-unit">{t('kpi.unit', { unit: c.unit })}</span>}
                      <span className="sort-mark" aria-hidden="true">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <Row key={row.id} row={row} bottleneck={inBottleneck.has(row.id)} threshold={threshold} overloaded={overload?.unstable.filter((l) => !l.shared && l.where !== 'station' && l.id === row.id)} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-meta">{t('dept.note')}</p>
    </section>
  );
}

function Row({ row, bottleneck, threshold, overloaded = [] }: { row: DepartmentRow; bottleneck: boolean; threshold: string; overloaded?: OfferedLoad[] }) {
  const t = useT();
  const { locale } = useLocale();
  const warned = row.nearCapacity.length > 0;
  return (
    <tr data-department={row.id} data-bottleneck={bottleneck || undefined} data-near-capacity={warned || undefined} data-overloaded={overloaded.length > 0 || undefined} className={bottleneck ? 'department-bottleneck' : undefined}>
      <th scope="row" className="department-name">
        <span>{departmentName(row, locale)}</span>
        {bottleneck && ' '}
        {bottleneck && (
          <span className="badge badge-bottleneck" data-testid="bottleneck-badge">
            {t('dept.badge')}
            <span className="visually-hidden">{t('dept.badge.label')}</span>
          </span>
        )}
      </th>
      <td className="num" data-col="load">
        <span className="dep-mean">{formatPercent(locale, row.load, 1)}</span>
        <span className="dep-sub">{t(row.loadResource === 'window' ? 'dept.resource.window' : 'dept.resource.backOffice')}</span>
        {overloaded.map((l) => (
          <span key={l.where} className="dep-warning dep-overload" data-testid="overload-mark">
            <span aria-hidden="true">⚠ </span>
            {t('overload.row', { load: formatNumber(locale, l.load, 2), where: t(l.where === 'windows' ? 'overload.where.windows' : 'overload.where.backOffice') })}
          </span>
        ))}
        {warned && (
          <span className="dep-warning" data-testid="capacity-warning">
            <span aria-hidden="true">⚠ </span>
            {t('dept.warn')}{' '}
            <span className="dep-warning-detail">{t('dept.warn.detail', { kpis: row.nearCapacity.map((r) => kpiLabel(locale, RESOURCE_KPI[r])).join(locale === 'zh-CN' ? '、' : ', '), threshold })}</span>
          </span>
        )}
      </td>
      <td data-col="stationing" className="department-stationing">
        {row.info.stationing ? term(STATIONING_TERMS[row.info.stationing], locale) : t('kpi.none')}
      </td>
      <td className="num" data-col="windows">
        {row.info.windows === undefined ? t('kpi.none') : formatKpi(locale, 'windows', row.info.windows)}
      </td>
      {DEPARTMENT_METRICS.map((m) => {
        const e = row.metrics[m];
        if (!e || !applies(row, m))
          return (
            <td key={m} className="num" data-col={m}>
              {t('kpi.none')}
            </td>
          );
        return (
          <td key={m} className="num" data-col={m}>
            <span className="dep-mean">{formatKpi(locale, m, e.mean)}</span>
            <span className="dep-sub ci">
              [{formatKpi(locale, m, e.ci95[0])}, {formatKpi(locale, m, e.ci95[1])}]
            </span>
          </td>
        );
      })}
    </tr>
  );
}
