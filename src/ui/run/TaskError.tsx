/** A failed job's message (with the scenario side and field path of a validation error), or nothing. */
import { useSelector } from '@xstate/react';
import { selectTaskError, selectTaskStatus, type TaskActor, type TaskError as TaskErrorValue } from '../../app/taskMachine';
import { useT, type Translate } from '../i18n/I18nProvider';

/** A failed job's message in the UI's language: a worker crash is worded here (fault.workerCrash); others carry their own text. */
export function taskErrorText(t: Translate, error: TaskErrorValue): string {
  if (error.code === 'workerCrash') return t('fault.workerCrash', { detail: error.detail ? ` (${error.detail})` : '' });
  return error.message;
}

export function TaskError({ task, testId = 'task-error' }: { task: TaskActor; testId?: string }) {
  const t = useT();
  const status = useSelector(task, selectTaskStatus);
  const error = useSelector(task, selectTaskError);
  if (status !== 'failed' || !error) return null;
  return (
    <div className="run-error" role="alert" data-testid={testId}>
      <strong>{error.path ? t('error.engine') : t('status.failed')}</strong>
      <p>
        {error.scenario ? t('compare.errorSide', { side: error.scenario.toUpperCase() }) : ''}
        {taskErrorText(t, error)}
      </p>
      {error.path && <p className="run-error-path">{t('error.path', { path: error.path })}</p>}
    </div>
  );
}
