/**
 * The Plan view: pick a scenario (a centre preset, Dalian 2009 by default, or a service hall as
 * an M/M/c queue), run it through the worker pool with progress and cancel, and read the
 * results with their 95% CIs. One run actor serves every scenario kind.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useMemo, useState, type FormEvent } from 'react';
import { runMachine, selectError, selectStatus, selectSummary } from '../../../app/runMachine';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSimPool } from '../../pool/SimPoolProvider';
import { CentreResults } from './CentreResults';
import { MmcFields } from './MmcFields';
import { MmcResults } from './MmcResults';
import { checkField, defaultMmcForm, fieldForPath, fieldLabelKey, mmcScenario, offeredLoad, ruleKey, validateMmcForm, type FieldIssue, type MmcField, type MmcFormValues } from './mmcForm';
import { PresetFields } from './PresetFields';
import { centrePresets, DEFAULT_PRESET_ID } from './presets';
import { RunControls } from './RunControls';

/** The scenario picker's value for the M/M/c hall (presets use their file stem). */
const MMC = 'mmc';
const initialScenario = centrePresets.some((p) => p.id === DEFAULT_PRESET_ID) ? DEFAULT_PRESET_ID : MMC;

export function PlanView() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const run = useActorRef(runMachine, { input: { pool } });
  const status = useSelector(run, selectStatus);
  const summary = useSelector(run, selectSummary);
  const runError = useSelector(run, selectError);

  const [scenarioId, setScenarioId] = useState(initialScenario);
  const preset = centrePresets.find((p) => p.id === scenarioId);

  const [values, setValues] = useState<MmcFormValues>(defaultMmcForm);
  /** replications typed per preset (the preset's own count until edited) */
  const [presetReplications, setPresetReplications] = useState<Record<string, string>>({});
  /** fields whose message is shown: edited ones, or all after a submit attempt */
  const [shown, setShown] = useState<ReadonlySet<MmcField> | 'all'>(() => new Set());

  const replicationsText = preset ? (presetReplications[preset.id] ?? String(preset.replications)) : '';
  const issues = useMemo<FieldIssue[]>(() => {
    if (!preset) return validateMmcForm(values).issues;
    const r = checkField('replications', replicationsText);
    return r.ok ? [] : [r.issue];
  }, [preset, values, replicationsText]);

  const message = (issue: FieldIssue) => t('field.error', { field: t(fieldLabelKey[issue.field]), rule: t(ruleKey[issue.rule], issue.params) });
  const messages: Partial<Record<MmcField, string>> = {};
  for (const issue of issues) {
    if (!messages[issue.field] && (shown === 'all' || shown.has(issue.field))) messages[issue.field] = message(issue);
  }
  // An engine validation error that points at a form field is shown on that field too.
  const engineField = status === 'failed' && !preset ? fieldForPath(runError?.path) : undefined;
  if (engineField && !messages[engineField] && runError) messages[engineField] = runError.message;

  const rho = offeredLoad(values);
  const hint = rho === undefined ? t('plan.loadUnknown') : t('plan.load', { rho: formatNumber(locale, rho, 3) });

  const reveal = (field: MmcField) => setShown((s) => (s === 'all' || s.has(field) ? s : new Set(s).add(field)));
  const pickScenario = (id: string) => {
    setScenarioId(id);
    setShown(new Set());
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (issues.length > 0) {
      setShown('all');
      document.getElementById(`field-${issues[0].field}`)?.focus();
      return;
    }
    if (preset) {
      run.send({ type: 'run.start', scenario: preset.json, replications: Number(replicationsText.trim()) || preset.replications });
    } else {
      const params = validateMmcForm(values).params;
      if (params) run.send({ type: 'run.start', scenario: mmcScenario(params) });
    }
  };

  const resultTitle = (() => {
    if (!summary) return '';
    const from = centrePresets.find((p) => p.name === summary.name);
    return t('results.for', { name: from && locale === 'zh-CN' ? from.nameZh : summary.name });
  })();

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
                {centrePresets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {locale === 'zh-CN' ? p.nameZh : p.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('plan.scenario.theory')}>
                <option value={MMC}>{t('plan.scenario.mmc')}</option>
              </optgroup>
            </select>
          </div>
          {preset ? (
            <PresetFields
              key={preset.id}
              preset={preset}
              replications={replicationsText}
              message={messages.replications}
              onChange={(v) => setPresetReplications((r) => ({ ...r, [preset.id]: v }))}
              onBlur={() => reveal('replications')}
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
              <CentreResults summary={summary} stale={status !== 'done'} title={resultTitle} />
            ) : (
              <MmcResults summary={summary} stale={status !== 'done'} title={resultTitle} />
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
