/**
 * The Research view: a one-parameter sweep, and below it the other tools (sensitivity, the window
 * optimiser, a 2-D sweep, each mechanism alone, the five-in-one synergy). Choose a base scenario (a preset or the edited
 * draft), a lever and its range, the number of points and the run settings; every point runs
 * through the worker pool with the same seed and replication indices (common random numbers).
 * Charts of the chosen KPIs with 95% CI bands, a table, CSV/JSON export, and the seed,
 * replications and command lines that reproduce each point.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useMemo, useState, type FormEvent } from 'react';
import { centreParameterIndex } from '../../../domain/parameters';
import { BandChart } from '../../charts/BandChart';
import { registryUnitText } from '../../i18n/registryUnit';
import { DraftOption, PresetOptions } from '../../library/PresetOptions';
import { downloadText } from '../../export/download';
import { fileStem } from '../../export/summaryExport';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSimPool } from '../../pool/SimPoolProvider';
import { DEFAULT_PRESET_ID } from '../../library/presets';
import { centrePresets } from '../../library/allPresets';
import { RunControls } from '../../run/RunControls';
import { TaskError } from '../../run/TaskError';
import { kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { DIRECTED_KPIS } from '../../../domain/kpis';
import { formatEstimate, formatKpi } from '../../kpis/kpiFormat';
import { checkNumber } from '../../draft/leverDraft';
import { RunSettingsFields } from '../../run/RunSettingsFields';
import { checkSettings, runCommand, type SettingsIssue, type SettingsText } from '../../run/runSettings';
import { chooseScenario, DRAFT_ID } from '../../draft/scenarioChoice';
import { selectTaskResult, selectTaskStatus, taskMachine } from '../../../app/taskMachine';
import { storedDraft, useLeverDraft } from '../../draft/useLeverDraft';
import { ruleText } from '../../levers/leverRules';
import { centreParameters, PARAMETER_GROUPS, parameterGroup, type ParameterGroup } from '../../../domain/parameters';
import { SourceLink } from '../../sources/SourceText';
import { SensitivityPanel } from './SensitivityPanel';
import { SweepMap } from './SweepMap';
import { WindowOptimiser } from './WindowOptimiser';
import './research.css';
import { isSweepableParameter, MAX_POINTS, MIN_POINTS, parameterLever, sweepLever, sweepLevers, sweepScenarios, sweepValues, type ParameterLeverId, type SweepLever, type SweepLeverId } from './sweep';

type LeverId = SweepLeverId | ParameterLeverId;

/** Every registry number that can be swept on its own (sensitivity), as levers. */
const parameterLevers: readonly SweepLever[] = centreParameters.filter(isSweepableParameter).map(parameterLever);
/** The registry's groups that have sweepable parameters, in the registry's group order. */
const LEVER_GROUPS = (Object.keys(PARAMETER_GROUPS) as ParameterGroup[]).filter((g) => parameterLevers.some((l) => parameterGroup(l.registryPath) === g));

function findLever(id: string): SweepLever | undefined {
  return sweepLever(id) ?? parameterLevers.find((l) => l.id === id);
}
import { MechanismEffects } from './MechanismEffects';
import { SynergyPanel } from './SynergyPanel';
import { runAll } from './runAll';
import { synergyYears } from './synergy';
import { PrecisionNote } from '../../components/PrecisionNote';
import { leverFileId, pointFile, sweepCsv, sweepJson, type SweepResult } from './sweepExport';
import { useVisited } from '../../useVisited';
import { TableScroll } from '../../components/TableScroll';

/** KPIs a researcher can chart (those with a better direction), first three chosen by default. */
const CHARTABLE = DIRECTED_KPIS;
const DEFAULT_KPIS = ['meanWaitMinutes', 'leadTimeDays', 'tripsPerCase'];

type RangeField = 'from' | 'to' | 'points';

export function ResearchView() {
  return useVisited('research') ? <ResearchViewBody /> : null;
}

function ResearchViewBody() {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const pool = useSimPool();
  const [baseId, setBaseId] = useState(DEFAULT_PRESET_ID);
  const [leverId, setLeverId] = useState<LeverId>('authorisationShare');
  const lever = findLever(leverId)!;
  const [range, setRange] = useState<Record<RangeField, string>>({ from: String(lever.from), to: String(lever.to), points: '5' });
  const [text, setText] = useState<SettingsText>({ replications: '3', days: '5', seed: '1' });
  const [settingsIssues, setSettingsIssues] = useState<SettingsIssue[]>([]);
  const [rangeErrors, setRangeErrors] = useState<Partial<Record<RangeField, string>>>({});
  const [kpis, setKpis] = useState<string[]>(DEFAULT_KPIS);
  const [draft] = useLeverDraft();
  const baseYears = useMemo(() => {
    const base = chooseScenario(baseId, centrePresets, baseId === DRAFT_ID ? draft : undefined);
    return base ? synergyYears(base.json) : [];
  }, [baseId, draft]);

  const task = useActorRef(taskMachine);
  const status = useSelector(task, selectTaskStatus);
  const result = useSelector(task, selectTaskResult) as SweepResult | undefined;

  const spec = centreParameterIndex.get(lever.registryPath);
  const leverName = (id: LeverId): string => {
    if (!id.startsWith('param:')) return t(`research.lever.${id as SweepLeverId}`);
    const p = centreParameterIndex.get(id.slice('param:'.length));
    return p ? (zh ? p.zh : p.en) : id;
  };

  const pickLever = (id: LeverId) => {
    const l = findLever(id)!;
    setLeverId(id);
    setRange((r) => ({ ...r, from: String(l.from), to: String(l.to) }));
    setRangeErrors({});
  };

  const run = (e: FormEvent) => {
    e.preventDefault();
    const rule = { min: lever.min, max: lever.max, integer: lever.integer };
    const errors: Partial<Record<RangeField, string>> = {};
    const from = checkNumber(range.from, rule);
    const to = checkNumber(range.to, rule);
    const points = checkNumber(range.points, { min: MIN_POINTS, max: MAX_POINTS, integer: true });
    const label = (f: RangeField) => t(`research.${f}`);
    if (!from.ok) errors.from = t('field.error', { field: label('from'), rule: `${ruleText(t, from.rule)}${t('settings.got', { value: range.from })}` });
    if (!to.ok) errors.to = t('field.error', { field: label('to'), rule: `${ruleText(t, to.rule)}${t('settings.got', { value: range.to })}` });
    if (!points.ok) errors.points = t('field.error', { field: label('points'), rule: `${ruleText(t, points.rule)}${t('settings.got', { value: range.points })}` });
    setRangeErrors(errors);
    const settings = checkSettings(text);
    setSettingsIssues(settings.ok ? [] : settings.issues);
    if (!from.ok || !to.ok || !points.ok || !settings.ok) return;
    const base = chooseScenario(baseId, centrePresets, baseId === DRAFT_ID ? storedDraft() : undefined);
    if (!base) return;
    const values = sweepValues(from.value, to.value, points.value, lever.integer);
    const scenarios = sweepScenarios(base.json, lever, values, settings.settings);
    const name = zh ? base.nameZh : base.name;
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const summaries = await runAll(pool, scenarios, { replications: settings.settings.replications, signal, onProgress });
        return { name, lever: lever.id, settings: settings.settings, points: values.map((v, i) => ({ value: v, kpis: summaries[i].kpis })), scenarios } satisfies SweepResult;
      },
    });
  };

  /** The base scenario and run settings for the mechanism comparison (settings errors shown on the form). */
  const prepareBase = () => {
    const settings = checkSettings(text);
    setSettingsIssues(settings.ok ? [] : settings.issues);
    if (!settings.ok) return undefined;
    const base = chooseScenario(baseId, centrePresets, baseId === DRAFT_ID ? storedDraft() : undefined);
    if (!base) return undefined;
    return { json: base.json, name: zh ? base.nameZh : base.name, settings: settings.settings };
  };

  const formatX = useMemo(() => {
    const l = result ? findLever(result.lever) : undefined;
    return (v: number) => (l?.integer ? formatNumber(locale, v, 0) : formatNumber(locale, v, 2));
  }, [result, locale]);
  const stem = result ? fileStem(result.name) : 'sweep';
  const resultLever = result ? (result.lever as LeverId) : leverId;

  return (
    <div className="research-view">
      <section className="intro">
        <h1>{t('research.title')}</h1>
        <p>{t('research.intro')}</p>
      </section>
      <div className="compare-layout research-layout">
        <form className="card research-form" onSubmit={run} noValidate aria-labelledby="research-form-title">
          <h2 id="research-form-title">{t('research.form.title')}</h2>
          <div className="field">
            <label htmlFor="research-base">{t('research.base')}</label>
            <select id="research-base" value={baseId} onChange={(e) => setBaseId(e.target.value)}>
              <PresetOptions />
              <DraftOption name={t('research.draft')} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="research-lever">{t('research.lever')}</label>
            <select id="research-lever" value={leverId} onChange={(e) => pickLever(e.target.value as LeverId)}>
              <optgroup label={t('research.leverGroup.reform')}>
                {sweepLevers.map((l) => (
                  <option key={l.id} value={l.id}>
                    {leverName(l.id)}
                  </option>
                ))}
              </optgroup>
              {LEVER_GROUPS.map((g) => (
                <optgroup key={g} label={`${t('research.leverGroup.param')}: ${PARAMETER_GROUPS[g][zh ? 'zh' : 'en']}`}>
                  {parameterLevers
                    .filter((l) => parameterGroup(l.registryPath) === g)
                    .map((l) => (
                      <option key={l.id} value={l.id}>
                        {leverName(l.id)}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            {spec && (
              <span className="field-unit" data-testid="research-lever-source">
                {registryUnitText(spec.unit, locale, t('text.englishOnly'))} · <SourceLink source={spec.source} />
              </span>
            )}
          </div>
          <p className="form-hint">{leverId.startsWith('param:') ? t('research.leverHint.param') : t(`research.leverHint.${leverId as SweepLeverId}`)}</p>
          <div className="field-grid">
            {(['from', 'to', 'points'] as const).map((f) => (
              <div key={f} className={rangeErrors[f] ? 'field field-invalid' : 'field'}>
                <label htmlFor={`research-${f}`}>{t(`research.${f}`)}</label>
                <input id={`research-${f}`} type="text" inputMode="decimal" value={range[f]} aria-invalid={rangeErrors[f] ? true : undefined} onChange={(e) => setRange((r) => ({ ...r, [f]: e.target.value }))} />
                {rangeErrors[f] && (
                  <span className="field-error" data-field-error={f}>
                    {rangeErrors[f]}
                  </span>
                )}
              </div>
            ))}
          </div>
          <RunSettingsFields idPrefix="research" text={text} issues={settingsIssues} onChange={(f, v) => setText((old) => ({ ...old, [f]: v }))} />
          <fieldset className="lever-group">
            <legend>{t('research.kpis')}</legend>
            <div className="lever-switches">
              {CHARTABLE.map((k) => (
                <div className="lever-switch" key={k}>
                  <input id={`research-kpi-${k}`} type="checkbox" checked={kpis.includes(k)} onChange={(e) => setKpis((old) => (e.target.checked ? [...old, k] : old.filter((x) => x !== k)))} />
                  <label htmlFor={`research-kpi-${k}`}>{kpiLabel(locale, k)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <p className="form-hint">{t('research.crn')}</p>
          <TaskError task={task} />
          <RunControls task={task} runLabel={t('research.run')} testId="research-status" />
        </form>
        <div className="research-results">
          {result ? (
            <section className={status === 'done' ? 'results card' : 'results card results-stale'} aria-labelledby="research-results-title" data-testid="research-results">
              <h2 id="research-results-title">{t('research.results.title', { name: result.name, lever: leverName(resultLever) })}</h2>
              <div className="result-actions" role="group" aria-label={t('export.label')}>
                <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-sweep-${leverFileId(result.lever)}.csv`, sweepCsv(result, (k) => kpiLabel(locale, k)), 'text/csv;charset=utf-8')}>
                  {t('export.csv')}
                </button>
                <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-sweep-${leverFileId(result.lever)}.json`, sweepJson(result, stem), 'application/json')}>
                  {t('export.json')}
                </button>
              </div>
              <p className="results-meta" data-testid="research-meta">
                {t('research.meta', { seed: result.settings.seed, n: result.settings.replications, days: result.settings.days, points: result.points.length })}
              </p>
              <PrecisionNote estimates={result.points.map((p) => Object.fromEntries(kpis.filter((k) => k in p.kpis).map((k) => [k, p.kpis[k]])))} />
              <div className="sweep-charts">
                {kpis
                  .filter((k) => result.points.every((p) => k in p.kpis))
                  .map((k) => (
                    <BandChart
                      key={k}
                      className="sweep-chart"
                      testId={`sweep-chart-${k}`}
                      title={`${kpiLabel(locale, k)}${kpiUnit(locale, k)}`}
                      xLabel={leverName(resultLever)}
                      formatX={formatX}
                      formatY={(v) => formatKpi(locale, k, v)}
                      points={result.points.map((p) => ({ x: p.value, mean: p.kpis[k].mean, lo: p.kpis[k].ci95[0], hi: p.kpis[k].ci95[1] }))}
                      ariaLabel={result.points.map((p) => `${formatX(p.value)}: ${formatEstimate(locale, k, p.kpis[k])}`).join('; ')}
                    />
                  ))}
              </div>
              <TableScroll>
                <table className="kpi-table sweep-table">
                  <caption>{t('research.table')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{leverName(resultLever)}</th>
                      <th scope="col">{t('research.pointScenario')}</th>
                      {kpis.map((k) => (
                        <th key={k} scope="col" className="num">
                          {kpiLabel(locale, k)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {result.points.map((p, i) => (
                      <tr key={p.value} data-value={p.value}>
                        <th scope="row">{formatX(p.value)}</th>
                        <td>
                          <button
                            type="button"
                            className="button button-small"
                            title={pointFile(stem, result.lever, p.value)}
                            aria-label={pointFile(stem, result.lever, p.value)}
                            onClick={() => downloadText(pointFile(stem, result.lever, p.value), JSON.stringify(result.scenarios[i], null, 2) + '\n', 'application/json')}
                          >
                            JSON
                          </button>
                        </td>
                        {kpis.map((k) => (
                          <td key={k} className="num">
                            {p.kpis[k] ? formatEstimate(locale, k, p.kpis[k]) : '—'}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <details className="reproduce" open>
                <summary>{t('research.reproduce')}</summary>
                <p className="form-hint">{t('research.reproduceHint')}</p>
                <pre data-testid="research-commands">{result.points.map((p) => runCommand(pointFile(stem, result.lever, p.value), result.settings)).join('\n')}</pre>
              </details>
            </section>
          ) : (
            <section className="results card results-empty">
              <h2>{t('research.results.empty.title')}</h2>
              <p>{t('research.results.empty')}</p>
            </section>
          )}
          <SensitivityPanel prepare={prepareBase} />
          <WindowOptimiser prepare={prepareBase} />
          <SweepMap prepare={prepareBase} />
          <MechanismEffects prepare={prepareBase} />
          <SynergyPanel prepare={prepareBase} years={baseYears} />
        </div>
      </div>
    </div>
  );
}
