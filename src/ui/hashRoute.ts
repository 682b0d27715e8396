/**
 * Hash routing: `#/plan`, `#/learn`, … Pure parsing plus a hook over `hashchange`. Hash URLs
 * work from any static folder and offline (no server rewrites needed on an intranet).
 */
import { useSyncExternalStore } from 'react';

/** The route id in a hash: `#/plan` → 'plan', `#/plan/extra` → 'plan'; '' when there is none. */
export function parseHash(hash: string): string {
  const m = /^#\/?([\w-]*)/.exec(hash);
  return m ? m[1] : '';
}

/** The known route for a hash, or the fallback (the start page) for an empty or unknown hash. */
export function resolveRoute<Id extends string>(hash: string, ids: readonly Id[], fallback: Id): Id {
  const id = parseHash(hash);
  return (ids as readonly string[]).includes(id) ? (id as Id) : fallback;
}

export function hrefFor(id: string): string {
  return `#/${id}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current `location.hash`, re-rendering on change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}
