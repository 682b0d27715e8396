/**
 * The Plan view: pick a scenario (a centre preset, Dalian 2009 by default, or a service hall as
 * an M/M/c queue), run it through the worker pool with progress and cancel, and read the
 * results with their 95% CIs. One run actor serves every scenario kind.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { runMachine, selectError, selectStatus, selectSummary } from '../../../app/runMachine';
import type { RunSummary } from '../../../engine/types';
import { ResultActions } from '../../export/ResultActions';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { dictionaries, type MessageKey } from '../../i18n/messages';
import { useSimPool } from '../../pool/SimPoolProvider';
import { CentreResults } from './CentreResults';
import { MmcFields } from './MmcFields';
import { analyticValue, MmcResults } from './MmcResults';
import { checkField, defaultMmcForm, fieldForPath, fieldLabelKey, mmcScenario, offeredLoad, ruleKey, validateMmcForm, type FieldIssue, type MmcField, type MmcFormValues } from './mmcForm';
import { applyLevers, changeCount, noLevers, type Levers } from './levers';
import { PresetFields } from './PresetFields';
import { centrePresets, DEFAULT_PRESET_ID, planPresets } from './presets';
import { RunControls } from './RunControls';

/** The scenario picker's value for the M/M/c hall (presets use their file stem). */
const MMC = 'mmc';
/** The scenario picker's value for a scenario file from the user's computer. */
const FILE = 'file';

type LoadedFile = { name: string; json: unknown } | { name: string; error: string };

/** Appended to a preset's name when levers changed it (kept in the scenario file the run used). */
const VARIANT_SUFFIX = ' [changed]';

const isKey = (key: string): key is MessageKey => key in dictionaries.en;
const initialScenario = planPresets.some((p) => p.id === DEFAULT_PRESET_ID) ? DEFAULT_PRESET_ID : MMC;

export function PlanView() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const run = useActorRef(runMachine, { input: { pool } });
  const status = useSelector(run, selectStatus);
  const summary = useSelector(run, selectSummary);
  const runError = useSelector(run, selectError);

  const [scenarioId, setScenarioId] = useState(initialScenario);
  const preset = planPresets.find((p) => p.id === scenarioId);
  const [file, setFile] = useState<LoadedFile>();
  const [leversByPreset, setLeversByPreset] = useState<Record<string, Levers>>({});
  const levers = (preset && leversByPreset[preset.id]) || noLevers;
  /** a completed run the user pinned: later runs show their difference from it */
  const [baseline, setBaseline] = useState<{ summary: RunSummary; title: string }>();
  const [fileMissing, setFileMissing] = useState(false);
  const lastScenario = useSelector(run, (s) => s.context.scenario);

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
    if (issues.length > 0) {
      setShown('all');
      document.getElementById(`field-${issues[0].field}`)?.focus();
      return;
    }
    if (scenarioId === FILE) {
      if (file && 'json' in file) run.send({ type: 'run.start', scenario: file.json });
      else setFileMissing(!file);
      return;
    }
    if (preset) {
      const changed = changeCount(preset.json, levers) > 0;
      const scenario = changed ? { ...(applyLevers(preset.json, levers) as object), name: preset.name + VARIANT_SUFFIX } : preset.json;
      run.send({ type: 'run.start', scenario, replications: Number(replicationsText.trim()) || preset.replications });
    } else {
      const params = validateMmcForm(values).params;
      if (params) run.send({ type: 'run.start', scenario: mmcScenario(params) });
    }
  };

  /** A run's name in the UI language: presets by their Chinese name, a changed preset marked as such. */
  function displayName(name: string): string {
    const variant = name.endsWith(VARIANT_SUFFIX);
    const base = variant ? name.slice(0, -VARIANT_SUFFIX.length) : name;
    const from = centrePresets.find((p) => p.name === base);
    const shown = from && locale === 'zh-CN' ? from.nameZh : base;
    return variant ? t('plan.variant', { name: shown }) : shown;
  }

  const resultTitle = (() => {
    if (!summary) return '';
    return t('results.for', { name: displayName(summary.name) });
  })();
  const labelOf = (metric: string) => {
    const key = `kpi.${metric}`;
    return isKey(key) ? t(key) : '';
  };
  const actions = summary && (
    <ResultActions
      summary={summary}
      labelOf={labelOf}
      theoryOf={(metric) => analyticValue(summary, 'erlangC', metric)}
      scenario={status === 'done' ? lastScenario : undefined}
      onPin={status === 'done' && baseline?.summary !== summary ? () => setBaseline({ summary, title: displayName(summary.name) }) : undefined}
      onClearBaseline={baseline ? () => setBaseline(undefined) : undefined}
    />
  );
  // compare with the pinned baseline only when it is another run of the same kind
  const comparable = summary && baseline && baseline.summary !== summary && baseline.summary.kind === summary.kind ? baseline : undefined;
  const baselineNote = comparable && (
    <p className="baseline-note" data-testid="baseline-note">
      {t('baseline.note', { name: comparable.title })}
    </p>
  );

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
      <div className="plan-layout">
        <form className="scenario-form card" onSubmit={submit} noValidate aria-labelledby="scenario-form-title">
          <h2 id="scenario-form-title">{t('plan.form.title')}</h2>
          <div className="field">
            <label htmlFor="scenario-picker">{t('plan.scenario.label')}</label>
            <select id="scenario-picker" value={scenarioId} onChange={(e) => pickScenario(e.target.value)}>
              <optgroup label={t('plan.scenario.centres')}>
                {planPresets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {locale === 'zh-CN' ? p.nameZh : p.name}
                  </option>
                ))}
              </optgroup>
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
              levers={levers}
              onLevers={(next) => setLeversByPreset((all) => ({ ...all, [preset.id]: next }))}
            />
          ) : (
            <MmcFields values={values} messages={messages} onChange={(field, v) => setValues((old) => ({ ...old, [field]: v }))} onBlur={reveal} hint={hint} />
          )}
          {shown === 'all' && issues.length > 0 && (
            <p className="form-alert" role="alert">
              {t('error.fixForm')}
            </p>
          )}
          {status === 'failed' && runError && (
            <div className="run-error" role="alert" data-testid="run-error">
              <strong>{runError.path ? t('error.engine') : t('status.failed')}</strong>
              <p>{runError.message}</p>
              {runError.path && <p className="run-error-path">{t('error.path', { path: runError.path })}</p>}
            </div>
          )}
          <RunControls run={run} />
        </form>
        <div className="plan-results">
          {summary ? (
            summary.kind === 'onewindow/centre' ? (
              <CentreResults summary={summary} stale={status !== 'done'} title={resultTitle} actions={actions} baseline={comparable?.summary} baselineNote={baselineNote} />
            ) : (
              <MmcResults summary={summary} stale={status !== 'done'} title={resultTitle} actions={actions} baseline={comparable?.summary} baselineNote={baselineNote} />
            )
          ) : (
            <section className="results card results-empty">
              <h2>{t('results.title')}</h2>
              <p>{t('results.empty')}</p>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
