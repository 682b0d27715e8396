/**
 * The five-in-one synergy ("1+1>2", issue 10 point 6): the base scenario's configuration in a
 * chosen year, run with all five functions separate, each alone integrated and all integrated
 * (seven variants, common random numbers) in the worker pool (`pool.runSynergy`). Per KPI: the
 * ratio-scale synergy R − 1 with its jackknife 95% CI, its reading against the materiality
 * threshold (SYNERGY_MATERIALITY), and each function's own effect; a forest plot and the same
 * numbers as a table, the scenario file and the `onewindow synergy` line that reproduces them.
 */
import { TableScroll } from '../../components/TableScroll';
import { useMemo, useState } from 'react';
import type { SynergyResult } from '../../../client/simPool';
import { SYNERGY_MATERIALITY } from '../../../domain/kpis';
import { FUNCTION_IDS, FUNCTION_TERMS } from '../../../domain/vocabulary';
import { DifferenceChart } from '../../charts/DifferenceChart';
import type { DifferenceInput } from '../../charts/differenceLayout';
import { downloadText } from '../../export/download';
import { fileStem } from '../../export/summaryExport';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { term } from '../../i18n/term';
import { kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { estimateParts, formatKpi } from '../../kpis/kpiFormat';
import { useSimPool } from '../../pool/SimPoolProvider';
import type { RunSettings } from '../../run/runSettings';
import type { ScenarioJson } from '../../draft/leverDraft';
import { useWidth } from '../../charts/useWidth';
import { ResearchPanel, useResearchTask, type PrepareBase } from './ResearchPanel';
import { synergyCommand, synergyReading, synergyScenario, type SynergyReading } from './synergy';

interface Outcome {
  result: SynergyResult;
  name: string;
  settings: RunSettings;
  scenario: ScenarioJson;
}

export interface SynergyPanelProps {
  prepare: PrepareBase;
  /** the years the current base scenario can be measured in (its projection's, or its own year) */
  years: readonly number[];
}

/** The forest plot's row class of a reading (the chart's better/worse/none colours). */
const CHART_CLASS: Record<SynergyReading, string> = { amplifies: 'better', dampens: 'worse', belowThreshold: 'none', ciIncludesNone: 'none', undefined: 'none' };

export function SynergyPanel({ prepare, years }: SynergyPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const [chosenYear, setChosenYear] = useState<number>();
  // a year the base does not have (another base was picked) falls back to its last year
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[years.length - 1];
  const { task, stale, outcome } = useResearchTask<Outcome>();
  const [chartBox, chartWidth] = useWidth<HTMLDivElement>(680);
  const threshold = formatPercent(locale, SYNERGY_MATERIALITY, 0);
  const pct = (x: number) => `${x > 0 ? '+' : ''}${formatPercent(locale, x, 1)}`;

  const run = () => {
    const prepared = prepare();
    if (!prepared || year === undefined) return;
    const scenario = synergyScenario(prepared.json, prepared.settings);
    const { replications } = prepared.settings;
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const started = Date.now();
        const result = await pool.runSynergy(scenario, year, { replications, signal, onProgress: (p) => onProgress({ ...p, elapsedMs: Date.now() - started }) });
        return { result, name: prepared.name, settings: prepared.settings, scenario } satisfies Outcome;
      },
    });
  };

  const rows = useMemo(() => (outcome ? Object.entries(outcome.result.kpis).map(([kpi, k]) => ({ kpi, k, reading: synergyReading(k) })) : []), [outcome]);
  const chartRows = useMemo<DifferenceInput[]>(
    () => rows.filter((r) => r.k.relative !== null).map(({ kpi, k, reading }) => ({ id: kpi, label: kpiLabel(locale, kpi), base: 1, mean: k.relative!.mean, lo: k.relative!.ci95[0], hi: k.relative!.ci95[1], verdict: CHART_CLASS[reading] })),
    [rows, locale],
  );
  const significant = rows.filter((r) => r.reading === 'amplifies' || r.reading === 'dampens');
  const readingText = (r: SynergyReading) => t(`research.syn.reading.${r}`, { threshold });
  const stem = outcome ? `${fileStem(outcome.name)}-synergy-${outcome.result.year}` : 'synergy';

  return (
    <ResearchPanel
      id="synergy"
      className="synergy-panel"
      title={t('research.syn.title')}
      intro={<p>{t('research.syn.intro')}</p>}
      task={task}
      stale={stale}
      onRun={run}
      runLabel={t('research.syn.run')}
      statusTestId="synergy-status"
      resultsClass="synergy-results"
      errorTestId="synergy-error"
      results={
        outcome && (
          <>
            <div className="result-actions" role="group" aria-label={t('export.label')}>
              <button type="button" className="button button-small" onClick={() => downloadText(`${stem}.scenario.json`, JSON.stringify(outcome.scenario, null, 2) + '\n', 'application/json')}>
                {t('research.syn.file')}
              </button>
            </div>
            <p className="results-meta" data-testid="synergy-meta">
              {t('research.syn.meta', { name: outcome.name, year: outcome.result.year, seed: outcome.result.seed, n: outcome.result.replications, days: outcome.settings.days })}
            </p>
            <p data-testid="synergy-summary">
              {significant.length === 0
                ? t('research.syn.summary.none', { threshold, n: outcome.result.replications })
                : t('research.syn.summary.some', { threshold, list: significant.map((r) => `${kpiLabel(locale, r.kpi)} ${pct(r.k.relative!.mean)} (${readingText(r.reading)})`).join(locale === 'zh-CN' ? '；' : '; ') })}
            </p>
            <div ref={chartBox}>
              {chartRows.length > 0 && (
                <DifferenceChart
                  width={chartWidth}
                  rows={chartRows}
                  title={t('research.syn.chart', { threshold })}
                  ariaLabel={chartRows.map((r) => `${r.label}: ${pct(r.mean)} [${pct(r.lo)}, ${pct(r.hi)}]`).join('; ')}
                  testId="synergy-chart"
                />
              )}
            </div>
            <TableScroll>
              <table className="kpi-table synergy-table" data-testid="synergy-table">
                <caption>{t('research.syn.table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('research.syn.col.kpi')}</th>
                    <th scope="col" className="num">
                      {t('research.syn.col.base')}
                    </th>
                    {FUNCTION_IDS.map((f) => (
                      <th key={f} scope="col" className="num">
                        {t('research.syn.col.alone', { fn: term(FUNCTION_TERMS[f], locale) })}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('research.syn.col.together')}
                    </th>
                    <th scope="col" className="num">
                      {t('research.syn.col.synergy')}
                    </th>
                    <th scope="col">{t('research.syn.col.reading')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ kpi, k, reading }) => (
                    <tr key={kpi} data-kpi={kpi} data-reading={reading}>
                      <th scope="row">
                        {kpiLabel(locale, kpi)}
                        {kpiUnit(locale, kpi)}
                      </th>
                      <td className="num">{formatKpi(locale, kpi, k.base.mean)}</td>
                      {FUNCTION_IDS.map((f) => (
                        <td key={f} className="num" data-function={f}>
                          <Parts parts={estimateParts(locale, kpi, k.alone[f], true)} />
                        </td>
                      ))}
                      <td className="num">
                        <Parts parts={estimateParts(locale, kpi, k.together, true)} />
                      </td>
                      <td className="num" data-testid={`synergy-${kpi}`}>
                        {k.relative ? <Parts parts={[pct(k.relative.mean), `[${pct(k.relative.ci95[0])}, ${pct(k.relative.ci95[1])}]`]} /> : '—'}
                      </td>
                      <td className={`verdict verdict-${CHART_CLASS[reading]}`}>{readingText(reading)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <details className="reproduce">
              <summary>{t('research.syn.reproduce')}</summary>
              <pre data-testid="synergy-command">{synergyCommand(`${stem}.scenario.json`, outcome.result.year, outcome.settings)}</pre>
            </details>
          </>
        )
      }
    >
      <p className="form-hint" data-testid="synergy-definition">
        {t('research.syn.definition', { threshold })}
      </p>
      {years.length > 0 ? (
        <div className="field">
          <label htmlFor="research-syn-year">{t('research.syn.year')}</label>
          <select id="research-syn-year" value={year} onChange={(e) => setChosenYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <span className="field-unit">{t('research.syn.yearHint')}</span>
        </div>
      ) : (
        <p className="field-error">{t('research.syn.noYears')}</p>
      )}
    </ResearchPanel>
  );
}

function Parts({ parts: [mean, ci] }: { parts: readonly [string, string] }) {
  return (
    <>
      <span className="est-mean">{mean}</span> <span className="est-ci">{ci}</span>
    </>
  );
}
