/**
 * The notes beside replicated results: which indicators have too few replications for the
 * precision shown (the rule of src/domain/precision.ts), and what a bounded interval (log, logit,
 * cut) means. Renders nothing when neither applies.
 */
import { impreciseKpis, type PrecisionEstimate } from '../../domain/precision';
import { useLocale, useT } from '../i18n/I18nProvider';
import { kpiLabel } from '../kpis/kpiLabel';

type Estimates = Readonly<Record<string, (PrecisionEstimate & { method?: string }) | undefined>>;

/** `estimates`: one run's KPIs, or several runs' (compared runs): a KPI is named once if any run's estimate is too imprecise. */
export function PrecisionNote({ estimates }: { estimates: Estimates | readonly Estimates[] }) {
  const t = useT();
  const { locale } = useLocale();
  const sets: readonly Estimates[] = Array.isArray(estimates) ? estimates : [estimates as Estimates];
  const imprecise = [...new Set(sets.flatMap((e) => impreciseKpis(e)))];
  const bounded = sets.some((set) => Object.values(set).some((e) => e?.method !== undefined && e.method !== 't'));
  if (imprecise.length === 0 && !bounded) return null;
  return (
    <>
      {imprecise.length > 0 && (
        <p className="precision-warning" role="note" data-testid="precision-warning" data-kpis={imprecise.join(' ')}>
          {t('precision.warning', { kpis: imprecise.map((k) => kpiLabel(locale, k)).join(locale === 'zh-CN' ? '、' : ', ') })}
        </p>
      )}
      {bounded && (
        <p className="form-hint" data-testid="precision-bounded">
          {t('precision.bounded')}
        </p>
      )}
    </>
  );
}
