/** Per-year KPI charts of a projection, each with its 95% CI band and the years with events marked. */
import { useMemo } from 'react';
import type { ProjectionResult } from '../../../client/simPool';
import { BandChart } from '../../charts/BandChart';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatKpi } from '../../kpis/kpiFormat';
import { kpiLabel } from '../../kpis/kpiLabel';

/** The KPIs charted, in order (staff and back-office load show what the staffing rule does with the demand). */
export const EVOLUTION_KPIS = ['leadTimeDays', 'tripsPerCase', 'onTimeRate', 'meanWaitMinutes', 'onlineRate', 'annualCases', 'staff', 'backOfficeUtilisation', 'complaintResolutionDays', 'integrationIndex'] as const;

export function EvolutionCharts({ result }: { result: ProjectionResult }) {
  const t = useT();
  const { locale } = useLocale();
  const markers = useMemo(() => result.years.filter((y) => y.events.some((e) => e.kind !== 'milestone')).map((y) => y.year), [result]);
  return (
    <div className="evolution-charts">
      <h3>{t('evolution.charts.title')}</h3>
      <p className="hint">{t('evolution.charts.hint')}</p>
      <div className="chart-grid">
        {EVOLUTION_KPIS.map((k) => {
          const points = result.years.filter((y) => y.kpis[k]).map((y) => ({ x: y.year, mean: y.kpis[k].mean, lo: y.kpis[k].ci95[0], hi: y.kpis[k].ci95[1] }));
          if (points.length === 0) return null;
          const first = points[0];
          const lastP = points[points.length - 1];
          const fmt = (v: number) => formatKpi(locale, k, v);
          return (
            <BandChart
              key={k}
              xTicks="years"
              width={360}
              height={200}
              testId={`chart-${k}`}
              dataTable
              title={kpiLabel(locale, k)}
              points={points}
              markers={markers}
              formatY={fmt}
              ariaLabel={t('evolution.chart.aria', { from: first.x, a: fmt(first.mean), to: lastP.x, b: fmt(lastP.mean) })}
            />
          );
        })}
      </div>
    </div>
  );
}
