import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, SESSION } from '../../../src/ui/library/idb';
import { createLibrary } from '../../../src/ui/library/scenarioLibrary';
import { centrePresets } from '../../../src/ui/library/allPresets';
import type { DraftScenario } from '../../../src/ui/draft/leverDraft';

const dalian = centrePresets.find((p) => p.id === 'dalian-2009')!.json as DraftScenario;

async function fresh() {
  let now = 1000;
  const db = await openDb(new IDBFactory());
  return { db, lib: createLibrary(db, () => (now += 10)) };
}

describe('scenario library (IndexedDB, issue 10 item 3)', () => {
  it('adds, lists newest first, renames and duplicates; entries keep their scenario and origin', async () => {
    const { lib } = await fresh();
    const a = await lib.add('Dalian with 5 windows', dalian, 'dalian-2009');
    const b = await lib.add('Second', { ...dalian, name: 'x' });
    expect((await lib.list()).map((e) => e.id)).toEqual([b.id, a.id]);
    await lib.rename(a.id, 'Renamed');
    expect((await lib.get(a.id))?.name).toBe('Renamed');
    expect((await lib.list())[0].id).toBe(a.id); // renaming touches it
    const copy = await lib.duplicate(a.id, (n) => `${n} (copy)`);
    expect(copy?.name).toBe('Renamed (copy)');
    expect(copy?.id).not.toBe(a.id);
    expect(copy?.baseId).toBe('dalian-2009');
    expect(copy?.scenario.departments).toEqual(dalian.departments);
    expect(await lib.list()).toHaveLength(3);
  });

  it('delete returns the entry and restore undoes it exactly', async () => {
    const { lib } = await fresh();
    const a = await lib.add('Keep me', dalian);
    const removed = await lib.remove(a.id);
    expect(await lib.list()).toHaveLength(0);
    await lib.restore(removed!);
    expect(await lib.get(a.id)).toEqual(a);
    expect(await lib.remove('no-such-id')).toBeUndefined();
  });

  it('the session store keeps typed arrays (a run summary’s wait sample) across a reopen', async () => {
    const factory = new IDBFactory();
    const db = await openDb(factory);
    await db.put(SESSION, { waits: new Float64Array([1, 2.5]) }, 'lastRun');
    db.close();
    const again = await openDb(factory);
    const back = await again.get<{ waits: Float64Array }>(SESSION, 'lastRun');
    expect(Array.from(back!.waits)).toEqual([1, 2.5]);
  });
});
