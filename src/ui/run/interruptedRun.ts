/**
 * Whether a run was under way when the page went away (issue 12 point 3: a reload mid-run loses
 * no scenario — the draft is in localStorage — and the UI says the run was interrupted; its
 * results are simply absent). A marker in sessionStorage (one tab, survives a reload) is set while
 * a run works and removed when it ends in any way; one found at start-up was interrupted. Pure
 * over the storage it is given.
 */
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface InterruptedRunMarker {
  /** a run started (its marker stays until `ended`) */
  began(): void;
  /** the run finished, failed or was cancelled */
  ended(): void;
  /** true once if the page started with a run's marker still set (then clears it) */
  takeInterrupted(): boolean;
  /** whether a run began since this marker was made (a new run replaces the notice) */
  hasBegun(): boolean;
}

const PREFIX = 'onewindow.runInProgress.';

export function interruptedRunMarker(storage: Storage | undefined, view: string): InterruptedRunMarker {
  const key = PREFIX + view;
  const attempt = <T>(f: () => T, fallback: T): T => {
    try {
      return storage ? f() : fallback;
    } catch {
      return fallback; // storage disabled or full: the notice is lost, nothing else
    }
  };
  let beganHere = false;
  return {
    began: () => {
      beganHere = true;
      attempt(() => storage!.setItem(key, String(Date.now())), undefined);
    },
    hasBegun: () => beganHere,
    ended: () => attempt(() => storage!.removeItem(key), undefined),
    takeInterrupted: () =>
      attempt(() => {
        const was = storage!.getItem(key) !== null;
        storage!.removeItem(key);
        return was;
      }, false),
  };
}
