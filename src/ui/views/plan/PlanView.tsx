/**
 * The Plan view. First slice: one service hall as an M/M/c queue, run through the worker pool
 * with progress and cancel, results with CIs beside Erlang C. Centre presets (Dalian first) will
 * sit above the form and feed the same run actor and the same KPI table.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useMemo, useState } from 'react';
import { runMachine, selectError, selectStatus, selectSummary } from '../../../app/runMachine';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSimPool } from '../../pool/SimPoolProvider';
import { MmcForm } from './MmcForm';
import { MmcResults } from './MmcResults';
import { RunControls } from './RunControls';
import { defaultMmcForm, fieldForPath, fieldLabelKey, mmcScenario, offeredLoad, ruleKey, validateMmcForm, type MmcField, type MmcFormValues } from './mmcForm';

export function PlanView() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const run = useActorRef(runMachine, { input: { pool } });
  const status = useSelector(run, selectStatus);
  const summary = useSelector(run, selectSummary);
  const runError = useSelector(run, selectError);

  const [values, setValues] = useState<MmcFormValues>(defaultMmcForm);
  /** fields whose message is shown: edited ones, or all after a submit attempt */
  const [shown, setShown] = useState<ReadonlySet<MmcField> | 'all'>(() => new Set());

  const validation = useMemo(() => validateMmcForm(values), [values]);
  const messages = useMemo(() => {
    const out: Partial<Record<MmcField, string>> = {};
    for (const issue of validation.issues) {
      if (out[issue.field] || (shown !== 'all' && !shown.has(issue.field))) continue;
      out[issue.field] = t('field.error', { field: t(fieldLabelKey[issue.field]), rule: t(ruleKey[issue.rule], issue.params) });
    }
    return out;
  }, [validation, shown, t]);

  // An engine validation error that points at a form field is shown on that field too.
  const engineField = status === 'failed' ? fieldForPath(runError?.path) : undefined;
  const allMessages = engineField && !messages[engineField] && runError ? { ...messages, [engineField]: runError.message } : messages;

  const rho = offeredLoad(values);
  const hint = rho === undefined ? t('plan.loadUnknown') : t('plan.load', { rho: formatNumber(locale, rho, 3) });

  const onChange = (field: MmcField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const onBlur = (field: MmcField) => {
    setShown((s) => (s === 'all' || s.has(field) ? s : new Set(s).add(field)));
  };
  const onSubmit = () => {
    if (!validation.params) {
      setShown('all');
      const first = validation.issues[0]?.field;
      if (first) document.getElementById(`field-${first}`)?.focus();
      return;
    }
    run.send({ type: 'run.start', scenario: mmcScenario(validation.params) });
  };

  const formInvalidShown = shown === 'all' && validation.issues.length > 0;

  return (
    <div className="plan-view">
      <section className="intro">
        <h1>{t('plan.title')}</h1>
        <p>{t('plan.intro')}</p>
      </section>
      <div className="plan-layout">
        <MmcForm values={values} messages={allMessages} onChange={onChange} onBlur={onBlur} onSubmit={onSubmit} hint={hint}>
          {formInvalidShown && (
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
        </MmcForm>
        <div className="plan-results">
          {summary ? (
            <MmcResults summary={summary} stale={status !== 'done'} />
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
