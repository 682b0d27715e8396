/**
 * The user's own scenarios, kept in IndexedDB beside the presets: save the draft, new from a
 * preset, duplicate, rename, delete (and undo the delete by putting the entry back). Every entry
 * is a centre scenario that passed the engine's validation when it came in (import, share link).
 */
import { SCENARIOS, type Db } from './idb';
import type { DraftScenario } from '../draft/leverDraft';

export interface LibraryEntry {
  id: string;
  /** the name the user gave it */
  name: string;
  scenario: DraftScenario;
  /** the preset it started from, if any (names its origin in pickers) */
  baseId?: string;
  /** milliseconds since the epoch */
  updatedAt: number;
}

export interface ScenarioLibrary {
  /** newest first */
  list(): Promise<LibraryEntry[]>;
  get(id: string): Promise<LibraryEntry | undefined>;
  /** a new entry; returns it */
  add(name: string, scenario: DraftScenario, baseId?: string): Promise<LibraryEntry>;
  /** replace an entry's scenario (same id) */
  update(id: string, scenario: DraftScenario): Promise<LibraryEntry | undefined>;
  rename(id: string, name: string): Promise<LibraryEntry | undefined>;
  duplicate(id: string, copyName: (name: string) => string): Promise<LibraryEntry | undefined>;
  /** delete; returns the entry so that `restore` can undo it */
  remove(id: string): Promise<LibraryEntry | undefined>;
  restore(entry: LibraryEntry): Promise<void>;
}

/** A fresh id: time and a random part (ids only need to be unique in one browser). */
export function newId(now: number, random: () => number = Math.random): string {
  return `s-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

export function createLibrary(db: Db, clock: () => number = Date.now): ScenarioLibrary {
  const get = (id: string) => db.get<LibraryEntry>(SCENARIOS, id);
  const put = async (entry: LibraryEntry) => {
    await db.put(SCENARIOS, entry);
    return entry;
  };
  return {
    async list() {
      return (await db.getAll<LibraryEntry>(SCENARIOS)).sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
    },
    get,
    add: (name, scenario, baseId) => put({ id: newId(clock()), name, scenario: structuredClone(scenario), ...(baseId ? { baseId } : {}), updatedAt: clock() }),
    async update(id, scenario) {
      const e = await get(id);
      return e && put({ ...e, scenario: structuredClone(scenario), updatedAt: clock() });
    },
    async rename(id, name) {
      const e = await get(id);
      return e && put({ ...e, name, updatedAt: clock() });
    },
    async duplicate(id, copyName) {
      const e = await get(id);
      return e && put({ ...e, id: newId(clock()), name: copyName(e.name), updatedAt: clock() });
    },
    async remove(id) {
      const e = await get(id);
      if (e) await db.delete(SCENARIOS, id);
      return e;
    },
    restore: async (entry) => {
      await db.put(SCENARIOS, entry);
    },
  };
}
