/**
 * Staff follow the load, department by department (issue 9 point 6): the rule in
 * src/engine/projection/staffing.ts, and what it does inside a projection.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addStaff, grownServers, staffingNeeds } from '../../src/engine/projection/staffing';
import { centreOfferedLoad } from '../../src/engine/centre/offeredLoad';
import { compileYear, configureYears, projectReplications } from '../../src/engine/projection/project';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { projectionModels } from '../../models/programmes/projectionModels';

const replayJson = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The replay up to `endYear` (its own volume unless given), few sampled days (fast). */
function small(endYear: number, staffing: Record<string, unknown> = {}, annualVolume = 600_000): CentreScenario {
  const doc: Record<string, unknown> = {
    ...replayJson,
    demand: { ...(replayJson.demand as object), annualVolume },
    projection: { startYear: 2002, endYear, sampledDays: 2, warmupDays: 1, staffing },
    replications: 2,
  };
  doc.timeline = (replayJson.timeline as { year: number }[]).filter((e) => e.year <= endYear);
  return loadScenario(doc) as CentreScenario;
}

const RULE = { targetUtilisation: 0.75, maxGrowth: 0.15, waitTargetMinutes: 10 };

describe('grownServers: whole units, capped by the year’s growth', () => {
  it('leaves a resource at or under its target alone and gives a one-server resource its second server', () => {
    expect(grownServers(4, 1, 0.15)).toBe(4);
    expect(grownServers(4, 0.6, 0.15)).toBe(4);
    expect(grownServers(1, 1.3, 0.15)).toBe(2);
    expect(grownServers(10, 2, 0.15)).toBe(11);
    expect(grownServers(40, 2, 0.15)).toBe(46);
    expect(grownServers(10, 2, Infinity)).toBe(20);
  });
  it('for any servers and need: never fewer, at least one more when needed, at most max(+1, ×(1 + g)), and enough when uncapped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, need, g) => {
        const out = grownServers(n, need, g);
        expect(out).toBeGreaterThanOrEqual(n);
        if (need > 1 + 1e-9) expect(out).toBeGreaterThan(n);
        expect(out).toBeLessThanOrEqual(Math.max(n + 1, Math.floor(n * (1 + g) + 1e-9)));
        expect(grownServers(n, need, Infinity) / n).toBeGreaterThanOrEqual(Math.min(need, Number.MAX_VALUE) - 1e-9);
      }),
    );
  });
});

describe('staffingNeeds: each department sized for its own load', () => {
  const year = (s: CentreScenario, y: number) => configureYears(s, projectionModels).find((c) => c.year === y)!.scenario;
  // Dalian 2009 at three times the replay's 2002 volume: some departments are loaded, others not
  const loaded = (() => {
    const s = year(small(2009), 2009);
    return { ...s, demand: { ...s.demand, annualVolume: 1_500_000 } } as CentreScenario;
  })();
  const report = () => centreOfferedLoad(compileYear(loaded, 2009, 10, 2, projectionModels));

  it('adds servers only where a department’s own windows or back office are above target, and brings them to it when uncapped', () => {
    const r = report();
    const need = staffingNeeds(loaded, r, { ...RULE, maxGrowth: Infinity });
    expect(need.size).toBeGreaterThan(0);
    for (const l of r.loads) {
      if (l.shared) continue;
      const add = need.get(l.id);
      if (l.load <= RULE.targetUtilisation) expect(add?.[l.where === 'windows' ? 'windows' : 'backOffice'] ?? 0).toBe(0);
    }
    // after the additions every own resource is at or under the target
    const after = centreOfferedLoad(compileYear(addStaff(loaded, need), 2009, 10, 2, projectionModels));
    for (const l of after.loads) if (!l.shared) expect(l.load).toBeLessThanOrEqual(RULE.targetUtilisation + 1e-9);
    // a department not loaded gets nothing
    const idle = r.loads.filter((l) => !l.shared && l.where === 'backOffice' && l.load < 0.3).map((l) => l.id);
    for (const id of idle) expect(need.get(id)?.backOffice ?? 0).toBe(0);
  });

  it('caps a department’s growth per year, and the wait rule adds windows where applicants waited too long last year', () => {
    const r = report();
    const capped = staffingNeeds(loaded, r, RULE);
    for (const [id, add] of capped) {
      const d = loaded.departments.find((x) => x.id === id)!;
      expect(add.windows).toBeLessThanOrEqual(Math.max(1, Math.floor(d.windows * RULE.maxGrowth + 1e-9)));
    }
    const calm = loaded.departments.find((d) => d.stationing !== 'absent' && d.windows >= 3 && (capped.get(d.id)?.windows ?? 0) === 0)!;
    expect(calm).toBeDefined();
    const waited = staffingNeeds(loaded, r, RULE, { [calm.id]: 30 });
    expect(waited.get(calm.id)?.windows ?? 0).toBeGreaterThan(0);
    expect(staffingNeeds(loaded, r, RULE, { [calm.id]: 5 }).get(calm.id)?.windows ?? 0).toBe(0);
  });

  it('adds windows to the department’s windows and to its staff (staff count windows too)', () => {
    const d = loaded.departments.find((x) => x.stationing !== 'absent')!;
    const after = addStaff(loaded, new Map([[d.id, { windows: 2, backOffice: 3 }]]));
    const e = after.departments.find((x) => x.id === d.id)!;
    expect([e.windows, e.staff]).toEqual([d.windows + 2, d.staff + 5]);
  });
});

describe('inside a projection (common random numbers)', () => {
  const run = (s: CentreScenario) => projectReplications(s, { from: 0, to: 2, models: projectionModels });
  const follow = small(2009);
  const fixed = small(2009, { follow: false });
  const a = run(follow);
  const b = run(fixed);
  const kpi = (reps: typeof a, year: number, k: string) => reps.map((r) => r.years.find((y) => y.year === year)!.kpis[k] ?? NaN);

  it('staff never fall and grow with demand where departments are loaded; without the rule they change only with events', () => {
    for (const r of a) {
      const staff = r.years.map((y) => y.kpis.staff);
      for (let i = 1; i < staff.length; i++) expect(staff[i]).toBeGreaterThanOrEqual(staff[i - 1]);
    }
    expect(kpi(a, 2009, 'staff')[0]).toBeGreaterThan(kpi(b, 2009, 'staff')[0]);
    // 2004–2005 has no staffing event: the fixed centre keeps its staff
    expect(kpi(b, 2005, 'staff')).toEqual(kpi(b, 2004, 'staff'));
  });

  it('following the load keeps back offices nearer the target than a centre that never adds staff', () => {
    const bo = (reps: typeof a) => kpi(reps, 2009, 'backOfficeUtilisation').reduce((x, y) => x + y, 0) / reps.length;
    expect(bo(a)).toBeLessThan(bo(b));
  });
});
