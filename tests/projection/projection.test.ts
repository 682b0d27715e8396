import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { configureYears, project, projectReplications, stagePath, summariseProjection } from '../../src/engine/projection/project';
import { projectionModels } from '../../models/programmes/projectionModels';
import { buildDalianReplay, dalianTimeline } from '../../models/programmes/dalianReplay';
import { DALIAN_EVENTS } from '../../models/programmes/dalian';

const preset = (name: string) => JSON.parse(readFileSync(new URL(`../../models/presets/${name}.scenario.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const replayJson = preset('dalian-replay');
const load = (doc: unknown) => loadScenario(doc) as CentreScenario;

/** A small, fast projection: the replay cut to `years`, a few items' worth of sampled days. */
function small(endYear: number, extra: Record<string, unknown> = {}): CentreScenario {
  const doc: Record<string, unknown> = { ...replayJson, demand: { ...(replayJson.demand as object), annualVolume: 60000 }, projection: { startYear: 2002, endYear, sampledDays: 3, warmupDays: 1 }, ...extra };
  doc.timeline = (replayJson.timeline as { year: number }[]).filter((e) => e.year <= endYear);
  return load(doc);
}

describe('timeline validation (issue 5)', () => {
  const base = { ...replayJson };
  const withTimeline = (timeline: unknown[]) => ({ ...base, timeline });
  const ev = (year: number, kind: string, more: Record<string, unknown> = {}) => ({ year, kind, ...more });

  it('refuses integrating a function that is not co-located: invalid timeline[i]: <rule>, got <event>', () => {
    expect(() => load(withTimeline([ev(2002, 'function.colocate', { fn: 'approval' }), ev(2003, 'function.integrate', { fn: 'complaints' })]))).toThrow(
      /^invalid timeline\[1\]: must integrate a co-located function \(complaints is separate in 2003\), got \{"year":2003,"kind":"function.integrate","fn":"complaints"\}$/,
    );
  });
  it('refuses an event before startYear and after endYear', () => {
    expect(() => load(withTimeline([ev(2001, 'milestone')]))).toThrow(/^invalid timeline\[0\]: must not be before startYear 2002 \(year 2001\)/);
    expect(() => load(withTimeline([ev(2016, 'milestone')]))).toThrow(/^invalid timeline\[0\]: must not be after endYear 2015/);
  });
  it('refuses events out of date order, unknown departments, unknown kinds, services added twice', () => {
    expect(() => load(withTimeline([ev(2005, 'milestone'), ev(2004, 'milestone')]))).toThrow(/^invalid timeline\[1\]: must be in date order/);
    expect(() => load(withTimeline([ev(2004, 'department.station', { department: 'nope', stationing: 'authorised' })]))).toThrow(/^invalid timeline\[0\]: must name departments in departments\[\] \(unknown "nope"\)/);
    expect(() => load(withTimeline([ev(2004, 'teleport')]))).toThrow(/^invalid timeline\[0\]\.kind: must be one of department\.station/);
    expect(() => load(withTimeline([ev(2004, 'service.add', { service: 'procurement' }), ev(2005, 'service.add', { service: 'procurement' })]))).toThrow(/^invalid timeline\[1\]: must add a service not yet offered/);
  });
  it('the five-functions statechart refuses what it does not take (XState transition), in the same message shape', () => {
    // the schema rules pass (co-located first), but the scenario's functions already have complaints integrated
    const s = load({ ...withTimeline([ev(2003, 'milestone')]), functions: { ...(base.functions as object), complaints: 'integrated' } });
    const bad = { ...s, timeline: [...(s.timeline ?? []), { kind: 'function.colocate' as const, fn: 'complaints' as const, year: 2004 }] };
    expect(() => configureYears(bad, projectionModels)).toThrow(/^invalid timeline\[1\]: is refused by the five-functions statechart \(complaints is integrated\)/);
  });
});

describe('Dalian replay (issue 5)', () => {
  it('the preset is built from models/programmes/dalian.ts: every event cites the paper and is in the timeline', () => {
    expect(replayJson.timeline).toEqual(buildDalianReplay(preset('dalian-2002')).timeline);
    const refs = new Set(dalianTimeline().map((e) => e.ref));
    for (const e of DALIAN_EVENTS) expect(refs.has(e.id)).toBe(true);
    for (const e of replayJson.timeline as { quote: { zh: string } }[]) expect(e.quote.zh.length).toBeGreaterThan(3);
  });

  it('stage sequence: stage 1 at founding, stage 2 at the end of the legal-promotion phase (2006), stage 3 with five-in-one in 2009 (procurement and the reading centre joined in October 2008)', () => {
    const path = stagePath(load(replayJson), projectionModels);
    const stage = Object.fromEntries(path.map((p) => [p.year, p.stage]));
    expect(stage[2002]).toBe('stage1');
    expect(stage[2003]).toBe('stage1');
    // the 2004–2006 reforms are spread over the phase in the paper's order; approval power is concentrated last (2006)
    for (const y of [2004, 2005]) expect(stage[y]).toBe('stage1');
    expect(stage[2006]).toBe('stage2');
    const fiveInOne = path.filter((p) => Object.values(p.functions).every((l) => l === 'integrated')).map((p) => p.year);
    expect(fiveInOne[0]).toBe(2009);
    const firstStage3 = path.find((p) => p.stage === 'stage3')?.year;
    expect(firstStage3).toBe(2009);
    expect(path.map((p) => p.stage)).toEqual([...path.map((p) => p.stage)].sort());
  });
});

describe('projection (issue 5)', () => {
  it('same seed → same numbers; trajectories split across calls merge to the same result; JSON shape', () => {
    const s = small(2004);
    const whole = project(s, projectionModels, 3);
    const split = summariseProjection(s, [...projectReplications(s, { from: 2, to: 3, models: projectionModels }), ...projectReplications(s, { from: 0, to: 2, models: projectionModels })], projectionModels);
    const strip = (r: typeof whole) => JSON.stringify({ ...r, engineSeconds: 0 });
    expect(strip(split)).toBe(strip(whole));
    expect(whole.years.map((y) => y.year)).toEqual([2002, 2003, 2004]);
    for (const y of whole.years) {
      expect(['dispersed', 'stage1', 'stage2', 'stage3']).toContain(y.stage);
      for (const k of ['leadTimeDays', 'tripsPerCase', 'onTimeRate', 'integrationIndex', 'annualCases']) {
        expect(y.kpis[k].ci95[0]).toBeLessThanOrEqual(y.kpis[k].mean + 1e-12);
        expect(y.kpis[k].ci95[1]).toBeGreaterThanOrEqual(y.kpis[k].mean - 1e-12);
      }
    }
    expect(whole.years[2].events.some((e) => e.kind === 'law.licensing' && e.quote?.zh)).toBe(true);
    const other = project({ ...s, seed: s.seed + 1 }, projectionModels, 3);
    expect(other.years[0].kpis.leadTimeDays.mean).not.toBe(whole.years[0].kpis.leadTimeDays.mean);
  });

  it('a city network aggregates municipal, district and township centres (cases add up; levels reported)', () => {
    const s = small(2002, { network: { districts: { count: 3, volumeShare: 0.3 }, townships: { count: 5, volumeShare: 0.1 } } });
    const r = project(s, projectionModels, 2);
    const y = r.years[0];
    expect(r.city).toBe(true);
    const lv = y.levels!;
    const sum = lv.municipal.annualCases.mean + 3 * lv.district.annualCases.mean + 5 * lv.township.annualCases.mean;
    expect(y.kpis.annualCases.mean).toBeCloseTo(sum, 6);
    // township convenience centres decide on the spot: fewer trips than the municipal centre in 2002
    expect(lv.township.tripsPerCase.mean).toBeLessThan(lv.municipal.tripsPerCase.mean);
  });

  it('extending the model to the districts (Dalian 2010) changes the district centres from that year on', () => {
    const base = small(2003, { network: { districts: { count: 2, volumeShare: 0.3 } } });
    const timeline = [...(base.timeline ?? []), { kind: 'network.extendToDistricts' as const, year: 2003 }];
    const withExt = project({ ...base, timeline }, projectionModels, 2);
    const without = project(base, projectionModels, 2);
    const d = (r: typeof withExt, i: number) => r.years[i].levels!.district;
    expect(d(withExt, 0).tripsPerCase.mean).toBe(d(without, 0).tripsPerCase.mean);
    // before: stage-1 district centres (reception, 30%); after: the municipal model (authorised windows decide more, so
    // more on the spot and sooner). Not fewer trips in 2003: an authorised window at 60% authority sends the applicant to
    // headquarters beyond it (两头办理), while a reception window sends only the file (issue 9, point 3)
    expect(d(withExt, 1).leadTimeDays.mean).toBeLessThan(d(without, 1).leadTimeDays.mean);
    expect(d(withExt, 1).onTheSpotRate.mean).toBeGreaterThan(d(without, 1).onTheSpotRate.mean);
    expect(withExt.years[1].events.map((e) => e.kind)).toContain('network.extendToDistricts');
  });
});
