// Issue 12 point 3: a full storage quota is reported and nothing is lost — the refused write
// leaves every saved scenario as it was, and the message names the quota (not a crash).
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../../src/ui/library/idb';
import { createLibrary } from '../../../src/ui/library/scenarioLibrary';
import { storageFailure } from '../../../src/ui/library/storageFailure';
import { centrePresets } from '../../../src/ui/library/allPresets';
import { translate } from '../../../src/ui/i18n/messages';
import type { DraftScenario } from '../../../src/ui/draft/leverDraft';

const dalian = centrePresets.find((p) => p.id === 'dalian-2009')!.json as DraftScenario;

/** The page's database, with a quota: a write that would pass `bytes` is refused as a browser refuses it. */
function withQuota(db: Db, bytes: number): Db {
  let used = 0;
  return {
    ...db,
    async put(store, value, key) {
      const size = JSON.stringify(value).length;
      if (used + size > bytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      await db.put(store, value, key);
      used += size;
    },
  };
}

describe('storage quota (issue 12 point 3)', () => {
  it('a save past the quota is refused as quota, and the saved scenarios are as they were', async () => {
    const db = withQuota(await openDb(new IDBFactory()), JSON.stringify(dalian).length * 2.5);
    const lib = createLibrary(db);
    const a = await lib.add('First', dalian);
    const b = await lib.add('Second', dalian);
    const error = await lib.add('Third', dalian).catch((e: unknown) => e);
    expect(storageFailure(error)).toEqual({ kind: 'quota' });
    expect((await lib.list()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    expect(await lib.get(a.id)).toEqual(a);
    // duplicating and renaming past the quota fail the same way, and change nothing
    await expect(lib.duplicate(a.id, (n) => `${n} (copy)`)).rejects.toThrow('quota');
    expect(await lib.list()).toHaveLength(2);
  });

  it('classifies other refusals with their detail, cut to a readable length', () => {
    expect(storageFailure(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toEqual({ kind: 'quota' });
    expect(storageFailure(new DOMException('The database connection is closing.', 'InvalidStateError'))).toEqual({ kind: 'other', detail: 'InvalidStateError: The database connection is closing.' });
    const long = storageFailure(new Error('x'.repeat(1000)));
    expect(long.kind === 'other' && long.detail.length).toBe(160);
  });

  it('the quota message says nothing was changed and what to do, in both languages', () => {
    expect(translate('en', 'library.quota')).toMatch(/storage .* is full\. Nothing was changed.*Delete scenarios.*export the draft/);
    expect(translate('zh-CN', 'library.quota')).toMatch(/存储空间已满。没有任何改动.*删除.*导出/);
  });
});
