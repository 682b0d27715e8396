/**
 * The one run-controls component of every view: Run and Cancel, the progress bar and the job's
 * status line, over any task actor (`src/app/taskMachine.ts`). Cancel leaves the running state,
 * which aborts the job and terminates its workers.
 */
import { useSelector } from '@xstate/react';
import { selectRunStatus } from '../../app/runJob';
import { selectTaskBusy, selectTaskProgress, type TaskActor } from '../../app/taskMachine';
import { formatNumber } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { progressDetail } from './progressDetail';

export type RunStatus = ReturnType<typeof selectRunStatus>;

export interface RunControlsProps {
  task: TaskActor;
  /** the Run button's text (default: Run) */
  runLabel?: string;
  /** test id of the status line */
  testId?: string;
  /** the status line's text; default: the short task messages (`task.<status>`) */
  statusText?: (status: RunStatus) => string;
}

export function RunControls({ task, runLabel, testId, statusText }: RunControlsProps) {
  const t = useT();
  const busy = useSelector(task, selectTaskBusy);
  const status = useSelector(task, selectRunStatus);
  const progress = useSelector(task, selectTaskProgress);
  const { done, total } = progress;
  const { locale } = useLocale();
  const detail = progressDetail(progress);
  // a cancelled job says what happened to it in every view (the workers were released)
  const text = statusText ? statusText(status) : status === 'cancelled' ? t('status.cancelled') : t(`task.${status === 'validating' ? 'running' : status}`);
  return (
    <div className="run-controls">
      <div className="run-buttons">
        <button type="submit" className="button button-primary" disabled={busy}>
          {runLabel ?? t('run.start')}
        </button>
        <button type="button" className="button" disabled={!busy} onClick={() => task.send({ type: 'task.cancel' })}>
          {t('run.cancel')}
        </button>
      </div>
      <div className="run-progress">
        <progress max={Math.max(1, total)} value={detail.share * total} aria-label={t('run.progress')} data-testid={testId ? `${testId}-progress` : 'run-progress'} />
        <span className="run-progress-text">{total > 0 ? t('run.progressText', { done, total }) : ''}</span>
        {busy && detail.daysTotal !== undefined && (
          <span className="run-progress-days" data-testid="run-progress-days">
            {t('run.progressDays', { done: formatNumber(locale, detail.daysDone ?? 0, 0), total: formatNumber(locale, detail.daysTotal, 0) })}
            {detail.secondsLeft !== undefined && ` · ${t('run.timeLeft', { s: detail.secondsLeft })}`}
          </span>
        )}
      </div>
      <p className={`run-status run-status-${status}`} role="status" data-status={status} data-testid={testId}>
        {text}
      </p>
    </div>
  );
}
