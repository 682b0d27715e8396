/** A failed job's message (with the scenario side and field path of a validation error), or nothing. */
import { useSelector } from '@xstate/react';
import { selectTaskError, selectTaskStatus, type TaskActor } from '../../app/taskMachine';
import { useT } from '../i18n/I18nProvider';

export function TaskError({ task, testId = 'task-error' }: { task: TaskActor; testId?: string }) {
  const t = useT();
  const status = useSelector(task, selectTaskStatus);
  const error = useSelector(task, selectTaskError);
  if (status !== 'failed' || !error) return null;
  if (error.code === 'workerCrash')
    return (
      <div className="run-error" role="alert" data-testid={testId} data-code="workerCrash">
        <strong>{t('status.failed')}</strong>
        <p>{t('fault.workerCrash', { detail: error.detail ? ` (${error.detail})` : '' })}</p>
      </div>
    );
  return (
    <div className="run-error" role="alert" data-testid={testId}>
      <strong>{error.path ? t('error.engine') : t('status.failed')}</strong>
      <p>
        {error.scenario ? t('compare.errorSide', { side: error.scenario.toUpperCase() }) : ''}
        {error.message}
      </p>
      {error.path && <p className="run-error-path">{t('error.path', { path: error.path })}</p>}
    </div>
  );
}
