/** A failed job's message (with the scenario side and field path of a validation error), or nothing. */
import { useSelector } from '@xstate/react';
import { selectTaskError, selectTaskStatus, type TaskActor, type TaskError as TaskErrorValue } from '../../app/taskMachine';
import { useLocale, useT, type Translate } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';
import { engineIssueText } from '../levers/leverRules';

/**
 * A failed job's message in the UI's language: a worker crash is worded here (fault.workerCrash),
 * an engine refusal from its rule (field, rule, value); others carry their own text.
 */
export function taskErrorText(t: Translate, error: TaskErrorValue, locale: Locale): string {
  if (error.code === 'workerCrash') return t('fault.workerCrash', { detail: error.detail ? ` (${error.detail})` : '' });
  if (error.rule) return engineIssueText(t, error, undefined, locale === 'zh-CN');
  return error.message;
}

export function TaskError({ task, testId = 'task-error' }: { task: TaskActor; testId?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const status = useSelector(task, selectTaskStatus);
  const error = useSelector(task, selectTaskError);
  if (status !== 'failed' || !error) return null;
  return (
    <div className="run-error" role="alert" data-testid={testId}>
      <strong>{error.path ? t('error.engine') : t('status.failed')}</strong>
      <p>
        {error.scenario ? t('compare.errorSide', { side: error.scenario.toUpperCase() }) : ''}
        {taskErrorText(t, error, locale)}
      </p>
      {error.path && <p className="run-error-path">{t('error.path', { path: error.path })}</p>}
    </div>
  );
}
