/** Results of a centre run: per-department results with the bottleneck, then every KPI the engine reports, grouped, each with its 95% CI; the waits chart. */
import { useMemo, type ReactNode } from 'react';
import type { RunSummary } from '../../../engine/types';
import type { LoadReport } from '../../../engine/analytic/offeredLoad';
import { HeadlineRow } from '../../results/HeadlineRow';
import { ResultCharts } from '../../results/ResultCharts';
import { PrintInputs, RunProvenance } from '../../results/RunReport';
import { DepartmentTable } from '../../components/DepartmentTable';
import { KpiTable, type KpiRow, type PairedComparison } from '../../components/KpiTable';
import { PrecisionNote } from '../../components/PrecisionNote';
import { formatKpi } from '../../kpis/kpiFormat';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { groupKpis, kpiGroupLabel, kpiLabel, kpiUnitText } from '../../kpis/kpiLabel';

export function CentreResults({
  summary,
  scenario,
  stale,
  title,
  actions,
  comparison,
  baselineNote,
  comparisonTitle,
  overload,
}: {
  summary: RunSummary;
  /** the scenario JSON the summary is of (department names, stationings, windows) */
  scenario?: unknown;
  stale: boolean;
  title: string;
  actions?: ReactNode;
  comparison?: PairedComparison;
  baselineNote?: ReactNode;
  /** the name of the run the comparison is with, in the current language */
  comparisonTitle?: string;
  /** offered loads computed before the run (departments at load ≥ 1 are marked) */
  overload?: LoadReport;
}) {
  const t = useT();
  const { locale } = useLocale();

  const groups = useMemo(
    () =>
      groupKpis(Object.keys(summary.kpis)).map(({ group, names }) => ({
        group,
        rows: names.map((id): KpiRow => {
          const unit = kpiUnitText(locale, id);
          return {
            id,
            label: kpiLabel(locale, id),
            unit: unit || undefined,
            estimate: summary.kpis[id],
            baseline: comparison?.baseline.kpis[id],
            difference: comparison?.differences.kpis[id],
            format: (v) => formatKpi(locale, id, v),
            notApplicable: summary.notApplicable?.includes(id),
          };
        }),
      })),
    [summary, comparison, locale],
  );

  return (
    <section className={stale ? 'results card results-stale' : 'results card'} aria-labelledby="results-title" data-testid="results" data-kind="centre">
      <h2 id="results-title">{title}</h2>
      {actions}
      {baselineNote}
      <PrintInputs summary={summary} scenario={scenario} title={title} />
      <p className="results-meta">{t('results.captionCentre', { n: summary.replications })}</p>
      <HeadlineRow summary={summary} comparison={comparison} comparisonTitle={comparisonTitle} />
      <PrecisionNote estimates={summary.kpis} />
      {summary.departments && <DepartmentTable departments={summary.departments} scenario={scenario} overload={overload} />}
      {groups.map(({ group, rows }) => (
        <section key={group} className="kpi-group" aria-labelledby={`kpi-group-${group}`}>
          <h3 id={`kpi-group-${group}`}>{kpiGroupLabel(locale, group)}</h3>
          <KpiTable rows={rows} caption={kpiGroupLabel(locale, group)} captionHidden />
        </section>
      ))}
      <ResultCharts summary={summary} scenario={scenario} />
      <RunProvenance summary={summary} scenario={scenario} />
    </section>
  );
}
