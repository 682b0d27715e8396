/**
 * Capacity and stage 1 (issue 9, points 2 and 3): staff and sign-off are capacity, a stage-1 centre
 * spares trips against the same city without one, and each problem the paper names in §5 is a lever
 * that moves results in the paper's direction. Paired runs with common random numbers (same seed,
 * same demand), R = 4–5, a 95% CI of the difference that excludes 0.
 */
import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { centreOfferedLoad } from '../../src/engine/centre/offeredLoad';
import { pairedDifferences } from '../../src/engine/stats/paired';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { centreModels } from '../../models/centreTypes/centreModels';
import { compare, loadPreset, mean, short, variant } from '../centre/helpers';

const tianjin = short(loadPreset('tianjin-2007'), 30);

/** The offered load of a department's back office (work ÷ staff capacity), before a run. */
function backOfficeLoad(s: CentreScenario, id: string): number {
  const row = centreOfferedLoad(compileCentre(s, centreModels)).loads.find((l) => l.where === 'backOffice' && l.id === id);
  return row?.load ?? 0;
}

/** The department with the most back-office work, its back office staffed to the given load (at least one person). */
function loadedDepartment(s: CentreScenario, load: number): { id: string; scenario: CentreScenario } {
  const loads = s.departments.map((d) => ({ id: d.id, work: backOfficeLoad(s, d.id) * Math.max(1, d.staff - d.windows) }));
  const { id, work } = loads.sort((a, b) => b.work - a.work)[0];
  const scenario = variant(s, (x) => {
    const d = x.departments.find((dd) => dd.id === id)!;
    d.staff = d.windows + Math.max(1, Math.ceil(work / load));
  });
  return { id, scenario };
}

const withStaff = (s: CentreScenario, id: string, f: (backStaff: number) => number) =>
  variant(s, (x) => {
    const d = x.departments.find((dd) => dd.id === id)!;
    d.staff = d.windows + Math.max(1, f(d.staff - d.windows));
  });

describe('claims: staff and sign-off are capacity (issue 9, point 2)', () => {
  it('SEED §5 人员配备不到位: staffing a loaded department up shortens its lead time, staffing it down lengthens it (reviews and sign-off layers are done by its staff)', () => {
    const { id, scenario } = loadedDepartment(tianjin, 0.85);
    const up = withStaff(scenario, id, (n) => Math.ceil(n * 1.5));
    const down = withStaff(scenario, id, (n) => Math.floor(n * 0.92));
    expect(backOfficeLoad(down, id)).toBeGreaterThan(backOfficeLoad(scenario, id));
    expect(backOfficeLoad(down, id)).toBeLessThan(1);
    const more = compare(scenario, up, 5);
    const fewer = compare(scenario, down, 5);
    expect(pairedDifferences(more.a, more.b).departments![id].leadTimeDays.ci95[1]).toBeLessThan(0);
    expect(pairedDifferences(fewer.a, fewer.b).departments![id].leadTimeDays.ci95[0]).toBeGreaterThan(0);
  });

  it('sign-off layers at headquarters (科长、处长、分管领导) against one chief representative in the centre (首席代表): more layers, longer lead time — the structure, not a multiplier', () => {
    const reception = variant(tianjin, (x) => x.departments.forEach((d) => (d.stationing = 'reception')));
    const oneLayer = variant(reception, (x) => (x.process.signOffLayers.reception = 1));
    const { diff } = compare(reception, oneLayer, 4);
    expect(diff.leadTimeDays.ci95[1]).toBeLessThan(0);
    // the in-tray waits at headquarters are part of it
    const quick = variant(reception, (x) => (x.process.signOffWaitDays.headquarters = 0.1));
    expect(compare(reception, quick, 4).diff.leadTimeDays.ci95[1]).toBeLessThan(0);
  });
});

describe('claims: stage 1 as the paper tells it (issue 9, point 3)', () => {
  it('SEED §1 一个窗口对外: a stage-1 centre (Dalian 2002, mostly reception windows) cuts trips against the same city with no centre, while still sending files to headquarters', () => {
    const stage1 = short(loadPreset('dalian-2002'), 15);
    const noCentre = variant(stage1, (x) => {
      x.centreType = 'dispersed';
      x.departments.forEach((d) => ((d.stationing = 'absent'), (d.authorisationShare = 0)));
    });
    const { b, diff } = compare(noCentre, stage1, 4);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    // files still go to headquarters: most of the volume is accepted in the centre but decided outside it
    const measured = compileCentre(stage1, centreModels).measured;
    expect(measured.acceptedInCentreShare).toBeGreaterThan(0.8);
    expect(measured.decidedInCentreShare).toBeLessThan(0.5);
    // and the applicant goes to headquarters only where the item needs it, not for every case the window cannot decide
    expect(mean(b, 'twoEndRate')).toBeLessThan(0.3);
  });

  it('the need to visit headquarters is its own lever (departments[].headquartersVisitShare): fewer such items, fewer trips, at the same authority', () => {
    const reception = variant(tianjin, (x) => x.departments.forEach((d) => ((d.stationing = 'reception'), (d.authorisationShare = 0.3))));
    const fewer = variant(reception, (x) => x.departments.forEach((d) => (d.headquartersVisitShare = 0)));
    const { a, b, diff } = compare(reception, fewer, 4);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(mean(a, 'twoEndRate')).toBeGreaterThan(0);
    for (const r of b) expect(r.kpis.twoEndRate).toBe(0);
  });
});

describe('claims: the problems of SEED §5 as levers', () => {
  it('SEED §5 窗口授权不充分: authority held on paper but not used (departments[].authorisationUsed) means more trips to headquarters and longer lead times', () => {
    const half = variant(tianjin, (x) => x.departments.forEach((d) => (d.authorisationUsed = 0.5)));
    const { diff } = compare(tianjin, half, 4);
    expect(diff.twoEndRate.ci95[0]).toBeGreaterThan(0);
    expect(diff.tripsPerCase.ci95[0]).toBeGreaterThan(0);
    expect(diff.leadTimeDays.ci95[0]).toBeGreaterThan(0);
  });

  it('SEED §5 办理事项有待增加: items kept outside the centre (a department left at its own office) mean more trips', () => {
    // the department with the most volume keeps its items at its own office
    const first = (x: CentreScenario) => x.items.reduce<Record<string, number>>((acc, it) => ((acc[it.departments[0]] = (acc[it.departments[0]] ?? 0) + (it.share ?? 0)), acc), {});
    const id = Object.entries(first(tianjin)).sort((p, q) => q[1] - p[1])[0][0];
    const outside = variant(tianjin, (x) => (x.departments.find((d) => d.id === id)!.stationing = 'absent'));
    const { diff } = compare(tianjin, outside, 4);
    expect(diff.tripsPerCase.ci95[0]).toBeGreaterThan(0);
  });

  it('SEED §5 进驻部门内在动力不足: a stationed department that keeps half its cases at its own office (departments[].handledInCentreShare) means more trips, and less of the volume accepted in the centre', () => {
    const half = variant(tianjin, (x) => x.departments.forEach((d) => (d.handledInCentreShare = 0.5)));
    const { diff } = compare(tianjin, half, 4);
    expect(diff.tripsPerCase.ci95[0]).toBeGreaterThan(0);
    expect(diff.leadTimeDays.ci95[0]).toBeGreaterThan(0);
    const share = (s: CentreScenario) => compileCentre(s, centreModels).measured.acceptedInCentreShare;
    expect(share(half)).toBeCloseTo(share(tianjin) * 0.5, 6);
  });

  it('SEED §5 管理协调难度大: slower coordination between departments (process.handoffDays, the hand-off of a file from one department to the next) lengthens linked items', () => {
    const slow = variant(tianjin, (x) => {
      for (const k of Object.keys(x.process.handoffDays) as (keyof CentreScenario['process']['handoffDays'])[]) x.process.handoffDays[k] *= 2;
    });
    const { a, b } = compare(tianjin, slow, 4);
    expect(pairedDifferences(a, b).classes.linked.leadTimeDays.ci95[0]).toBeGreaterThan(0);
  });
});
