/**
 * "Each mechanism alone" (一次改一项): the base scenario against eleven variants, each with one
 * mechanism switched the other way, all under common random numbers (the base runs once). A
 * forest plot and a table of one KPI's paired differences per mechanism, and every KPI as CSV.
 */
import { useMemo, useState } from 'react';
import { centreParameterIndex } from '../../../domain/parameters';
import type { CompareManyResult } from '../../../client/simPool';
import { DifferenceChart } from '../../charts/DifferenceChart';
import type { DifferenceInput } from '../../charts/differenceLayout';
import { downloadText } from '../../export/download';
import { fileStem } from '../../export/summaryExport';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSimPool } from '../../pool/SimPoolProvider';
import { kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { judgeDifference, type Verdict } from '../../../domain/significance';
import { estimateParts } from '../../kpis/kpiFormat';
import { withRunSettings, type RunSettings } from '../../run/runSettings';
import { mechanismVariants, oneAtATimeCsv, variantLabel, type MechanismVariant } from './oneAtATime';
import { PrecisionNote } from '../../components/PrecisionNote';
import { KpiSelect, ResearchPanel, useResearchTask, type PrepareBase } from './ResearchPanel';
import { TableScroll } from '../../components/TableScroll';

interface Outcome {
  name: string;
  variants: Array<Pick<MechanismVariant, 'mechanism' | 'on'>>;
  result: CompareManyResult;
  settings: RunSettings;
}

export interface MechanismEffectsProps {
  prepare: PrepareBase;
}

export function MechanismEffects({ prepare }: MechanismEffectsProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const pool = useSimPool();
  const [kpi, setKpi] = useState('tripsPerCase');
  const { task, stale, outcome } = useResearchTask<Outcome>();

  const mechanismName = (m: string) => {
    const spec = centreParameterIndex.get(`mechanisms.${m}.on`);
    return spec ? (zh ? spec.zh : `${spec.zh} ${spec.en}`) : m;
  };

  const run = () => {
    const prepared = prepare();
    if (!prepared) return;
    const base = withRunSettings(prepared.json, prepared.settings);
    const variants = mechanismVariants(base);
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const result = await pool.compareMany(
          base,
          variants.map((v) => v.scenario),
          { replications: prepared.settings.replications, seed: prepared.settings.seed, signal, onProgress },
        );
        return { name: prepared.name, variants: variants.map(({ mechanism, on }) => ({ mechanism, on })), result, settings: prepared.settings } satisfies Outcome;
      },
    });
  };

  const rows = useMemo<DifferenceInput[]>(() => {
    if (!outcome || !(kpi in outcome.result.base.kpis)) return [];
    return outcome.variants.map((v, i) => {
      const d = outcome.result.variants[i].differences.kpis[kpi];
      // the chart names mechanisms by their Chinese terms (short); the table below gives both languages
      return { id: v.mechanism, label: variantLabel(v, centreParameterIndex.get(`mechanisms.${v.mechanism}.on`)?.zh ?? v.mechanism), base: outcome.result.base.kpis[kpi].mean, mean: d.mean, lo: d.ci95[0], hi: d.ci95[1], verdict: judgeDifference(kpi, d).verdict };
    });
  }, [outcome, kpi]);

  return (
    <ResearchPanel
      id="mechanism-effects"
      className="mechanism-effects"
      title={t('research.oat.title')}
      intro={<p>{t('research.oat.intro')}</p>}
      task={task}
      stale={stale}
      onRun={run}
      runLabel={t('research.oat.run')}
      statusTestId="oat-status"
      resultsClass="oat-results"
      results={
        outcome && (
          <>
            <div className="result-actions" role="group" aria-label={t('export.label')}>
              <button type="button" className="button button-small" onClick={() => downloadText(`${fileStem(outcome.name)}-each-mechanism.csv`, oneAtATimeCsv(outcome.variants, outcome.result, (k) => kpiLabel(locale, k)), 'text/csv;charset=utf-8')}>
                {t('export.csv')}
              </button>
            </div>
            <p className="results-meta">{t('research.oat.meta', { name: outcome.name, seed: outcome.settings.seed, n: outcome.settings.replications, days: outcome.settings.days })}</p>
            <PrecisionNote estimates={[outcome.result.base.kpis, ...outcome.result.variants.map((v) => v.summary.kpis)]} />
            {rows.length > 0 && (
              <>
                <DifferenceChart
                  rows={rows}
                  title={t('research.oat.chart', { kpi: `${kpiLabel(locale, kpi)}${kpiUnit(locale, kpi)}` })}
                  ariaLabel={rows.map((r) => `${r.label}: ${estimateParts(locale, kpi, { mean: r.mean, ci95: [r.lo, r.hi] }, true).join(' ')}`).join('; ')}
                  testId="oat-chart"
                />
                <TableScroll>
                  <table className="kpi-table compare-table">
                    <caption>{t('research.oat.table', { kpi: kpiLabel(locale, kpi) })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('research.oat.col.change')}</th>
                        <th scope="col" className="num">{t('compare.col.diff')}</th>
                        <th scope="col">{t('compare.col.verdict')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r) => {
                        const [mean, ci] = estimateParts(locale, kpi, { mean: r.mean, ci95: [r.lo, r.hi] }, true);
                        return (
                          <tr key={r.id} data-mechanism={r.id} data-verdict={r.verdict}>
                            <th scope="row">{variantLabel(outcome!.variants.find((v) => v.mechanism === r.id)!, mechanismName(r.id))}</th>
                            <td className="num">
                              <span className="est-mean">{mean}</span> <span className="est-ci">{ci}</span>
                            </td>
                            <td className={`verdict verdict-${r.verdict}`}>{t(`compare.verdict.${r.verdict as Verdict}`)}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            )}
          </>
        )
      }
    >
      <KpiSelect id="research-oat-kpi" value={kpi} onChange={setKpi} />
    </ResearchPanel>
  );
}
