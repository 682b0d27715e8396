/**
 * Knowing that a worker stopped even when it says nothing (issue 12 point 3): the simulation worker
 * holds a Web Lock named after itself while it lives (src/worker/lifeline.ts); the page asks for
 * the same lock, which the browser grants only once the worker has gone. A worker terminated or
 * closed mid-run fires no `error` event, and without this its run would wait for ever.
 */

let made = 0;

/** A lock name no other worker, tab or window of this origin uses. */
export function lifelineName(): string {
  return `onewindow-sim-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${++made}`;
}

const never = () => new Promise<never>(() => undefined);

/**
 * Resolves when the worker holding lock `name` has stopped; never, if Web Locks are missing or
 * `signal` aborts first (the pool stopped the worker itself). Waits until the worker holds its
 * lock (it takes it when its module starts), polling every `pollMs`, since asking earlier would be
 * granted at once.
 */
export async function lockLifeline(name: string, signal: AbortSignal, locks: LockManager | undefined = globalThis.navigator?.locks, pollMs = 50): Promise<void> {
  if (!locks) return never();
  while (!(await locks.query()).held?.some((lock) => lock.name === name)) {
    if (signal.aborted) return never();
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  if (signal.aborted) return never();
  await locks.request(name, { signal }, () => undefined);
}
