/**
 * A small promise wrapper over the browser's IndexedDB for the scenario library: one database,
 * two stores — `scenarios` (the user's own, keyed by `id`) and `session` (what a reload brings
 * back: the draft's last results and the pinned baseline, keyed by name). The factory is an
 * argument so unit tests run on fake-indexeddb.
 */
export const DB_NAME = 'onewindow';
export const DB_VERSION = 1;
export const SCENARIOS = 'scenarios';
export const SESSION = 'session';

export interface Db {
  get<T>(store: string, key: string): Promise<T | undefined>;
  getAll<T>(store: string): Promise<T[]>;
  put(store: string, value: unknown, key?: string): Promise<void>;
  delete(store: string, key: string): Promise<void>;
  close(): void;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Open (and create or upgrade) the library database. */
export async function openDb(factory: IDBFactory | undefined = globalThis.indexedDB, name = DB_NAME): Promise<Db> {
  if (!factory) throw new Error('IndexedDB is not available in this browser');
  const open = factory.open(name, DB_VERSION);
  open.onupgradeneeded = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(SCENARIOS)) db.createObjectStore(SCENARIOS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(SESSION)) db.createObjectStore(SESSION);
  };
  const db = await request(open);
  return {
    async get<T>(store: string, key: string) {
      return (await request(db.transaction(store).objectStore(store).get(key))) as T | undefined;
    },
    async getAll<T>(store: string) {
      return (await request(db.transaction(store).objectStore(store).getAll())) as T[];
    },
    async put(store, value, key) {
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      await done(tx);
    },
    async delete(store, key) {
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).delete(key);
      await done(tx);
    },
    close: () => db.close(),
  };
}
