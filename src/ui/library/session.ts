/**
 * What a reload brings back in the Plan view: the last run (its summary and scenario, and the
 * names it ran under) and the pinned baseline, kept in IndexedDB's `session` store. The draft
 * itself is kept by `draft/useLeverDraft.ts`. Failures are silent: nothing is lost but the restore.
 */
import { openDb, SESSION, type Db } from './idb';

let dbPromise: Promise<Db> | undefined;
/** The page's database, opened once. */
export function pageDb(): Promise<Db> {
  dbPromise ??= openDb();
  return dbPromise;
}

const PLAN_KEY = 'plan';

export async function loadSession<T>(key = PLAN_KEY): Promise<T | undefined> {
  try {
    return await (await pageDb()).get<T>(SESSION, key);
  } catch {
    return undefined;
  }
}

export async function saveSession(value: unknown, key = PLAN_KEY): Promise<void> {
  try {
    await (await pageDb()).put(SESSION, value, key);
  } catch {
    // not kept; the page still works
  }
}
