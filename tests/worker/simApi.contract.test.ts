// The worker API over a real Comlink boundary, in-process: expose on one end of a MessageChannel,
// wrap the other (comlink's own same_window pattern). What passes here passes in a Worker.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expose, proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { ReplicationResult } from '../../src/engine/types';
import { simApi, type SimApi } from '../../src/worker/api';
import { keepErrorRules } from '../../src/worker/errorTransfer';
import { badServersPath, badServersScenario, mmcScenario } from './fixtures';

let channel: MessageChannel;
let api: Remote<SimApi>;
/** every message the "worker" end posted, with its transfer list */
let posted: Array<{ message: unknown; transfer: Transferable[] }>;

beforeEach(() => {
  keepErrorRules(); // as sim.worker.ts does before expose
  channel = new MessageChannel();
  posted = [];
  const post = channel.port1.postMessage.bind(channel.port1);
  vi.spyOn(channel.port1, 'postMessage').mockImplementation((message: unknown, transfer?: unknown) => {
    posted.push({ message, transfer: (transfer as Transferable[] | undefined) ?? [] });
    post(message, transfer as Transferable[]);
  });
  expose(simApi, channel.port1);
  api = wrap<SimApi>(channel.port2);
});

afterEach(() => {
  api[releaseProxy]();
  channel.port1.close();
  channel.port2.close();
});

/** A result without its wall-clock field, for comparing runs. */
const comparable = ({ engineSeconds: _, ...rest }: ReplicationResult) => rest;

describe('simApi over a MessageChannel', () => {
  it('dayRecords returns one day of a centre run: every case arriving that day, its visits and tasks, and the route states', async () => {
    const preset = JSON.parse(readFileSync(new URL('../../models/presets/dalian-2002.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const doc = { ...preset, simulation: { days: 2, warmupDays: 0 } };
    const { result, records, routes } = await api.dayRecords(doc, 0, 1);
    const n = records.cases.arrival.length;
    expect(n).toBeGreaterThan(100);
    // day 1 of an 8-hour opening day: working minutes [480, 960)
    for (const t of records.cases.arrival) expect(t >= 480 && t < 960).toBe(true);
    expect(records.visits.case.every((c) => c >= 0 && c < n)).toBe(true);
    expect(records.tasks.case.every((c) => c >= 0 && c < n)).toBe(true);
    for (const p of records.cases.program) expect(routes[p][0]).toBe('notArrived');
    expect(result.kpis.casesArrived).toBeGreaterThan(n);
    await expect(api.dayRecords(doc, 0, 2)).rejects.toThrow(/invalid day: must be an integer from 0 to 1/);
  });

  it('dayRecords also returns the hall: its places, a fact per visit and the day’s counts at closing', async () => {
    const preset = JSON.parse(readFileSync(new URL('../../models/presets/dalian-2002.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { records, hall } = await api.dayRecords({ ...preset, simulation: { days: 2, warmupDays: 0 } }, 0, 0);
    expect(hall.layout.dayMinutes).toBe(480);
    expect(hall.layout.groups.length).toBeGreaterThan(1);
    expect(new Set(hall.layout.backOffices.map((b) => b.place))).toEqual(new Set(['centre', 'headquarters', 'office']));
    const nVisits = records.visits.case.length;
    for (const k of ['newTrip', 'queueEnd', 'called', 'wasted'] as const) expect(hall.visits[k]).toHaveLength(nVisits);
    // every case with a window visit makes at least one trip; each visit leaves the queue after it joined
    const withVisit = new Set(records.visits.case).size;
    expect(hall.visits.newTrip.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(withVisit);
    hall.visits.queueEnd.forEach((end, i) => expect(end).toBeGreaterThanOrEqual(records.visits.enqueued[i]));
    expect(hall.counts.arrived).toBe(records.cases.arrival.length);
    expect(hall.counts.served).toBeLessThanOrEqual(nVisits);
  });

  it('runSynergy returns the seven variants of each replication, chunks merging to one call (common random numbers)', async () => {
    const preset = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const doc = { ...preset, projection: { ...(preset.projection as object), sampledDays: 2, warmupDays: 0 } };
    const whole = await api.runSynergy(doc, 2009, 0, 2);
    expect(whole.map((r) => r.replication)).toEqual([0, 1]);
    expect(Object.keys(whole[0].variants).sort()).toEqual(['all', 'base', 'only:approval', 'only:complaints', 'only:eGovernment', 'only:informationRelease', 'only:openness']);
    expect(whole[0].variants.all.tripsPerCase).toBeLessThan(whole[0].variants.base.tripsPerCase);
    const second = await api.runSynergy(doc, 2009, 1, 2);
    expect(second[0]).toEqual(whole[1]);
    await expect(api.runSynergy(doc, 1990, 0, 1)).rejects.toThrow(/invalid year: must be a year of the projection, 2002–2015/);
  });

  it('ping answers', async () => {
    expect(await api.ping()).toBe('pong');
  });

  it('validate returns the normalised scenario', async () => {
    const result = await api.validate(mmcScenario);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario).toMatchObject({ name: mmcScenario.name, seed: 42, replications: 6 });
  });

  it('validate reports a broken rule with the field path, not an exception', async () => {
    const result = await api.validate(badServersScenario);
    expect(result).toEqual({ ok: false, path: badServersPath, message: expect.stringMatching(/^invalid stations\[0\]\.servers: .+, got -2$/), rule: { code: 'int.atLeast', min: 1 } });
  });

  it('runReplications returns replications [from, to) in order, the same as in-process', async () => {
    const remote = await api.runReplications(mmcScenario, 2, 5);
    expect(remote.map((r) => r.replication)).toEqual([2, 3, 4]);
    const local = await simApi.runReplications(mmcScenario, 2, 5);
    expect(remote.map(comparable)).toEqual(local.map(comparable));
    for (const r of remote) {
      expect(r.waits).toBeInstanceOf(Float64Array);
      expect(r.waits.length).toBeGreaterThan(0);
    }
  });

  it('replications depend on (seed, index) only: two chunks equal one call', async () => {
    const whole = await api.runReplications(mmcScenario, 0, 4);
    const parts = [...(await api.runReplications(mmcScenario, 0, 1)), ...(await api.runReplications(mmcScenario, 1, 4))];
    expect(parts.map(comparable)).toEqual(whole.map(comparable));
  });

  it('transfers every waits buffer instead of copying it', async () => {
    const results = await api.runReplications(mmcScenario, 0, 3);
    const reply = posted.find((p) => p.transfer.length > 0);
    expect(reply).toBeDefined();
    expect(reply!.transfer).toHaveLength(3);
    for (const buffer of reply!.transfer as ArrayBuffer[]) {
      expect(buffer).toBeInstanceOf(ArrayBuffer);
      expect(buffer.byteLength).toBe(0); // detached on the worker side: it was moved
    }
    expect(results.every((r) => r.waits.buffer.byteLength > 0)).toBe(true);
  });

  it('reports progress through a Comlink proxy, up to the chunk size', async () => {
    const seen: number[] = [];
    await api.runReplications(mmcScenario, 1, 5, proxy((done: number) => void seen.push(done)));
    await vi.waitFor(() => expect(seen.at(-1)).toBe(4));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((d) => d >= 1 && d <= 4)).toBe(true);
  });

  it('issue 10 point 4: a centre replication reports its simulated days from inside, before it ends; the numbers are those of a run without progress', async () => {
    const preset = JSON.parse(readFileSync(new URL('../../models/presets/dalian-2002.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const doc = { ...preset, simulation: { days: 12, warmupDays: 0 } };
    const seen: Array<[number, number | undefined]> = [];
    const watched = await api.runReplications(doc, 0, 1, proxy((done: number, share?: number) => void seen.push([done, share])));
    await vi.waitFor(() => expect(seen.at(-1)?.[0]).toBe(1));
    // the first in-replication message is never held back: 0 replications done, a share of the days
    const inside = seen.filter(([done, share]) => done === 0 && share !== undefined);
    expect(inside.length).toBeGreaterThan(0);
    for (const [, share] of inside) expect(share! > 0 && share! < 1).toBe(true);
    const plain = await api.runReplications(doc, 0, 1);
    expect(comparable(watched[0])).toEqual(comparable(plain[0]));
  });

  it("worker-side errors come back as Error with the engine's message", async () => {
    const error = await api.runReplications(badServersScenario, 0, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^invalid stations\[0\]\.servers: /);
  });

  it('a refusal thrown in the worker keeps its path, catalogue code and parameters across the boundary', async () => {
    const preset = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const error = await api.runSynergy(preset, 1990, 0, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ path: 'year', code: 'projection.year', params: { from: 2002, to: 2015 }, rule: 'must be a year of the projection, 2002–2015' });
  });

  it('a failed call leaves the API usable', async () => {
    await expect(api.runReplications(badServersScenario, 0, 1)).rejects.toThrow();
    expect(await api.ping()).toBe('pong');
    expect((await api.runReplications(mmcScenario, 0, 1))).toHaveLength(1);
  });
});
