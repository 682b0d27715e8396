/**
 * The worker's lifeline: a Web Lock named after the worker (its `name`), held for as long as the
 * worker lives. The browser releases it when the worker stops for any reason — terminated,
 * closed, crashed — including the ways that fire no event at the page, so the pool
 * (src/client/lifeline.ts) learns of a death it would otherwise wait on for ever (issue 12
 * point 3). Without Web Locks, or without a name, it does nothing.
 */
export function holdLifeline(scope: { name?: string; navigator?: { locks?: LockManager } }): void {
  const locks = scope.navigator?.locks;
  if (!scope.name || !locks) return;
  void locks.request(scope.name, () => new Promise<never>(() => undefined));
}
