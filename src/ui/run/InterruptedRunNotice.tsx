/** Says that the view's last run was interrupted by a reload (see interruptedRun.ts), until dismissed or a new run starts. */
import { useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import { selectTaskPhase, selectTaskStatus, type TaskActor } from '../../app/taskMachine';
import { useT } from '../i18n/I18nProvider';
import { interruptedRunMarker } from './interruptedRun';

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** What each view's marker said at start-up, read once per page (React may call a state initialiser twice). */
const interruptedAtStart = new Map<string, boolean>();

export function InterruptedRunNotice({ task, view }: { task: TaskActor; view: string }) {
  const t = useT();
  const [marker] = useState(() => interruptedRunMarker(sessionStore(), view));
  const [dismissed, setDismissed] = useState(false);
  const [interrupted] = useState(() => {
    if (!interruptedAtStart.has(view)) interruptedAtStart.set(view, marker.takeInterrupted());
    return interruptedAtStart.get(view)!;
  });
  const status = useSelector(task, selectTaskStatus);
  const phase = useSelector(task, selectTaskPhase);
  // a results restore (phase 'restored') is not a run; anything else running is
  const working = status === 'running' && phase !== 'restored';
  useEffect(() => {
    if (!working) return;
    marker.began();
    return () => marker.ended();
  }, [working, marker]);
  // a new run (which began since the page loaded) replaces the notice
  if (!interrupted || dismissed || working || marker.hasBegun()) return null;
  return (
    <div className="form-hint" role="status" data-testid="run-interrupted">
      <p>
        {t('fault.interrupted')}{' '}
        <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
          {t('fault.dismiss')}
        </button>
      </p>
    </div>
  );
}
