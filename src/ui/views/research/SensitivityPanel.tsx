/**
 * One-at-a-time sensitivity of a group of registry parameters: each parameter set 20% low and
 * 20% high in turn (everything else as in the base scenario), all variants paired with the base
 * under common random numbers in the worker pool; a tornado chart of one KPI's paired differences
 * and the same numbers as a table.
 */
import { useCallback, useMemo, useState } from 'react';
import { centreParameters, PARAMETER_GROUPS, parameterGroup, type ParameterGroup, type ParameterSpec } from '../../../domain/parameters';
import type { CompareManyResult } from '../../../client/simPool';
import { judgeDifference } from '../../../domain/significance';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatNumber } from '../../i18n/format';
import { kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { estimateParts, formatDiff } from '../../kpis/kpiFormat';
import { useSimPool } from '../../pool/SimPoolProvider';
import { withRunSettings, type RunSettings } from '../../run/runSettings';
import { PrecisionNote } from '../../components/PrecisionNote';
import { isSweepableParameter } from './sweep';
import { SENSITIVITY_STEP, sensitivityScenarios, sensitivityVariants, type SensitivityVariant } from './sensitivity';
import { TornadoChart } from './TornadoChart';
import type { TornadoInput } from './tornadoLayout';
import { SourceLink } from '../../sources/SourceText';
import { KpiSelect, ResearchPanel, useResearchTask, type PrepareBase } from './ResearchPanel';
import { TableScroll } from '../../components/TableScroll';
import { VerdictMark } from '../../components/VerdictMark';

/** The registry numbers a sensitivity can move, by group. */
const SENSITIVE: readonly ParameterSpec[] = centreParameters.filter(isSweepableParameter);
const GROUPS = (Object.keys(PARAMETER_GROUPS) as ParameterGroup[]).filter((g) => SENSITIVE.some((p) => parameterGroup(p.path) === g));

/** A registry parameter's name in the UI's language (its path if the registry does not know it). */
function parameterName(path: string, zh: boolean): string {
  const p = SENSITIVE.find((s) => s.path === path);
  return p ? (zh ? p.zh : p.en) : path;
}

interface Outcome {
  name: string;
  variants: SensitivityVariant[];
  unmoved: string[];
  result: CompareManyResult;
  settings: RunSettings;
}

export interface SensitivityPanelProps {
  prepare: PrepareBase;
}

export function SensitivityPanel({ prepare }: SensitivityPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const pool = useSimPool();
  const [group, setGroup] = useState<ParameterGroup>('process');
  const [kpi, setKpi] = useState('meanWaitMinutes');
  const { task, stale, outcome } = useResearchTask<Outcome>();
  const name = (path: string) => parameterName(path, zh);
  const inGroup = SENSITIVE.filter((p) => parameterGroup(p.path) === group);

  const run = () => {
    const prepared = prepare();
    if (!prepared) return;
    const base = withRunSettings(prepared.json, prepared.settings);
    const { variants, unmoved } = sensitivityVariants(base, inGroup);
    const scenarios = sensitivityScenarios(base, variants);
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const result = await pool.compareMany(base, scenarios, { replications: prepared.settings.replications, seed: prepared.settings.seed, signal, onProgress });
        return { name: prepared.name, variants, unmoved, result, settings: prepared.settings } satisfies Outcome;
      },
    });
  };

  const rows = useMemo<TornadoInput[]>(() => {
    if (!outcome || !(kpi in outcome.result.base.kpis)) return [];
    return outcome.variants.map((v, i) => {
      const low = outcome.result.variants[2 * i].differences.kpis[kpi];
      const high = outcome.result.variants[2 * i + 1].differences.kpis[kpi];
      return { id: v.path, label: parameterName(v.path, zh), low: { mean: low.mean, lo: low.ci95[0], hi: low.ci95[1] }, high: { mean: high.mean, lo: high.ci95[0], hi: high.ci95[1] } };
    });
  }, [outcome, kpi, zh]);
  const fmt = useCallback((v: number) => formatDiff(locale, kpi, v), [locale, kpi]);
  const value = (v: number) => formatNumber(locale, v, Math.abs(v) < 0.01 && v !== 0 ? 5 : 2);
  const diffText = (d: TornadoInput['low']) => estimateParts(locale, kpi, { mean: d.mean, ci95: [d.lo, d.hi] }, true).join(' ');
  const pct = Math.round(SENSITIVITY_STEP * 100);

  return (
    <ResearchPanel
      id="sensitivity"
      className="sensitivity"
      title={t('research.sens.title')}
      intro={<p>{t('research.sens.intro', { pct })}</p>}
      task={task}
      stale={stale}
      onRun={run}
      runLabel={t('research.sens.run')}
      statusTestId="sens-status"
      resultsClass="sens-results"
      results={
        outcome && (
          <>
            <p className="results-meta">{t('research.oat.meta', { name: outcome.name, seed: outcome.settings.seed, n: outcome.settings.replications, days: outcome.settings.days })}</p>
            <PrecisionNote estimates={[outcome.result.base.kpis]} />
            {rows.length > 0 && (
              <TornadoChart
                rows={rows}
                title={t('research.sens.chart', { kpi: kpiLabel(locale, kpi), pct })}
                xLabel={`${t('research.sens.axis')}${kpiUnit(locale, kpi)}`}
                lowLabel={t('research.sens.low', { pct })}
                highLabel={t('research.sens.high', { pct })}
                formatTick={fmt}
                barTitle={(r, side) => `${r.label} ${side === 'low' ? `−${pct}%` : `+${pct}%`}: ${diffText(r[side])}`}
                ariaLabel={rows.map((r) => `${r.label}: −${pct}% ${diffText(r.low)}; +${pct}% ${diffText(r.high)}`).join('. ')}
                testId="tornado-chart"
              />
            )}
            <TableScroll>
              <table className="kpi-table sens-table" data-testid="sens-table">
                <caption>{t('research.sens.table', { kpi: kpiLabel(locale, kpi) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('research.sens.col.param')}</th>
                    <th scope="col" className="num">{t('research.sens.col.values')}</th>
                    <th scope="col" className="num">{t('research.sens.low', { pct })}</th>
                    <th scope="col" className="num">{t('research.sens.high', { pct })}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.variants.map((v, i) => {
                    const low = outcome.result.variants[2 * i].differences.kpis[kpi];
                    const high = outcome.result.variants[2 * i + 1].differences.kpis[kpi];
                    const spec = SENSITIVE.find((s) => s.path === v.path);
                    return (
                      <tr key={v.path} data-param={v.path}>
                        <th scope="row">
                          {name(v.path)} {spec && <SourceLink source={spec.source} />}
                        </th>
                        <td className="num">{`${value(v.low)} · ${value(v.value)} · ${value(v.high)}`}</td>
                        {[low, high].map((d, j) =>
                          d ? (
                            <td key={j} className={`num verdict-${judgeDifference(kpi, d).verdict}`}>
                              {estimateParts(locale, kpi, d, true).join(' ')}
                              <VerdictMark verdict={judgeDifference(kpi, d).verdict} />
                            </td>
                          ) : (
                            <td key={j} className="num">—</td>
                          ),
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
            {outcome.unmoved.length > 0 && <p className="form-hint">{t('research.sens.unmoved', { names: outcome.unmoved.map(name).join(zh ? '、' : ', ') })}</p>}
          </>
        )
      }
    >
      <div className="field-grid">
        <div className="field">
          <label htmlFor="research-sens-group">{t('research.sens.group')}</label>
          <select id="research-sens-group" value={group} onChange={(e) => setGroup(e.target.value as ParameterGroup)}>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {`${PARAMETER_GROUPS[g][zh ? 'zh' : 'en']} (${SENSITIVE.filter((p) => parameterGroup(p.path) === g).length})`}
              </option>
            ))}
          </select>
        </div>
        <KpiSelect id="research-sens-kpi" value={kpi} onChange={setKpi} />
      </div>
      <p className="form-hint">{t('research.sens.hint', { n: inGroup.length, runs: 2 * inGroup.length + 1 })}</p>
    </ResearchPanel>
  );
}
