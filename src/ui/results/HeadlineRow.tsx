/**
 * The headline of a centre run: the five numbers a planner reads first — mean wait against the
 * waiting standard, trips per case, lead time, on-time rate, complaints — each with its 95% CI
 * and, when the run is paired with a baseline, the paired change with its CI and verdict
 * (src/domain/significance.ts). Names, units and formats from the KPI catalogue.
 */
import './results.css';
import { judgeDifference } from '../../domain/significance';
import { WAIT_STANDARD_MINUTES } from '../../domain/standards';
import type { RunSummary } from '../../engine/types';
import type { PairedComparison } from '../components/KpiTable';
import { formatPercent } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { formatDiff, formatKpi } from '../kpis/kpiFormat';
import { kpiLabel, kpiUnitText } from '../kpis/kpiLabel';

/** The headline KPIs, in order (stable names from the catalogue). */
export const HEADLINE_KPIS = ['meanWaitMinutes', 'tripsPerCase', 'leadTimeDays', 'onTimeRate', 'complaintsPer10k'] as const;

export function HeadlineRow({ summary, comparison, comparisonTitle }: { summary: RunSummary; comparison?: PairedComparison; comparisonTitle?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const na = new Set(summary.notApplicable ?? []);
  return (
    <section className="headline" aria-labelledby="headline-title" data-testid="headline">
      <h3 id="headline-title" className="visually-hidden">
        {t('headline.title')}
      </h3>
      <ul className="headline-row">
        {HEADLINE_KPIS.map((id) => {
          const e = summary.kpis[id];
          if (!e) return null;
          const unit = kpiUnitText(locale, id);
          const f = (v: number) => formatKpi(locale, id, v);
          const d = comparison?.differences.kpis[id];
          const j = d && judgeDifference(id, d);
          const within = summary.kpis.waitWithin15MinRate;
          return (
            <li key={id} className="headline-card" data-kpi={id} data-verdict={j?.verdict}>
              <span className="headline-label">{kpiLabel(locale, id)}</span>
              {na.has(id) ? (
                <span className="headline-value">{t('kpi.none')}</span>
              ) : (
                <>
                  <span className="headline-value">
                    {f(e.mean)}
                    {unit && <span className="headline-unit"> {unit}</span>}
                  </span>
                  <span className="headline-ci">{t('headline.ci', { ci: `[${f(e.ci95[0])}, ${f(e.ci95[1])}]` })}</span>
                </>
              )}
              {id === 'meanWaitMinutes' && !na.has(id) && (
                <span className={e.mean <= WAIT_STANDARD_MINUTES ? 'headline-standard headline-ok' : 'headline-standard headline-bad'} data-testid="wait-standard">
                  {t(e.mean <= WAIT_STANDARD_MINUTES ? 'headline.meets' : 'headline.misses', { limit: WAIT_STANDARD_MINUTES })}
                  {within && ` · ${t('headline.within', { share: formatPercent(locale, within.mean, 1), limit: WAIT_STANDARD_MINUTES })}`}
                </span>
              )}
              {comparison && comparisonTitle !== undefined && d && j && (
                <span className={`headline-diff headline-diff-${j.verdict}`} data-testid="headline-diff">
                  {t('headline.vs', { name: comparisonTitle, diff: formatDiff(locale, id, d.mean), half: formatDiff(locale, id, d.halfWidth).replace(/^\+/, '') })}{' '}
                  <strong>{t(j.verdict === 'better' ? 'headline.better' : j.verdict === 'worse' ? 'headline.worse' : 'headline.same')}</strong>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
