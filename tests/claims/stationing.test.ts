/**
 * The paper's claims about stationing and centre types as paired comparisons: common random
 * numbers (same seed, same demand), R = 5 replications, a 95% CI of the difference that excludes 0.
 */
import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { pairedDifferences } from '../../src/engine/stats/paired';
import { stageOf } from '../../models/stages/stageMachine';
import type { FunctionId } from '../../src/domain/vocabulary';
import type { ServiceId } from '../../src/domain/vocabulary';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { compare, loadPreset, mean, short, variant } from '../centre/helpers';
import { centreModels } from '../../models/centreTypes/centreModels';

const base = short(loadPreset('tianjin-2007'), 30);
const allAs = (s: CentreScenario, stationing: CentreScenario['departments'][number]['stationing'], auth: number) =>
  variant(s, (x) => x.departments.forEach((d) => ((d.stationing = stationing), (d.authorisationShare = auth))));

describe('claims: stationing and centre types', () => {
  it('SEED §1 stage 1 → 2: moving departments from reception to authorised windows cuts trips and lead time', () => {
    const reception = allAs(base, 'reception', 0.3);
    const authorised = allAs(base, 'authorised', 0.9);
    const { diff } = compare(reception, authorised);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(diff.leadTimeDays.ci95[1]).toBeLessThan(0);
  });

  it('SEED §1 stage 2 成建制进驻: moving departments from reception to whole units cuts trips and lead time', () => {
    const reception = allAs(base, 'reception', 0.3);
    const whole = allAs(base, 'whole-unit', 1);
    const { diff } = compare(reception, whole);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(diff.leadTimeDays.ci95[1]).toBeLessThan(0);
  });

  it('SEED §3 实体统一 (Hangzhou): full physical unification removes 两头办理', () => {
    const mixed = base; // reception and partly-authorised windows
    const unified = allAs(base, 'whole-unit', 1);
    const { a, b, diff } = compare(mixed, unified);
    expect(mean(a, 'twoEndRate')).toBeGreaterThan(0);
    for (const r of b) expect(r.kpis.twoEndRate).toBe(0);
    expect(diff.twoEndRate.ci95[1]).toBeLessThan(0);
  });

  it('SEED §3 审管分离 (Chengdu Wuhou): an approval bureau with parallel approval has the shortest lead time for linked items', () => {
    const ningbo = short(loadPreset('ningbo'), 20); // more linked items
    const withMech = (s: CentreScenario, parallel: boolean) => variant(s, (x) => (x.mechanisms.parallelApproval.on = parallel));
    const bureau = withMech(allAs(variant(ningbo, (x) => (x.centreType = 'approvalBureau')), 'bureau', 1), true);
    const others = [
      withMech(allAs(ningbo, 'whole-unit', 1), false),
      withMech(allAs(ningbo, 'whole-unit', 1), true),
      withMech(allAs(ningbo, 'authorised', 0.9), true),
      withMech(allAs(ningbo, 'reception', 0.5), true),
    ];
    for (const other of others) {
      const { a, b } = compare(other, bureau);
      const d = pairedDifferences(a, b).classes.linked.leadTimeDays;
      expect(d.ci95[1]).toBeLessThan(0);
    }
  });

  it('SEED §4 (Dalian 2002 → 2009): the five-in-one centre beats the founding centre on trips and lead time at equal demand', () => {
    const founding = short(loadPreset('dalian-2002'), 15);
    const fiveInOne = variant(short(loadPreset('dalian-2009'), 15), (x) => (x.demand.annualVolume = founding.demand.annualVolume));
    const { diff } = compare(founding, fiveInOne, 4);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(diff.leadTimeDays.ci95[1]).toBeLessThan(0);
    expect(diff.complaintsPer10k.ci95[1]).toBeLessThan(0);
  });

  it('SEED §1 the stage follows from measured state: dispersed < Dalian 2002 (stage 1) < Dalian 2009 without its trading line (stage 2) < Dalian 2009 with procurement and the reading centre, five-in-one (stage 3)', () => {
    const stage = (s: CentreScenario) => {
      const m = compileCentre(s, centreModels).measured;
      return stageOf({
        acceptedInCentreShare: m.acceptedInCentreShare,
        decidedInCentreShare: m.decidedInCentreShare,
        services: m.services as ServiceId[],
        functionsIntegrated: m.functionsIntegrated as FunctionId[],
      });
    };
    expect(stage(loadPreset('dispersed'))).toBe('dispersed');
    expect(stage(loadPreset('dalian-2002'))).toBe('stage1');
    expect(stage(variant(loadPreset('dalian-2009'), (x) => (x.services.procurement.on = false)))).toBe('stage2');
    expect(stage(loadPreset('dalian-2009'))).toBe('stage3');
  });
});
