/**
 * The Compare view: two scenarios (presets or the planner's edited draft) run through the worker
 * pool with common random numbers, side by side with 95% CIs, and the paired difference b − a
 * with its CI, flagged significant (CI excludes 0) and better or worse; a forest plot of the
 * differences; the five representative centres side by side; and the lever editor that makes the
 * draft. Runs are `taskMachine` actors, so leaving a run (cancel, a new run) aborts it.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { memo, useMemo, useState, type FormEvent } from 'react';
import type { CompareResult, Progress, RunSummary } from '../../../client/simPool';
import { DifferenceChart } from '../../charts/DifferenceChart';
import { PrecisionNote } from '../../components/PrecisionNote';
import type { DifferenceInput } from '../../charts/differenceLayout';
import { downloadText } from '../../export/download';
import { fileStem } from '../../export/summaryExport';
import { useLocale, useT, type Translate } from '../../i18n/I18nProvider';
import type { Locale } from '../../i18n/messages';
import { groupKpis, kpiGroupLabel, kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { useSimPool } from '../../pool/SimPoolProvider';
import { LeverEditor } from '../../levers/LeverEditor';
import { engineIssueText, leverRule } from '../../levers/leverRules';
import { DepartmentEditor, departmentFieldId } from '../../levers/DepartmentEditor';
import { UndoBar } from '../../draft/UndoBar';
import { DraftOption, PresetOptions } from '../../library/PresetOptions';
import { DEFAULT_PRESET_ID, planPresets } from '../../library/presets';
import { centrePresets } from '../../library/allPresets';
import { withRunSettings, type RunSettings } from '../../run/runSettings';
import { centresCsv, compareCsv, compareJson, sharedKpis } from './compareExport';
import { DIRECTED_KPIS } from '../../../domain/kpis';
import { judgeDifference, type Verdict } from '../../../domain/significance';
import { estimateParts, formatEstimate } from '../../kpis/kpiFormat';
import { draftIssues, type ScenarioJson } from '../../draft/leverDraft';
import { InputDiff } from './InputDiff';
import { draftTitle } from '../../draft/draftName';
import { RunSettingsFields } from '../../run/RunSettingsFields';
import { checkSettings, type SettingsIssue, type SettingsText } from '../../run/runSettings';
import { chooseScenario, DRAFT_ID, FIVE_CENTRES, type ChosenScenario } from '../../draft/scenarioChoice';
import { selectTaskResult, selectTaskStatus, taskMachine } from '../../../app/taskMachine';
import { useEngineCheck, useLeverDraft } from '../../draft/useLeverDraft';
import { whatIfDraft, whatIfs, type WhatIf } from './whatIfs';
import './compare.css';
import { useVisited } from '../../useVisited';
import { RunControls } from '../../run/RunControls';
import { TaskError } from '../../run/TaskError';
import { TableScroll } from '../../components/TableScroll';


/** The department table re-renders only when the draft or its messages change (not on every keystroke in the run settings). */
const DepartmentTableEditor = memo(DepartmentEditor);

interface CompareOutcome {
  result: CompareResult;
  a: ChosenScenario;
  b: ChosenScenario;
  settings: RunSettings;
  scenarios: { a: unknown; b: unknown };
  /** scenarios c, d (compared with a, paired, in the same run as b) */
  more: Array<{ side: string; chosen: ChosenScenario; result: CompareResult; scenario: unknown }>;
}

/** The side letters of the two to four compared scenarios. */
const SIDES = ['a', 'b', 'c', 'd'] as const;
const MAX_SCENARIOS = SIDES.length;

interface FiveOutcome {
  centres: Array<{ id: string; name: string; nameZh: string; summary: RunSummary }>;
  settings: RunSettings;
}


function ScenarioPicker({ id, label, value, onChange, draftName }: { id: string; label: string; value: string; onChange: (v: string) => void; draftName: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <PresetOptions />
        <DraftOption name={draftName} />
      </select>
    </div>
  );
}

/** "mean [lo, hi]" that wraps between the mean and the interval. */
function Est({ kpi, e, diff = false }: { kpi: string; e: { mean: number; ci95: readonly [number, number] }; diff?: boolean }) {
  const { locale } = useLocale();
  const [mean, ci] = estimateParts(locale, kpi, e, diff);
  return (
    <>
      <span className="est-mean">{mean}</span> <span className="est-ci">{ci}</span>
    </>
  );
}

function verdictText(t: Translate, verdict: Verdict): string {
  return t(`compare.verdict.${verdict}`);
}

/** The run settings every scenario of a comparison shared, and why the same preset may read differently elsewhere. */
function SettingsNote({ outcome }: { outcome: CompareOutcome }) {
  const t = useT();
  const sim = (outcome.scenarios.a as { simulation?: { sampling?: string } }).simulation;
  const sampling = sim?.sampling === 'spread' ? 'spread' : 'consecutive';
  return (
    <p className="form-hint compare-settings-note" data-testid="compare-settings-note">
      {t('compare.settingsNote', { days: outcome.settings.days, seed: outcome.settings.seed, n: outcome.settings.replications, sampling: t(`compare.sampling.${sampling}`) })}
    </p>
  );
}

function CompareResults({ outcome, stale, side = 'b', suffix = '' }: { outcome: CompareOutcome; stale: boolean; side?: string; suffix?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const { result, settings } = outcome;
  const names = { a: zh ? outcome.a.nameZh : outcome.a.name, b: zh ? outcome.b.nameZh : outcome.b.name };
  const sideB = side;
  const kpis = useMemo(() => sharedKpis(result), [result]);
  const groups = useMemo(() => groupKpis(kpis), [kpis]);
  const judged = useMemo(() => Object.fromEntries(kpis.map((k) => [k, judgeDifference(k, result.differences.kpis[k])])), [kpis, result]);
  const counts = { better: 0, worse: 0, changed: 0, negligible: 0 };
  for (const j of Object.values(judged)) if (j.verdict !== 'none') counts[j.verdict] += 1;

  const chartRows = useMemo<DifferenceInput[]>(
    () =>
      groups
        .flatMap((g) => g.names)
        .filter((k) => (DIRECTED_KPIS as readonly string[]).includes(k))
        .map((k) => {
          const d = result.differences.kpis[k];
          return { id: k, label: kpiLabel(locale, k), base: result.a.kpis[k].mean, mean: d.mean, lo: d.ci95[0], hi: d.ci95[1], verdict: judged[k].verdict };
        }),
    [groups, result, judged, locale],
  );
  const stem = fileStem(`${outcome.a.name}-vs-${outcome.b.name}`);
  const stemOf = (name: string) => fileStem(name).replace(/-+$/, '');
  const files = { a: `a-${stemOf(outcome.a.name)}.scenario.json`, b: `b-${stemOf(outcome.b.name)}.scenario.json` };
  return (
    <section className={stale ? 'results card results-stale' : 'results card'} aria-labelledby={`compare-results-title${suffix}`} data-testid={`compare-results${suffix}`} data-side={sideB}>
      <h2 id={`compare-results-title${suffix}`}>{t('compare.results.title', { a: `a · ${names.a}`, b: `${sideB} · ${names.b}` })}</h2>
      <div className="result-actions" role="group" aria-label={t('export.label')}>
        <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-compare.csv`, compareCsv(result, (k) => kpiLabel(locale, k)), 'text/csv;charset=utf-8')}>
          {t('export.csv')}
        </button>
        <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-compare.json`, compareJson(result, outcome.scenarios), 'application/json')}>
          {t('export.json')}
        </button>
      </div>
      <dl className="compare-legend">
        <dt>a</dt>
        <dd>{names.a}</dd>
        <dt>{sideB}</dt>
        <dd>{names.b}</dd>
      </dl>
      <p className="results-meta" data-testid={`compare-meta${suffix}`}>
        {t('compare.meta', { seed: result.a.seed, n: result.differences.pairs, days: settings.days })}
      </p>
      <p className="compare-summary" data-testid={`compare-summary${suffix}`}>
        {t('compare.summary', { better: counts.better, worse: counts.worse, changed: counts.changed, negligible: counts.negligible })}
      </p>
      <PrecisionNote estimates={[result.a.kpis, result.b.kpis]} />
      <DifferenceChart
        rows={chartRows}
        title={t('compare.chart.title', { a: names.a, b: names.b })}
        ariaLabel={chartRows.map((r) => `${r.label}: ${formatEstimate(locale, r.id, { mean: r.mean, ci95: [r.lo, r.hi] }, true)}`).join('; ')}
        testId={`difference-chart${suffix}`}
      />
      <p className="form-hint">{t('compare.chart.hint')}</p>
      <details className="reproduce">
        <summary>{t('research.reproduce')}</summary>
        <p className="form-hint">{t('compare.reproduceHint')}</p>
        <div className="result-actions">
          {(['a', 'b'] as const).map((side) => (
            <button key={side} type="button" className="button button-small" onClick={() => downloadText(files[side], JSON.stringify(outcome.scenarios[side], null, 2) + '\n', 'application/json')}>
              {files[side]}
            </button>
          ))}
        </div>
        <pre data-testid={`compare-command${suffix}`}>{`npx onewindow compare ${files.a} ${files.b} --replications ${result.differences.pairs} --seed ${result.a.seed}`}</pre>
      </details>
      {groups.map(({ group, names: rows }) => (
        <section key={group} className="kpi-group" aria-labelledby={`compare-group-${group}${suffix}`}>
          <h3 id={`compare-group-${group}${suffix}`}>{kpiGroupLabel(locale, group)}</h3>
          <TableScroll>
            <table className="kpi-table compare-table">
              <caption className="visually-hidden">{kpiGroupLabel(locale, group)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('kpi.col.name')}</th>
                  <th scope="col" className="num" title={names.a}>
                    {t('compare.col.a')}
                  </th>
                  <th scope="col" className="num" title={names.b}>
                    {t('compare.col.b')}
                  </th>
                  <th scope="col" className="num">{t('compare.col.diff')}</th>
                  <th scope="col">{t('compare.col.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((k) => {
                  const j = judged[k];
                  return (
                    <tr key={k} data-kpi={k} data-significant={j.significant ? 'yes' : 'no'} data-verdict={j.verdict}>
                      <th scope="row">
                        {kpiLabel(locale, k)}
                        <span className="kpi-unit">{kpiUnit(locale, k)}</span>
                      </th>
                      <td className="num" data-col="a">
                        <Est kpi={k} e={result.a.kpis[k]} />
                      </td>
                      <td className="num" data-col="b">
                        <Est kpi={k} e={result.b.kpis[k]} />
                      </td>
                      <td className="num" data-col="diff">
                        <Est kpi={k} e={result.differences.kpis[k]} diff />
                      </td>
                      <td data-col="verdict" className={`verdict verdict-${j.verdict}`}>
                        {verdictText(t, j.verdict)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </section>
  );
}

/** KPIs shown in the five-centre table: those with a direction, then size. */
const FIVE_KPIS = [...DIRECTED_KPIS, 'windowUtilisation', 'staff', 'windows'];

function FiveCentresTable({ outcome, stale }: { outcome: FiveOutcome; stale: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const kpis = FIVE_KPIS.filter((k) => outcome.centres.every((c) => k in c.summary.kpis));
  return (
    <TableScroll className={stale ? 'results-stale' : undefined} data-testid="five-results">
      <div className="result-actions" role="group" aria-label={t('export.label')}>
        <button
          type="button"
          className="button button-small"
          onClick={() => downloadText('five-centres.csv', centresCsv(outcome.centres.map((c) => ({ ...c, name: zh ? c.nameZh : c.name })), kpis, (k) => kpiLabel(locale, k)), 'text/csv;charset=utf-8')}
        >
          {t('export.csv')}
        </button>
      </div>
      <p className="results-meta">{t('compare.five.meta', { seed: outcome.settings.seed, n: outcome.settings.replications, days: outcome.settings.days })}</p>
      <table className="kpi-table five-table">
        <caption className="visually-hidden">{t('compare.five.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpi.col.name')}</th>
            {outcome.centres.map((c) => (
              <th key={c.id} scope="col" className="num" data-centre={c.id}>
                {zh ? c.nameZh : c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k} data-kpi={k}>
              <th scope="row">
                {kpiLabel(locale, k)}
                <span className="kpi-unit">{kpiUnit(locale, k)}</span>
              </th>
              {outcome.centres.map((c) => (
                <td key={c.id} className="num" data-centre={c.id}>
                  <Est kpi={k} e={c.summary.kpis[k]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Sum progress over several runs into one. */
function progressSum(parts: Progress[], onProgress: (p: Progress) => void) {
  return (i: number) => (p: Progress) => {
    parts[i] = p;
    onProgress({ done: parts.reduce((a, x) => a + x.done, 0), total: parts.reduce((a, x) => a + x.total, 0) });
  };
}

export function CompareView() {
  return useVisited('compare') ? <CompareViewBody /> : null;
}

function CompareViewBody() {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const pool = useSimPool();
  const [draft, setDraft, resetDraft] = useLeverDraft();
  const [aId, setA] = useState(DEFAULT_PRESET_ID);
  const [bId, setB] = useState(DRAFT_ID);
  /** scenarios c and d, when added */
  const [moreIds, setMoreIds] = useState<string[]>([]);
  const [text, setText] = useState<SettingsText>({ replications: '5', days: '10', seed: '1' });
  const [shownIssues, setShownIssues] = useState<SettingsIssue[]>([]);

  const task = useActorRef(taskMachine);
  const status = useSelector(task, selectTaskStatus);
  const outcome = useSelector(task, selectTaskResult) as CompareOutcome | undefined;
  const five = useActorRef(taskMachine);
  const fiveStatus = useSelector(five, selectTaskStatus);
  const fiveOutcome = useSelector(five, selectTaskResult) as FiveOutcome | undefined;

  const engineError = useEngineCheck(pool, draft?.scenario);
  const draftNameIn = (lang: Locale): string => (draft ? draftTitle(draft, centrePresets, lang) : '');
  const draftName = draftNameIn(locale);
  const draftFieldIssues = useMemo(() => (draft ? draftIssues(draft, leverRule) : []), [draft]);
  const draftIssueMap = useMemo(() => new Map(draftFieldIssues.map((i) => [i.path, i])), [draftFieldIssues]);
  const engineIssue = useMemo(() => (draft && engineError ? { path: engineError.path, text: engineIssueText(t, engineError, draft.scenario, zh) } : undefined), [draft, engineError, t, zh]);
  /** typed values that break a rule, or an engine error of the draft: Run refuses while a compared scenario is the draft (as Plan's Run does) */
  const draftBlocked = draftFieldIssues.length + (engineError ? 1 : 0);
  const [blockedShown, setBlockedShown] = useState(false);
  const usesDraft = [aId, bId, ...moreIds].includes(DRAFT_ID);

  /** The draft is named after the preset it started from, in both languages. */
  const named = (c: ChosenScenario | undefined): ChosenScenario | undefined =>
    c && c.id === DRAFT_ID && centrePresets.some((p) => p.id === draft?.baseId)
      ? { ...c, name: draftNameIn('en'), nameZh: draftNameIn('zh-CN') }
      : c;

  /** A ready-made comparison: its preset as a, the edited copy as b (replaces the draft). */
  const pickWhatIf = (w: WhatIf) => {
    const preset = centrePresets.find((p) => p.id === w.base);
    if (!preset) return;
    setDraft(whatIfDraft(w, preset.json));
    setA(w.base);
    setB(DRAFT_ID);
  };

  const settingsOrShow = (): RunSettings | undefined => {
    const checked = checkSettings(text);
    if (!checked.ok) {
      setShownIssues(checked.issues);
      return undefined;
    }
    setShownIssues([]);
    return checked.settings;
  };

  const runCompare = (e: FormEvent) => {
    e.preventDefault();
    if (usesDraft && draftBlocked > 0) {
      setBlockedShown(true);
      // focus the first field at fault: a department cell, else a field of the lever editor
      const first = draftFieldIssues[0]?.path ?? engineError?.path;
      if (first) (document.getElementById(departmentFieldId('compare-dep', first)) ?? document.getElementById(departmentFieldId('lever', first)))?.focus();
      return;
    }
    setBlockedShown(false);
    const settings = settingsOrShow();
    const a = named(chooseScenario(aId, centrePresets, draft));
    const b = named(chooseScenario(bId, centrePresets, draft));
    const others = moreIds.map((id) => named(chooseScenario(id, centrePresets, draft)));
    if (!settings || !a || !b || others.some((o) => !o)) return;
    const scenarios = { a: withRunSettings(a.json, settings), b: withRunSettings(b.json, settings) };
    const moreJson = (others as ChosenScenario[]).map((o) => withRunSettings(o.json, settings));
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const options = { replications: settings.replications, seed: settings.seed, signal, onProgress };
        if (moreJson.length === 0) return { result: await pool.compare(scenarios.a, scenarios.b, options), a, b, settings, scenarios, more: [] } satisfies CompareOutcome;
        // a runs once; b, c, d are each paired with it under common random numbers
        const many = await pool.compareMany(scenarios.a, [scenarios.b, ...moreJson], options);
        const pair = (i: number): CompareResult => ({ a: many.base, b: many.variants[i].summary, differences: many.variants[i].differences });
        const more = (others as ChosenScenario[]).map((chosen, i) => ({ side: SIDES[i + 2], chosen, result: pair(i + 1), scenario: moreJson[i] }));
        return { result: pair(0), a, b, settings, scenarios, more } satisfies CompareOutcome;
      },
    });
  };

  const runFive = (e: FormEvent) => {
    e.preventDefault();
    const settings = settingsOrShow();
    if (!settings) return;
    const chosen = FIVE_CENTRES.map((id) => chooseScenario(id, centrePresets, undefined)).filter((c): c is ChosenScenario => !!c);
    five.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const parts = chosen.map(() => ({ done: 0, total: settings.replications }));
        const report = progressSum(parts, onProgress);
        onProgress({ done: 0, total: chosen.length * settings.replications });
        const summaries = await Promise.all(chosen.map((c, i) => pool.run(withRunSettings(c.json, settings), { replications: settings.replications, signal, onProgress: report(i) })));
        return { centres: chosen.map((c, i) => ({ id: c.id, name: c.name, nameZh: c.nameZh, summary: summaries[i] })), settings } satisfies FiveOutcome;
      },
    });
  };

  return (
    <div className="compare-view">
      <section className="intro">
        <h1>{t('compare.title')}</h1>
        <p>{t('compare.intro')}</p>
      </section>
      <div className="compare-layout">
        <div className="compare-main">
          <form className="card compare-form" onSubmit={runCompare} noValidate aria-labelledby="compare-form-title">
            <h2 id="compare-form-title">{t('compare.form.title')}</h2>
            <div className="field-grid">
              <ScenarioPicker id="compare-a" label={t('compare.a')} value={aId} onChange={setA} draftName={draftName} />
              <ScenarioPicker id="compare-b" label={t('compare.b')} value={bId} onChange={setB} draftName={draftName} />
              {moreIds.map((id, i) => (
                <div key={SIDES[i + 2]} className="compare-more">
                  <ScenarioPicker id={`compare-${SIDES[i + 2]}`} label={t('compare.pick', { side: SIDES[i + 2] })} value={id} onChange={(v) => setMoreIds((old) => old.map((x, j) => (j === i ? v : x)))} draftName={draftName} />
                  <button type="button" className="button button-small" onClick={() => setMoreIds((old) => old.filter((_, j) => j !== i))} aria-label={`${t('compare.remove')} ${SIDES[i + 2]}`}>
                    {t('compare.remove')}
                  </button>
                </div>
              ))}
            </div>
            {moreIds.length + 2 < MAX_SCENARIOS && (
              <button type="button" className="button button-small" data-testid="compare-add" onClick={() => setMoreIds((old) => [...old, DEFAULT_PRESET_ID])}>
                {t('compare.more')}
              </button>
            )}
            <div className="what-ifs" role="group" aria-labelledby="what-ifs-label">
              <span id="what-ifs-label" className="form-hint">
                {t('compare.whatIf.label')}
              </span>
              {whatIfs.map((w) => (
                <button key={w.id} type="button" className="button button-small" data-what-if={w.id} onClick={() => pickWhatIf(w)}>
                  {t(`compare.whatIf.${w.id}`)}
                </button>
              ))}
            </div>
            <RunSettingsFields idPrefix="compare" text={text} issues={shownIssues} onChange={(f, v) => setText((old) => ({ ...old, [f]: v }))} />
            <p className="form-hint">{t('compare.crn')}</p>
            {blockedShown && usesDraft && draftBlocked > 0 && (
              <p className="form-alert" role="alert" data-testid="compare-blocked">
                {t('editor.blocked', { n: draftBlocked })}
              </p>
            )}
            <TaskError task={task} />
            <RunControls task={task} runLabel={t('compare.run')} testId="compare-status" />
          </form>
          {outcome ? (
            <>
              <SettingsNote outcome={outcome} />
              <InputDiff
                scenarios={[
                  { side: 'a', name: zh ? outcome.a.nameZh : outcome.a.name, json: outcome.scenarios.a as ScenarioJson },
                  { side: 'b', name: zh ? outcome.b.nameZh : outcome.b.name, json: outcome.scenarios.b as ScenarioJson },
                  ...outcome.more.map((m) => ({ side: m.side, name: zh ? m.chosen.nameZh : m.chosen.name, json: m.scenario as ScenarioJson })),
                ]}
              />
              <CompareResults outcome={outcome} stale={status !== 'done'} />
              {outcome.more.map((m) => (
                <CompareResults key={m.side} outcome={{ ...outcome, b: m.chosen, result: m.result, scenarios: { a: outcome.scenarios.a, b: m.scenario } }} stale={status !== 'done'} side={m.side} suffix={`-${m.side}`} />
              ))}
            </>
          ) : (
            <section className="results card results-empty">
              <h2>{t('compare.results.empty.title')}</h2>
              <p>{t('compare.results.empty')}</p>
            </section>
          )}
          <form className="card five-centres" onSubmit={runFive} noValidate aria-labelledby="five-title">
            <h2 id="five-title">{t('compare.five.title')}</h2>
            <p>{t('compare.five.intro')}</p>
            <TaskError task={five} />
            <RunControls task={five} runLabel={t('compare.five.run')} testId="five-status" />
            {fiveOutcome && <FiveCentresTable outcome={fiveOutcome} stale={fiveStatus !== 'done'} />}
          </form>
        </div>
        <div className="compare-side">{draft && <LeverEditor draft={draft} onChange={setDraft} presets={planPresets} onReset={resetDraft} engineError={engineError} />}</div>
      </div>
      {draft && (
        <section className="compare-departments">
          <UndoBar />
          <DepartmentTableEditor draft={draft} onChange={setDraft} issues={draftIssueMap} engineIssue={engineIssue} idPrefix="compare-dep" />
        </section>
      )}
    </div>
  );
}
