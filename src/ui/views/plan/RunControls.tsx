/** Run and Cancel, the progress bar and the run's status line. */
import { useSelector } from '@xstate/react';
import { selectIsBusy, selectProgress, selectStatus, type RunActor } from '../../../app/runMachine';
import { useT } from '../../i18n/I18nProvider';

export function RunControls({ run }: { run: RunActor }) {
  const t = useT();
  const busy = useSelector(run, selectIsBusy);
  const status = useSelector(run, selectStatus);
  const { done, total } = useSelector(run, selectProgress);
  const summaryReplications = useSelector(run, (s) => s.context.summary?.replications ?? 0);

  const statusText =
    status === 'running'
      ? t('status.running')
      : status === 'validating'
        ? t('status.validating')
        : status === 'done'
          ? t('status.done', { n: summaryReplications })
          : status === 'failed'
            ? t('status.failed')
            : status === 'cancelled'
              ? t('status.cancelled')
              : t('status.idle');

  return (
    <div className="run-controls">
      <div className="run-buttons">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('run.start')}
        </button>
        <button type="button" className="button" disabled={!busy} onClick={() => run.send({ type: 'run.cancel' })}>
          {t('run.cancel')}
        </button>
      </div>
      <div className="run-progress">
        <progress max={Math.max(1, total)} value={done} aria-label={t('run.progress')} data-testid="run-progress" />
        <span className="run-progress-text">{total > 0 ? t('run.progressText', { done, total }) : ''}</span>
      </div>
      <p className={`run-status run-status-${status}`} role="status" data-status={status}>
        {statusText}
      </p>
    </div>
  );
}
