import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simApi } from '../../src/worker/api';
import { projectReplications } from '../../src/engine/projection/project';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { projectionModels } from '../../models/programmes/projectionModels';

const replay = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const small = { ...replay, demand: { ...(replay.demand as object), annualVolume: 30000 }, projection: { startYear: 2002, endYear: 2003, sampledDays: 2, warmupDays: 1 }, timeline: (replay.timeline as { year: number }[]).filter((e) => e.year <= 2003) };

describe('simApi.runProjection (worker contract, issue 5)', () => {
  it('returns the engine’s trajectories for [from, to), with progress per trajectory and from inside one', () => {
    const seen: number[] = [];
    const inside: number[] = [];
    const got = simApi.runProjection(small, 1, 3, (d, share) => void (share === undefined ? seen.push(d) : inside.push(d + share)));
    const want = projectReplications(loadScenario(small) as CentreScenario, { from: 1, to: 3, models: projectionModels });
    const strip = (xs: { engineSeconds: number }[]) => xs.map((x) => ({ ...x, engineSeconds: 0 }));
    expect(strip(got)).toEqual(strip(want));
    expect(got.map((r) => r.replication)).toEqual([1, 2]);
    expect(seen).toEqual([1, 2]);
    // the first report inside a trajectory is never throttled: a share of the first one's days
    expect(inside.length).toBeGreaterThan(0);
    expect(inside[0]).toBeGreaterThan(0);
    expect(inside[0]).toBeLessThan(1);
  });
  it('refuses a network scenario and a bad timeline with the engine’s message', () => {
    expect(() => simApi.runProjection({ ...small, timeline: [{ year: 2003, kind: 'function.integrate', fn: 'openness' }] }, 0, 1)).toThrow(/^invalid timeline\[0\]: must integrate a co-located function/);
    const mm = JSON.parse(readFileSync(new URL('../../models/presets/mm10-network.scenario.json', import.meta.url), 'utf8'));
    expect(() => simApi.runProjection(mm, 0, 1)).toThrow(/must be "onewindow\/centre" for a projection/);
  });
});
