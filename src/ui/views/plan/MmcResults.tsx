/** Results of an M/M/c run: the KPI table with CIs beside Erlang C, and the distribution of waits. */
import { useMemo } from 'react';
import type { Estimate, RunSummary } from '../../../engine/types';
import { HistogramChart } from '../../charts/HistogramChart';
import { KpiTable, type KpiRow } from '../../components/KpiTable';
import { formatInteger, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

/** The station the M/M/c scenario uses (see `mmcScenario`). */
const STATION = 'hall';

/** A number from `summary.analytic[formula][metric]`, if the engine computed one. */
export function analyticValue(summary: RunSummary, formula: string, metric: string): number | undefined {
  const v = summary.analytic?.[formula]?.[metric];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

type Kind = 'minutes' | 'share' | 'count' | 'people';

interface KpiSpec {
  id: string;
  label: MessageKey;
  kind: Kind;
  pick: (s: RunSummary) => Estimate | undefined;
}

const specs: KpiSpec[] = [
  { id: 'meanWaitMinutes', label: 'kpi.meanWaitMinutes', kind: 'minutes', pick: (s) => s.kpis.meanWaitMinutes },
  { id: 'p90WaitMinutes', label: 'kpi.p90WaitMinutes', kind: 'minutes', pick: (s) => s.kpis.p90WaitMinutes },
  { id: 'meanTimeInSystemMinutes', label: 'kpi.meanTimeInSystemMinutes', kind: 'minutes', pick: (s) => s.kpis.meanTimeInSystemMinutes },
  { id: 'utilisation', label: 'kpi.utilisation', kind: 'share', pick: (s) => s.stations[STATION]?.utilisation },
  { id: 'meanQueueLength', label: 'kpi.meanQueueLength', kind: 'people', pick: (s) => s.stations[STATION]?.meanQueueLength },
  { id: 'casesCompleted', label: 'kpi.casesCompleted', kind: 'count', pick: (s) => s.kpis.casesCompleted },
];

export function MmcResults({ summary, stale }: { summary: RunSummary; stale: boolean }) {
  const t = useT();
  const { locale } = useLocale();

  const rows = useMemo<KpiRow[]>(() => {
    const fmt: Record<Kind, (v: number) => string> = {
      minutes: (v) => formatNumber(locale, v, 3),
      share: (v) => formatPercent(locale, v, 1),
      count: (v) => formatInteger(locale, v),
      people: (v) => formatNumber(locale, v, 2),
    };
    const unit: Record<Kind, string | undefined> = {
      minutes: t('unit.minutes'),
      share: undefined,
      count: t('unit.cases'),
      people: t('unit.people'),
    };
    return specs.flatMap((spec) => {
      const estimate = spec.pick(summary);
      if (!estimate) return [];
      return [{ id: spec.id, label: t(spec.label), unit: unit[spec.kind], estimate, format: fmt[spec.kind], theory: analyticValue(summary, 'erlangC', spec.id) }];
    });
  }, [summary, locale, t]);

  const meanWait = summary.kpis.meanWaitMinutes?.mean;
  const theoryWait = analyticValue(summary, 'erlangC', 'meanWaitMinutes');
  const markers = useMemo(
    () => [
      ...(meanWait !== undefined ? [{ id: 'mean', value: meanWait, label: t('chart.waits.mean') }] : []),
      ...(theoryWait !== undefined ? [{ id: 'theory', value: theoryWait, label: t('chart.waits.theory') }] : []),
    ],
    [meanWait, theoryWait, t],
  );
  const waitStats = useMemo(() => {
    let max = 0;
    let zeros = 0;
    for (const w of summary.waits) {
      if (w > max) max = w;
      if (w === 0) zeros++;
    }
    return { n: summary.waits.length, max, zeroShare: summary.waits.length > 0 ? zeros / summary.waits.length : 0 };
  }, [summary.waits]);

  return (
    <section className={stale ? 'results card results-stale' : 'results card'} aria-labelledby="results-title" data-testid="results">
      <h2 id="results-title">{t('results.title')}</h2>
      <KpiTable rows={rows} caption={t('results.caption', { n: summary.replications })} />
      <p className="results-meta">
        {t('results.summary', { events: formatInteger(locale, summary.events), seconds: formatNumber(locale, summary.engineSeconds, 2) })}
      </p>
      <figure className="chart">
        <figcaption>{t('chart.waits.title')}</figcaption>
        {waitStats.n > 0 ? (
          <HistogramChart
            values={summary.waits}
            title={t('chart.waits.title')}
            ariaLabel={t('chart.waits.aria', {
              n: formatInteger(locale, waitStats.n),
              max: formatNumber(locale, waitStats.max, 1),
              zero: formatPercent(locale, waitStats.zeroShare, 1),
              mean: meanWait !== undefined ? formatNumber(locale, meanWait, 3) : t('kpi.none'),
              theory: theoryWait !== undefined ? formatNumber(locale, theoryWait, 3) : t('kpi.none'),
            })}
            xLabel={t('chart.waits.x')}
            yLabel={t('chart.waits.y')}
            markers={markers}
          />
        ) : (
          <p className="chart-empty">{t('chart.waits.empty')}</p>
        )}
      </figure>
    </section>
  );
}
