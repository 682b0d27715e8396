/** Results of an M/M/c run: the KPI table with CIs beside Erlang C, and the distribution of waits. */
import { useMemo, type ReactNode } from 'react';
import type { Estimate, RunSummary } from '../../../engine/types';
import { WaitHistogram } from '../../charts/WaitHistogram';
import { KpiTable, type KpiRow, type PairedComparison } from '../../components/KpiTable';
import { PrecisionNote } from '../../components/PrecisionNote';
import { formatInteger, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { kpiLabel, kpiUnitText } from '../../kpis/kpiLabel';
import { analyticValue } from './analytic';

/** The station the M/M/c scenario uses (see `mmcScenario`). */
const STATION = 'hall';


type Kind = 'minutes' | 'share' | 'count' | 'people';

interface KpiSpec {
  id: string;
  kind: Kind;
  pick: (s: Pick<RunSummary, 'kpis' | 'stations'>) => Estimate | undefined;
}

const specs: KpiSpec[] = [
  { id: 'meanWaitMinutes', kind: 'minutes', pick: (s) => s.kpis.meanWaitMinutes },
  { id: 'p90WaitMinutes', kind: 'minutes', pick: (s) => s.kpis.p90WaitMinutes },
  { id: 'meanTimeInSystemMinutes', kind: 'minutes', pick: (s) => s.kpis.meanTimeInSystemMinutes },
  { id: 'utilisation', kind: 'share', pick: (s) => s.stations[STATION]?.utilisation },
  { id: 'meanQueueLength', kind: 'people', pick: (s) => s.stations[STATION]?.meanQueueLength },
  { id: 'casesCompleted', kind: 'count', pick: (s) => s.kpis.casesCompleted },
];

export function MmcResults({ summary, stale, title, actions, comparison, baselineNote }: { summary: RunSummary; stale: boolean; title: string; actions?: ReactNode; comparison?: PairedComparison; baselineNote?: ReactNode }) {
  const t = useT();
  const { locale } = useLocale();

  const rows = useMemo<KpiRow[]>(() => {
    const fmt: Record<Kind, (v: number) => string> = {
      minutes: (v) => formatNumber(locale, v, 3),
      share: (v) => formatPercent(locale, v, 1),
      count: (v) => formatInteger(locale, v),
      people: (v) => formatNumber(locale, v, 2),
    };
    return specs.flatMap((spec) => {
      const estimate = spec.pick(summary);
      if (!estimate) return [];
      const baseline = comparison && spec.pick(comparison.baseline);
      const difference = comparison && spec.pick(comparison.differences);
      return [{ id: spec.id, label: kpiLabel(locale, spec.id), unit: kpiUnitText(locale, spec.id) || undefined, estimate, format: fmt[spec.kind], theory: analyticValue(summary, 'erlangC', spec.id), baseline, difference }];
    });
  }, [summary, comparison, locale]);

  const theoryWait = analyticValue(summary, 'erlangC', 'meanWaitMinutes');

  return (
    <section className={stale ? 'results card results-stale' : 'results card'} aria-labelledby="results-title" data-testid="results">
      <h2 id="results-title">{title}</h2>
      {actions}
      {baselineNote}
      <KpiTable rows={rows} caption={t('results.caption', { n: summary.replications })} />
      <PrecisionNote estimates={Object.fromEntries(rows.map((r) => [r.id, r.estimate]))} />
      <p className="results-meta">
        {t('results.summary', { events: formatInteger(locale, summary.events), seconds: formatNumber(locale, summary.engineSeconds, 2) })}
      </p>
      <WaitHistogram summary={summary} theory={theoryWait} />
    </section>
  );
}
