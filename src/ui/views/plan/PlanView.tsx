/**
 * The Plan view: pick a scenario (a centre preset, Dalian 2009 by default, or a service hall as
 * an M/M/c queue), run it through the worker pool with progress and cancel, and read the
 * results with their 95% CIs. One run actor serves every scenario kind.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { Suspense, useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { runUntilJob, startRun as startRunEvent, selectOverload, selectRunOutcome, selectRunStatus, type RunOutcome } from '../../../app/runJob';
import { MAX_ADVISED_REPLICATIONS, replicationAdvice } from '../../run/replicationAdvice';
import { loadSession, saveSession } from '../../library/session';
import type { RunSummary } from '../../../engine/types';
import { ResultActions } from '../../export/ResultActions';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSimPool } from '../../pool/SimPoolProvider';
import { OverloadWarning } from '../../components/OverloadWarning';
import { MmcFields } from './MmcFields';
import { analyticValue } from './analytic';
import { lazyPart } from '../../components/lazyPart';
import { checkField, defaultMmcForm, fieldForPath, fieldLabelKey, mmcScenario, offeredLoad, ruleKey, validateMmcForm, type FieldIssue, type MmcField, type MmcFormValues } from './mmcForm';
import { PresetFields, PresetLevers } from './PresetFields';
import { PresetOptions } from '../../library/PresetOptions';
import { kpiLabel, kpiUnitText } from '../../kpis/kpiLabel';
import { DEFAULT_PRESET_ID, planPresets, toCentrePresets, type CentrePreset } from '../../library/presets';
import { readShareHash, withoutShare } from '../../library/shareLink';
import { useHash } from '../../hashRoute';
import { LibraryPanel } from '../../library/LibraryPanel';
import { changedPaths } from '../../draft/leverDraft';
import { draftTitle } from '../../draft/draftName';
import { storedDraft, useEngineCheck, useLeverDraft } from '../../draft/useLeverDraft';
import { selectTaskError, selectTaskProgress, selectTaskResult, selectTaskStatus, taskMachine } from '../../../app/taskMachine';
import { RunControls, type RunStatus } from '../../run/RunControls';
import { InterruptedRunNotice } from '../../run/InterruptedRunNotice';
import { taskErrorText } from '../../run/TaskError';
import { UndoBar } from '../../draft/UndoBar';
import { editingDraft } from '../../draft/editingDraft';
import { draftIssues, type DraftScenario, type LeverDraft } from '../../draft/leverDraft';
import { DepartmentEditor, departmentFieldId } from '../../levers/DepartmentEditor';
import { engineIssueText, leverRule } from '../../levers/leverRules';
import type { CompareResult } from '../../../client/simPool';
import { pairKept } from '../../../client/pairKept';
import type { ReplicationResult } from '../../../engine/types';

/**
 * The results show only after a run: their code (charts, tables, d3 scales) is a chunk of its own,
 * fetched when a run starts (or a reload restores one), not with the first page.
 */
const CentreResults = lazyPart(() => import('./CentreResults'), 'CentreResults');
const MmcResults = lazyPart(() => import('./MmcResults'), 'MmcResults');

/** Fetches the results' chunks (a run has started; tests call it through preloadViews). */
export function preloadParts(): Promise<void> {
  return Promise.all([CentreResults.preload(), MmcResults.preload()]).then(() => undefined);
}

/** The indicators a run can be made precise for, and whose precision the advice reads: the headline ones. */
const UNTIL_KPIS = ['meanWaitMinutes', 'tripsPerCase', 'leadTimeDays', 'onTimeRate', 'complaintsPer10k'];

/** The scenario picker's value for the M/M/c hall (presets use their file stem). */
const MMC = 'mmc';
/** The scenario picker's value for a scenario file from the user's computer. */
const FILE = 'file';

type LoadedFile = { name: string; json: unknown } | { name: string; error: string };

/** What a run was, for its title and for what it can be compared with. */
interface RunRequest {
  scenario: unknown;
  name: string;
  nameZh: string;
  /** the unedited preset, when the run was the edited draft of it */
  unedited?: { scenario: unknown; name: string; nameZh: string };
}

/** A run to set the current one against, with common random numbers. */
type Against = 'baseline' | 'preset' | 'none';

interface Pairing {
  /** the run (summary) the pairing belongs to */
  summary: RunSummary;
  /** the scenario it was paired with */
  partner: unknown;
  result: CompareResult;
  /** the partner's kept results were paired as they were: nothing ran again */
  reused?: boolean;
}

/** What the Plan view keeps for a reload. */
interface PlanSession {
  outcome?: RunOutcome;
  request?: RunRequest;
  baseline?: Baseline;
  /** the baseline is the last run itself (one object, not two equal ones) */
  baselineIsOutcome?: boolean;
}

/** A pinned run: its summary, scenario and names, and its per-replication results (paired with later runs without rerunning it). */
interface Baseline {
  summary: RunSummary;
  scenario: unknown;
  names: Names;
  results?: ReplicationResult[];
}

/** A run's name in both languages. */
interface Names {
  en: string;
  zh: string;
}


/** The picker value of a draft opened from a shared link. */
const SHARED_ID = 'shared';

/** Whether the draft differs from the preset it started from (or starts from none). */
function isEdited(draft: LeverDraft): boolean {
  const base = planPresets.find((p) => p.id === draft.baseId);
  return !base || changedPaths(base.json, draft.scenario).length > 0 || Object.keys(draft.text).length > 0;
}

/** A draft that comes from no preset, as a picker entry of its own. */
function draftAsPreset(draft: LeverDraft): CentrePreset {
  const [p] = toCentrePresets({ [`${draft.baseId.replace(/\//g, '_')}.scenario.json`]: draft.scenario });
  return { ...p, id: draft.baseId };
}

/** The picker opens on the preset the shared draft edits, if it holds edits, else on Dalian 2009. */
function initialScenario(): string {
  const draft = storedDraft();
  if (draft && !planPresets.some((p) => p.id === draft.baseId)) return draft.baseId;
  const base = draft && planPresets.find((p) => p.id === draft.baseId);
  if (base && changedPaths(base.json, draft.scenario).length > 0) return base.id;
  return planPresets.some((p) => p.id === DEFAULT_PRESET_ID) ? DEFAULT_PRESET_ID : MMC;
}

export function PlanView() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const run = useActorRef(taskMachine);
  const status = useSelector(run, selectRunStatus);
  const outcome = useSelector(run, selectRunOutcome);
  const summary = outcome?.summary;
  const summaryScenario = outcome?.scenario;
  const runError = useSelector(run, selectTaskError);
  const overload = useSelector(run, selectOverload);
  /** the scenario JSON of the current (or last) run request */
  const [lastScenario, setLastScenario] = useState<unknown>();
  const startRun = (scenario: unknown, replications?: number) => {
    void preloadParts();
    setLastScenario(scenario);
    run.send(startRunEvent(pool, scenario, replications));
  };

  const [scenarioId, setScenarioId] = useState(initialScenario);
  const [file, setFile] = useState<LoadedFile>();
  const [draft, setDraft, resetDraft] = useLeverDraft();
  /** a draft that comes from no preset (a library entry, an imported file, a shared link), offered as its own choice */
  const draftPreset = useMemo(() => (draft && !planPresets.some((p) => p.id === draft.baseId) ? draftAsPreset(draft) : undefined), [draft]);
  const allPresets = useMemo(() => (draftPreset ? [draftPreset, ...planPresets] : planPresets), [draftPreset]);
  const preset = allPresets.find((p) => p.id === scenarioId);
  // The picker follows the shared draft when another view (Compare's what-ifs, the library, a
  // shared link) makes it edit another preset: it names the draft's real origin.
  const [followed, setFollowed] = useState(draft?.baseId);
  if (draft && draft.baseId !== followed) {
    setFollowed(draft.baseId);
    if (allPresets.some((p) => p.id === draft.baseId) && scenarioId !== draft.baseId && (draftPreset || isEdited(draft))) setScenarioId(draft.baseId);
  }
  const draftEditedName = draft && isEdited(draft) ? draftTitle(draft, planPresets, locale) : undefined;
  const [libraryNote, setLibraryNote] = useState<{ kind: 'error' | 'note'; text: string }>();
  const hash = useHash();
  useEffect(() => {
    const shared = readShareHash(hash);
    if (!shared) return;
    history.replaceState(null, '', withoutShare(hash));
    // checked by the engine like any import before it becomes the draft
    void (shared.ok ? pool.validate(shared.text) : Promise.resolve(undefined)).then((checked) => {
      if (!shared.ok || !checked) {
        setLibraryNote({ kind: 'error', text: t('library.sharedRefused', { reason: t(`library.shared.${shared.ok ? 'notCentre' : shared.reason}`) }) });
        return;
      }
      const json = shared.json;
      // names are read as text only: a link may carry any value there (String() of a 5,000-deep array overflows the stack)
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      const name = text(locale === 'zh-CN' ? json.nameZh : json.name) || text(json.name);
      if (!checked.ok) {
        setLibraryNote({ kind: 'error', text: t('library.sharedRefused', { reason: engineIssueText(t, checked, json, locale === 'zh-CN') }) });
        return;
      }
      setDraft({ baseId: SHARED_ID, scenario: json as DraftScenario, text: {} });
      setScenarioId(SHARED_ID);
      setLibraryNote({ kind: 'note', text: t('library.sharedOpened', { name }) });
    }, (error: unknown) => {
      // the engine failed to check the link (issue 12): say so; the current draft stays as it was
      setLibraryNote({ kind: 'error', text: t('library.sharedRefused', { reason: error instanceof Error ? error.message : String(error) }) });
    });
  }, [hash, pool, setDraft, t, locale]);
  /** the shared draft when it edits the picked preset (else the preset runs as it is) */
  const edited = useMemo(() => (preset && draft?.baseId === preset.id && changedPaths(preset.json, draft.scenario).length > 0 ? draft : undefined), [preset, draft]);
  // checked by the engine only once edited: an untouched preset starts no worker
  const engineError = useEngineCheck(pool, edited?.scenario);
  /** the draft the department table edits for the picked preset (see editingDraft) */
  const editing = useMemo(() => (preset ? editingDraft(preset, allPresets, draft) : undefined), [preset, allPresets, draft]);
  const draftFieldIssues = useMemo(() => (editing ? draftIssues(editing, leverRule) : []), [editing]);
  const draftIssueMap = useMemo(() => new Map(draftFieldIssues.map((i) => [i.path, i])), [draftFieldIssues]);
  /** typed values that break a rule, or an engine error of the edited draft: Run refuses until fixed */
  const draftBlocked = draftFieldIssues.length + (edited && engineError ? 1 : 0);
  const [blockedShown, setBlockedShown] = useState(false);
  const engineIssue = edited && engineError ? { path: engineError.path, text: engineIssueText(t, engineError, edited.scenario, locale === 'zh-CN') } : undefined;
  /** a completed run the user pinned: later runs are paired with it */
  const [baseline, setBaseline] = useState<Baseline>();
  const [request, setRequest] = useState<RunRequest>();
  /** "run until the CI half-width of a KPI is below X" */
  const [until, setUntil] = useState({ on: false, kpi: 'meanWaitMinutes', halfWidth: '1' });
  const [untilShown, setUntilShown] = useState(false);
  const untilTarget = Number(until.halfWidth.replace(/，/g, ','));
  const untilInvalid = until.on && untilShown && !(Number.isFinite(untilTarget) && untilTarget > 0);
  // After a reload the last results and the pinned baseline come back (IndexedDB); the draft is in localStorage.
  useEffect(() => {
    let alive = true;
    void loadSession<PlanSession>().then((saved) => {
      if (!alive || !saved || run.getSnapshot().value !== 'idle') return;
      if (saved.outcome) {
        const restored = saved.outcome;
        setLastScenario(restored.scenario);
        run.send({ type: 'task.start', job: async () => restored, phase: 'restored' });
      }
      if (saved.request) setRequest(saved.request);
      if (saved.baseline) setBaseline(saved.baselineIsOutcome && saved.outcome ? { ...saved.baseline, summary: saved.outcome.summary } : saved.baseline);
    });
    return () => {
      alive = false;
    };
  }, [run]);
  useEffect(() => {
    if (status === 'done' && outcome) void saveSession({ outcome, request, baseline, baselineIsOutcome: baseline?.summary === outcome.summary } satisfies PlanSession);
  }, [status, outcome, request, baseline]);
  const [againstChoice, setAgainstChoice] = useState<Against>();
  const [fileMissing, setFileMissing] = useState(false);
  const pair = useActorRef(taskMachine);
  const pairStatus = useSelector(pair, selectTaskStatus);
  const pairProgress = useSelector(pair, selectTaskProgress);
  const pairError = useSelector(pair, selectTaskError);
  const pairing = useSelector(pair, selectTaskResult) as Pairing | undefined;

  const [values, setValues] = useState<MmcFormValues>(defaultMmcForm);
  /** replications typed per preset (the preset's own count until edited) */
  const [presetReplications, setPresetReplications] = useState<Record<string, string>>({});
  /** fields whose message is shown: edited ones, or all after a submit attempt */
  const [shown, setShown] = useState<ReadonlySet<MmcField> | 'all'>(() => new Set());

  const replicationsText = preset ? (presetReplications[preset.id] ?? String(preset.replications)) : '';
  const issues = useMemo<FieldIssue[]>(() => {
    if (scenarioId === FILE) return [];
    if (!preset) return validateMmcForm(values).issues;
    const r = checkField('replications', replicationsText);
    return r.ok ? [] : [r.issue];
  }, [scenarioId, preset, values, replicationsText]);

  const message = (issue: FieldIssue) => t('field.error', { field: t(fieldLabelKey[issue.field]), rule: t(ruleKey[issue.rule], issue.params) });
  const messages: Partial<Record<MmcField, string>> = {};
  for (const issue of issues) {
    if (!messages[issue.field] && (shown === 'all' || shown.has(issue.field))) messages[issue.field] = message(issue);
  }
  // An engine validation error that points at a form field is shown on that field too.
  const engineField = status === 'failed' && scenarioId === MMC ? fieldForPath(runError?.path) : undefined;
  if (engineField && !messages[engineField] && runError) messages[engineField] = runError.message;

  const rho = offeredLoad(values);
  const hint = rho === undefined ? t('plan.loadUnknown') : t('plan.load', { rho: formatNumber(locale, rho, 3) });

  const reveal = (field: MmcField) => setShown((s) => (s === 'all' || s.has(field) ? s : new Set(s).add(field)));
  const pickScenario = (id: string) => {
    setScenarioId(id);
    setShown(new Set());
  };
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    setFileMissing(false);
    const text = await chosen.text();
    try {
      setFile({ name: chosen.name, json: JSON.parse(text) });
    } catch (error) {
      setFile({ name: chosen.name, error: error instanceof Error ? error.message : String(error) });
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (preset && draftBlocked > 0) {
      setBlockedShown(true);
      const first = draftFieldIssues[0]?.path ?? engineError?.path;
      if (first) document.getElementById(departmentFieldId('plan-dep', first))?.focus();
      return;
    }
    setBlockedShown(false);
    if (issues.length > 0) {
      setShown('all');
      document.getElementById(`field-${issues[0].field}`)?.focus();
      return;
    }
    if (scenarioId === FILE) {
      if (file && 'json' in file) startRun(file.json);
      else setFileMissing(!file);
      return;
    }
    if (preset) {
      const replications = Number(replicationsText.trim()) || preset.replications;
      const next: RunRequest = edited
        ? {
            scenario: { ...edited.scenario, name: draftTitle(edited, planPresets, 'en'), nameZh: draftTitle(edited, planPresets, 'zh-CN') },
            name: draftTitle(edited, planPresets, 'en'),
            nameZh: draftTitle(edited, planPresets, 'zh-CN'),
            unedited: { scenario: preset.json, name: preset.name, nameZh: preset.nameZh },
          }
        : { scenario: preset.json, name: preset.name, nameZh: preset.nameZh };
      setRequest(next);
      if (until.on) {
        const target = Number(until.halfWidth.replace(/，/g, ','));
        if (!(Number.isFinite(target) && target > 0)) {
          document.getElementById('run-until-target')?.focus();
          setUntilShown(true);
          return;
        }
        setLastScenario(next.scenario);
        void preloadParts();
        run.send({ type: 'task.start', job: runUntilJob(pool, next.scenario, replications, { kpi: until.kpi, halfWidth: target, max: MAX_ADVISED_REPLICATIONS }), phase: 'validating' });
      } else startRun(next.scenario, replications);
    } else {
      const params = validateMmcForm(values).params;
      if (params) startRun(mmcScenario(params));
    }
  };

  /** A run's names: presets by their Chinese name, an edited draft by what changed. */
  function namesOf(name: string): Names {
    if (request && request.name === name) return { en: request.name, zh: request.nameZh };
    const from = planPresets.find((p) => p.name === name);
    return { en: name, zh: from ? from.nameZh : name };
  }
  const inLocale = (names: Names) => (locale === 'zh-CN' ? names.zh : names.en);
  const displayName = (name: string) => inLocale(namesOf(name));

  const runStatusText = (st: RunStatus) => (st === 'done' ? t('status.done', { n: summary?.replications ?? 0 }) : t(`status.${st}`));

  /** too few replications for the headline indicators: how many would do */
  const advice = status === 'done' && summary && summary.kind === 'onewindow/centre' && !outcome?.goal ? replicationAdvice(summary.kpis, summary.replications, UNTIL_KPIS) : undefined;

  // When a run finishes, its results come into view (the form can be long); not for a restored run.
  const previousStatus = useRef(status);
  useEffect(() => {
    if (previousStatus.current === 'running' && status === 'done' && run.getSnapshot().context.phase !== 'restored') {
      document.querySelector('.plan-results')?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    }
    previousStatus.current = status;
  }, [status, run]);

  const resultTitle = summary ? t('results.for', { name: displayName(summary.name) }) : '';

  // What this run can be paired with: the pinned baseline (another run of the same kind), or the
  // preset it edits. The user picks one; by default the baseline, else the unedited preset.
  const done = status === 'done' && summary ? summary : undefined;
  const canBaseline = !!(done && baseline && baseline.summary !== done && baseline.summary.kind === done.kind);
  const unedited = done && request?.name === done.name ? request.unedited : undefined;
  const against: Against =
    againstChoice === 'baseline' && canBaseline ? 'baseline' : againstChoice === 'preset' && unedited ? 'preset' : againstChoice === 'none' ? 'none' : canBaseline ? 'baseline' : unedited ? 'preset' : 'none';
  const partner = !done || against === 'none' ? undefined : against === 'baseline' ? { scenario: baseline!.scenario, names: baseline!.names } : { scenario: unedited!.scenario, names: { en: unedited!.name, zh: unedited!.nameZh } };
  const partnerScenario = partner?.scenario;
  const runScenario = done && request?.name === done.name ? request.scenario : lastScenario;
  const runResults = outcome?.results;
  const baselineKept = useMemo(() => (baseline?.results ? { summary: baseline.summary, results: baseline.results } : undefined), [baseline]);
  useEffect(() => {
    if (!done || against === 'none' || partnerScenario === undefined) {
      pair.send({ type: 'task.cancel' });
      return;
    }
    pair.send({
      type: 'task.start',
      // Replication i of each run shares its random streams (one seed). What was already run is
      // reused: a pinned baseline with the same seed and replications is not run again, and this
      // run is never run again; only a partner without kept results runs (with this run's seed).
      job: async (signal, onProgress) => {
        const mine = runResults && runResults.length === done.replications ? { summary: done, results: runResults } : undefined;
        const kept = against === 'baseline' && baselineKept && baselineKept.summary.seed === done.seed && baselineKept.results.length === done.replications ? baselineKept : undefined;
        if (mine && kept) return { summary: done, partner: partnerScenario, result: { a: kept.summary, b: done, differences: pairKept(kept, mine) }, reused: true } satisfies Pairing;
        if (mine) {
          const seeded = partnerScenario && typeof partnerScenario === 'object' ? { ...(partnerScenario as object), seed: done.seed } : partnerScenario;
          const other = await pool.runKept(seeded, { replications: done.replications, signal, onProgress });
          return { summary: done, partner: partnerScenario, result: { a: other.summary, b: done, differences: pairKept(other, mine) } } satisfies Pairing;
        }
        const result = await pool.compare(partnerScenario, runScenario, { replications: done.replications, seed: done.seed, signal, onProgress });
        return { summary: done, partner: partnerScenario, result } satisfies Pairing;
      },
    });
  }, [done, against, partnerScenario, runScenario, pool, pair, runResults, baselineKept]);
  const paired = pairStatus === 'done' && pairing && pairing.summary === summary && pairing.partner === partnerScenario ? pairing : undefined;
  const partnerTitle = partner ? inLocale(partner.names) : '';

  // the CSV's label column: the KPI's name, empty where the dictionaries have none
  const labelOf = (metric: string) => {
    const label = kpiLabel(locale, metric);
    return label === metric ? '' : label;
  };
  const actions = summary && (
    <ResultActions
      summary={summary}
      labelOf={labelOf}
      theoryOf={(metric) => analyticValue(summary, 'erlangC', metric)}
      scenario={status === 'done' ? lastScenario : undefined}
      onPin={done && baseline?.summary !== done ? () => setBaseline({ summary: done, scenario: runScenario, names: namesOf(done.name), results: outcome?.results }) : undefined}
      onClearBaseline={baseline ? () => setBaseline(undefined) : undefined}
    />
  );
  const againstOptions: Against[] = [...(canBaseline ? (['baseline'] as const) : []), ...(unedited ? (['preset'] as const) : [])];
  const baselineNote = done && againstOptions.length > 0 && (
    <div className="baseline-note" data-testid="baseline-note">
      <div className="field field-inline">
        <label htmlFor="plan-against">{t('pair.against')}</label>
        <select id="plan-against" value={against} onChange={(e) => setAgainstChoice(e.target.value as Against)}>
          {canBaseline && <option value="baseline">{t('pair.against.baseline', { name: inLocale(baseline!.names) })}</option>}
          {unedited && <option value="preset">{t('pair.against.preset', { name: locale === 'zh-CN' ? unedited.nameZh : unedited.name })}</option>}
          <option value="none">{t('pair.against.none')}</option>
        </select>
      </div>
      {against !== 'none' && (
        <p data-testid="pair-status" data-status={paired ? 'done' : pairStatus}>
          {paired
            ? `${t('pair.note', { name: partnerTitle, n: paired.result.differences.pairs, seed: paired.result.a.seed })}${paired.reused ? ` ${t('pair.reused')}` : ''}`
            : pairStatus === 'failed'
              ? t('pair.failed', { message: pairError ? taskErrorText(t, pairError, locale) : '' })
              : t('pair.running', { name: partnerTitle, done: pairProgress.done, total: pairProgress.total })}
        </p>
      )}
    </div>
  );
  const comparison = paired && { baseline: paired.result.a, differences: paired.result.differences };

  return (
    <div className="plan-view">
      <section className="intro">
        <h1>{t('plan.title')}</h1>
        <p>{t('plan.intro')}</p>
        <p>
          <a className="start-link" href="#/evolution/run" data-testid="dalian-replay-link">
            {t('evolution.startLink')}
          </a>
        </p>
      </section>
      {libraryNote && (
        <p className={libraryNote.kind === 'error' ? 'form-alert' : 'form-hint'} role={libraryNote.kind === 'error' ? 'alert' : 'status'} data-testid="share-note">
          {libraryNote.text}
        </p>
      )}
      {preset && editing && (
        <>
          <UndoBar />
          <DepartmentEditor draft={editing} onChange={setDraft} issues={draftIssueMap} engineIssue={engineIssue} idPrefix="plan-dep" />
        </>
      )}
      <div className="plan-layout">
        <form className="scenario-form card" onSubmit={submit} noValidate aria-labelledby="scenario-form-title">
          <h2 id="scenario-form-title">{t('plan.form.title')}</h2>
          <div className="field">
            <label htmlFor="scenario-picker">{t('plan.scenario.label')}</label>
            <select id="scenario-picker" value={scenarioId} onChange={(e) => pickScenario(e.target.value)}>
              {draftPreset && (
                <optgroup label={t('compare.draftGroup')}>
                  <option value={draftPreset.id}>{draftTitle(draft!, planPresets, locale)}</option>
                </optgroup>
              )}
              <PresetOptions edited={draftEditedName && draft ? { id: draft.baseId, name: draftEditedName } : undefined} />
              <optgroup label={t('plan.scenario.theory')}>
                <option value={MMC}>{t('plan.scenario.mmc')}</option>
              </optgroup>
              <optgroup label={t('plan.scenario.own')}>
                <option value={FILE}>{t('plan.scenario.file')}</option>
              </optgroup>
            </select>
          </div>
          {scenarioId === FILE ? (
            <div className="field file-field">
              <label htmlFor="scenario-file">{t('plan.file.label')}</label>
              <input id="scenario-file" type="file" accept=".json,application/json" onChange={(e) => void readFile(e)} aria-describedby="scenario-file-hint" />
              <span className="field-unit" id="scenario-file-hint">
                {t('plan.file.hint')}
              </span>
              {file && 'json' in file && <span className="form-hint">{t('plan.file.loaded', { name: file.name })}</span>}
              {file && 'error' in file && (
                <span className="field-error" role="alert">
                  {t('plan.file.badJson', { name: file.name, message: file.error })}
                </span>
              )}
              {fileMissing && (
                <span className="field-error" role="alert">
                  {t('plan.file.none')}
                </span>
              )}
            </div>
          ) : preset ? (
            <PresetFields
              key={preset.id}
              preset={preset}
              replications={replicationsText}
              message={messages.replications}
              onChange={(v) => setPresetReplications((r) => ({ ...r, [preset.id]: v }))}
              onBlur={() => reveal('replications')}
            >
              {draft && <PresetLevers preset={preset} presets={allPresets} draft={draft} onChange={setDraft} onReset={resetDraft} onOpen={pickScenario} engineError={engineError} />}
            </PresetFields>
          ) : (
            <MmcFields values={values} messages={messages} onChange={(field, v) => setValues((old) => ({ ...old, [field]: v }))} onBlur={reveal} hint={hint} />
          )}
          {blockedShown && preset && draftBlocked > 0 && (
            <p className="form-alert" role="alert" data-testid="run-blocked">
              {t('editor.blocked', { n: draftBlocked })}
            </p>
          )}
          {shown === 'all' && issues.length > 0 && (
            <p className="form-alert" role="alert">
              {t('error.fixForm')}
            </p>
          )}
          {status === 'failed' && runError && (
            <div className="run-error" role="alert" data-testid="run-error">
              <strong>{runError.path ? t('error.engine') : t('status.failed')}</strong>
              <p>{taskErrorText(t, runError, locale)}</p>
              {runError.path && <p className="run-error-path">{t('error.path', { path: runError.path })}</p>}
            </div>
          )}
          <OverloadWarning report={overload} scenario={lastScenario} />
          {preset && (
            <fieldset className="run-until" data-testid="run-until">
              <legend className="visually-hidden">{t('run.until.legend')}</legend>
              <div className="lever-switch">
                <input id="run-until-on" type="checkbox" checked={until.on} onChange={(e) => setUntil((u) => ({ ...u, on: e.target.checked }))} />
                <label htmlFor="run-until-on">{t('run.until.on')}</label>
              </div>
              {until.on && (
                <div className="field-grid">
                  <div className="field">
                    <label htmlFor="run-until-kpi">{t('run.until.kpi')}</label>
                    <select id="run-until-kpi" value={until.kpi} onChange={(e) => setUntil((u) => ({ ...u, kpi: e.target.value }))}>
                      {UNTIL_KPIS.map((k) => (
                        <option key={k} value={k}>
                          {kpiLabel(locale, k)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className={untilInvalid ? 'field field-invalid' : 'field'}>
                    <label htmlFor="run-until-target">{t('run.until.target')}</label>
                    <input id="run-until-target" type="text" inputMode="decimal" value={until.halfWidth} onChange={(e) => setUntil((u) => ({ ...u, halfWidth: e.target.value }))} aria-invalid={untilInvalid || undefined} />
                    <span className="field-unit">{kpiUnitText(locale, until.kpi) || t('run.until.share')} · {t('run.until.max', { n: MAX_ADVISED_REPLICATIONS })}</span>
                    {untilInvalid && <span className="field-error">{t('run.until.bad', { value: until.halfWidth })}</span>}
                  </div>
                </div>
              )}
            </fieldset>
          )}
          <RunControls task={run} statusText={runStatusText} />
          <InterruptedRunNotice task={run} view="plan" />
          {status === 'done' && outcome?.goal && (
            <p className="form-hint" data-testid="run-until-result">
              {t(outcome.goal.reached ? 'run.until.reached' : 'run.until.notReached', { kpi: kpiLabel(locale, outcome.goal.kpi), h: formatNumber(locale, outcome.summary.kpis[outcome.goal.kpi]?.halfWidth ?? NaN, 3), target: formatNumber(locale, outcome.goal.halfWidth, 3), n: outcome.summary.replications })}
            </p>
          )}
          {advice && (
            <p className="precision-advice" role="note" data-testid="replication-advice">
              {t('run.advice', { kpis: advice.kpis.map((k) => kpiLabel(locale, k)).join(locale === 'zh-CN' ? '、' : ', '), n: advice.replications })}{' '}
              {preset && (
                <button type="button" className="button button-small" onClick={() => setPresetReplications((r) => ({ ...r, [preset.id]: String(advice.replications) }))}>
                  {t('run.advice.use', { n: advice.replications })}
                </button>
              )}
            </p>
          )}
        </form>
        <div className="plan-results">
          {summary ? (
            <Suspense fallback={<section className="results card" aria-busy="true" />}>
              {summary.kind === 'onewindow/centre' ? (
                <CentreResults summary={summary} scenario={summaryScenario} stale={status !== 'done'} title={resultTitle} actions={actions} comparison={comparison || undefined} baselineNote={baselineNote} comparisonTitle={partnerTitle} overload={overload} />
              ) : (
                <MmcResults summary={summary} stale={status !== 'done'} title={resultTitle} actions={actions} comparison={comparison || undefined} baselineNote={baselineNote} />
              )}
            </Suspense>
          ) : (
            <section className="results card results-empty">
              <h2>{t('results.title')}</h2>
              <p>{t('results.empty')}</p>
            </section>
          )}
        </div>
      </div>
      {draft && <LibraryPanel draft={draft} draftName={draftTitle(draft, planPresets, locale)} onOpen={setDraft} pool={pool} onNewFromPreset={pickScenario} />}
    </div>
  );
}
