/** The distribution of waits of a run, with the simulated mean and (if known) the theoretical mean. */
import { useMemo } from 'react';
import type { RunSummary } from '../../engine/types';
import { formatInteger, formatNumber, formatPercent } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { HistogramChart } from './HistogramChart';

export function WaitHistogram({ summary, theory }: { summary: RunSummary; theory?: number }) {
  const t = useT();
  const { locale } = useLocale();
  const meanWait = summary.kpis.meanWaitMinutes?.mean;
  const markers = useMemo(
    () => [
      ...(meanWait !== undefined ? [{ id: 'mean', value: meanWait, label: t('chart.waits.mean') }] : []),
      ...(theory !== undefined ? [{ id: 'theory', value: theory, label: t('chart.waits.theory') }] : []),
    ],
    [meanWait, theory, t],
  );
  const stats = useMemo(() => {
    let max = 0;
    let zeros = 0;
    for (const w of summary.waits) {
      if (w > max) max = w;
      if (w === 0) zeros++;
    }
    return { n: summary.waits.length, max, zeroShare: summary.waits.length > 0 ? zeros / summary.waits.length : 0 };
  }, [summary.waits]);

  return (
    <figure className="chart">
      <figcaption>{t('chart.waits.title')}</figcaption>
      {stats.n > 0 ? (
        <HistogramChart
          values={summary.waits}
          title={t('chart.waits.title')}
          ariaLabel={t('chart.waits.aria', {
            n: formatInteger(locale, stats.n),
            max: formatNumber(locale, stats.max, 1),
            zero: formatPercent(locale, stats.zeroShare, 1),
            mean: meanWait !== undefined ? formatNumber(locale, meanWait, 3) : t('kpi.none'),
            theory: theory !== undefined ? formatNumber(locale, theory, 3) : t('kpi.none'),
          })}
          xLabel={t('chart.waits.x')}
          yLabel={t('chart.waits.y')}
          markers={markers}
          maxQuantile={0.995}
          overflowNote={(cut, share) => t('chart.waits.overflow', { cut: formatNumber(locale, cut, 0), share: formatPercent(locale, share, 1) })}
        />
      ) : (
        <p className="chart-empty">{t('chart.waits.empty')}</p>
      )}
    </figure>
  );
}
