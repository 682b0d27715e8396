/**
 * The centre type matters where the paper says the models differ (issue 8, point 3): the same city
 * run under another type's statechart, with common random numbers (same seed, same demand), R = 5,
 * a 95% CI of the paired difference that excludes 0. The statechart is the route: nothing here
 * sets a KPI or a flag by type — only `centreType` changes.
 */
import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import type { CentreDayRecords } from '../../src/engine/centre/reduceCentre';
import { ScenarioError } from '../../src/engine/scenario/ScenarioError';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { centreModels } from '../../models/centreTypes/centreModels';
import { compare, loadPreset, mean, short, variant } from '../centre/helpers';

const asType = (s: CentreScenario, centreType: CentreScenario['centreType']) => variant(s, (x) => (x.centreType = centreType));
const dalian2002 = short(loadPreset('dalian-2002'), 15);

/** Back-office tasks per case on one day, from the day's records. */
function tasksPerCase(records: CentreDayRecords): Map<number, number> {
  const n = new Map<number, number>();
  for (const c of records.tasks.case) n.set(c, (n.get(c) ?? 0) + 1);
  return n;
}

describe('claims: the centre type is the route', () => {
  it('SEED §3 实体统一 (Hangzhou): Dalian 2002 under physical unification has no 两头办理, fewer trips and a shorter lead time than under five-in-one', () => {
    const { a, b, diff } = compare(dalian2002, asType(dalian2002, 'physicalUnification'));
    // 5 authorised windows at 60% authority (beyond it: 两头办理) and 25 reception windows (the applicant goes to headquarters only where the item needs it: headquartersVisitShare)
    expect(mean(a, 'twoEndRate')).toBeGreaterThan(0.1);
    for (const r of b) expect(r.kpis.twoEndRate).toBe(0);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(diff.leadTimeDays.ci95[1]).toBeLessThan(0);
  });

  it('SEED §3 审管分离 (Chengdu Wuhou): the approval bureau decides a linked item in one body; whole units pass it department to department', () => {
    const wuhou = short(loadPreset('chengdu-wuhou'), 3);
    const wholeUnits = variant(wuhou, (x) => {
      x.centreType = 'comprehensive';
      x.departments.forEach((d) => (d.stationing = 'whole-unit'));
    });
    const day = (s: CentreScenario) => simulateCentre(compileCentre(s, centreModels), 0, undefined, { recordDay: 1 }).records as CentreDayRecords;
    const bureau = day(wuhou);
    const serial = day(wholeUnits);
    const linkedItems = new Set(wuhou.items.flatMap((it, i) => (it.class === 'linked' && it.departments.length > 1 ? [i] : [])));
    const linkedTasks = (r: CentreDayRecords) => [...tasksPerCase(r)].filter(([c]) => linkedItems.has(r.cases.item[c])).map(([, n]) => n);
    const inBureau = linkedTasks(bureau);
    const inUnits = linkedTasks(serial);
    expect(inBureau.length).toBeGreaterThan(20);
    expect(new Set(inBureau)).toEqual(new Set([1]));
    expect(Math.min(...inUnits)).toBeGreaterThanOrEqual(2);
  });

  it('a stationing the type’s statechart does not route is refused, naming the department and the type', () => {
    let error: unknown;
    try {
      compileCentre(asType(dalian2002, 'approvalBureau'), centreModels);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const e = error as ScenarioError;
    const i = dalian2002.departments.findIndex((d) => d.stationing !== 'absent' && d.stationing !== 'bureau');
    expect(e.path).toBe(`departments[${i}].stationing`);
    expect(e.message).toContain(dalian2002.departments[i].id);
    expect(e.message).toContain('approvalBureau');
    expect(() => compileCentre(asType(dalian2002, 'dispersed'), centreModels)).toThrow(/dispersed stations departments only as absent/);
  });

  it('SEED §3/§4 complaints: a five-in-one centre handles complaints itself and feeds back to the department; an economy-led one forwards them to separate bodies', () => {
    const dalian2009 = short(loadPreset('dalian-2009'), 20);
    const { a, b, diff } = compare(dalian2009, asType(dalian2009, 'economyLed'));
    expect(mean(a, 'complaintsPer10k')).toBeGreaterThan(0);
    expect(diff.complaintResolutionDays.ci95[0]).toBeGreaterThan(0);
    expect(mean(b, 'complaintResolutionDays')).toBeGreaterThan(mean(a, 'complaintResolutionDays'));
  });

  it('the models that route approvals alike (经济主导, 综合服务, 行政职能整合 with the same complaint function) give the same approval numbers', () => {
    const s = variant(short(loadPreset('dalian-2002'), 5), (x) => (x.functions.complaints = 'separate'));
    const kpis = (t: CentreScenario['centreType']) => simulateCentre(compileCentre(asType(s, t), centreModels), 0).kpis;
    const fi = kpis('functionIntegration');
    for (const t of ['economyLed', 'comprehensive'] as const) {
      const k = kpis(t);
      for (const name of ['tripsPerCase', 'leadTimeDays', 'meanWaitMinutes', 'twoEndRate', 'onTimeRate']) expect(k[name], `${t} ${name}`).toBe(fi[name]);
    }
  });
});

describe('records: one replication writes one record per case, visit and task; the KPIs are a reduce over them', () => {
  const s = variant(short(loadPreset('dalian-2002'), 1), (x) => (x.simulation.warmupDays = 0));
  const r = simulateCentre(compileCentre(s, centreModels), 0, undefined, { recordDay: 0 });
  const rec = r.records as CentreDayRecords;

  it('the day’s records hold every case of a one-day run, and its trips and wasted visits add up to the KPIs', () => {
    const n = rec.cases.arrival.length;
    expect(n).toBe(r.kpis.casesArrived);
    const trips = rec.cases.trips.reduce((a, b) => a + b, 0);
    const wasted = rec.cases.wasted.reduce((a, b) => a + b, 0);
    expect(trips / n).toBeCloseTo(r.kpis.tripsPerCase, 12);
    expect(wasted / n).toBeCloseTo(r.kpis.rejectedTripsPerCase, 12);
    // each wasted visit is a visit record with an outcome other than served (rejected, balked, reneged, sent home)
    expect(rec.visits.outcome.filter((o) => o !== 0).length).toBe(wasted);
  });

  it('the mean wait is the mean over served visits of start − enqueue, and lead time is decision − acceptance', () => {
    let sum = 0;
    let n = 0;
    rec.visits.started.forEach((start, v) => {
      if (start >= 0 && (rec.visits.outcome[v] === 0 || rec.visits.outcome[v] === 4)) {
        sum += start - rec.visits.enqueued[v];
        n++;
      }
    });
    expect(sum / n).toBeCloseTo(r.kpis.meanWaitMinutes, 9);
    const lead = rec.cases.decided.reduce((a, d, c) => a + (d - rec.cases.accepted[c]), 0) / rec.cases.decided.length / (s.opening.hoursPerDay * 60);
    expect(lead).toBeCloseTo(r.kpis.leadTimeDays, 9);
  });

  it('per-department results add up: cases by first department sum to the centre’s, and each department has its metrics', () => {
    const deps = r.departments!;
    expect(Object.keys(deps).sort()).toEqual(s.departments.map((d) => d.id).sort());
    expect(Object.values(deps).reduce((a, d) => a + d.casesArrived, 0)).toBe(r.kpis.casesArrived);
    for (const d of Object.values(deps)) for (const k of ['meanWaitMinutes', 'meanQueueLength', 'windowUtilisation', 'backOfficeUtilisation', 'leadTimeDays', 'overdueRate']) expect(d[k]).toBeGreaterThanOrEqual(0);
  });

  it('an overloaded department is the one with the longest wait and the highest window utilisation', () => {
    const busiest = s.items.reduce<Record<string, number>>((acc, it) => ((acc[it.departments[0]] = (acc[it.departments[0]] ?? 0) + (it.annualVolume ?? it.share ?? 0)), acc), {});
    const id = Object.entries(busiest).sort((a, b) => b[1] - a[1])[0][0];
    const squeezed = variant(s, (x) => {
      const d = x.departments.find((dd) => dd.id === id)!;
      d.windows = 1;
    });
    const deps = simulateCentre(compileCentre(squeezed, centreModels), 0).departments!;
    const top = (k: string) => Object.entries(deps).sort((a, b) => b[1][k] - a[1][k])[0][0];
    expect(top('meanWaitMinutes')).toBe(id);
    expect(top('windowUtilisation')).toBe(id);
  });
});
