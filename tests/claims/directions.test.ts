/**
 * The paper's directions (issue 9, point 10) not covered by the other claims files: paired runs with
 * common random numbers (same seed, same demand where demand is not the lever), R = 4–5, a 95% CI
 * of the difference that excludes 0 in the direction the paper gives.
 */
import { describe, expect, it } from 'vitest';
import { pairedDifferences } from '../../src/engine/stats/paired';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { compare, loadPreset, short, variant } from '../centre/helpers';

const tianjin = short(loadPreset('tianjin-2007'), 20);
const set = (s: CentreScenario, f: (m: CentreScenario['mechanisms']) => void) => variant(s, (x) => f(x.mechanisms));

describe('claims: the paper’s directions', () => {
  it('more demand lengthens waits (the same hall, 30% more applicants)', () => {
    const busy = variant(tianjin, (x) => x.departments.forEach((d) => (d.windows = Math.max(1, Math.round(d.windows * 0.6)))));
    const more = variant(busy, (x) => (x.demand.annualVolume = Math.round(x.demand.annualVolume * 1.3)));
    const { diff } = compare(busy, more, 4);
    expect(diff.meanWaitMinutes.ci95[0]).toBeGreaterThan(0);
  });

  it('DATA §6.3 一次性告知 and §6.8 容缺受理 cut the headline trips (跑动次数 counts every physical visit, wasted ones included)', () => {
    const none = set(tianjin, (m) => ((m.oneTimeNotice.on = false), (m.acceptWithGaps.on = false)));
    const notice = set(none, (m) => (m.oneTimeNotice.on = true));
    const gaps = set(none, (m) => (m.acceptWithGaps.on = true));
    expect(compare(none, notice).diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(compare(none, gaps).diff.tripsPerCase.ci95[1]).toBeLessThan(0);
  });

  it('SEED §4 (2010– 网上审批): more online adoption cuts trips', () => {
    const online = variant(set(tianjin, (m) => (m.onlineApproval.on = true)), (x) => x.items.forEach((it) => (it.onlineCapable = true)));
    const low = variant(online, (x) => (x.demand.onlineAdoption = 0.2));
    const high = variant(online, (x) => (x.demand.onlineAdoption = 0.6));
    expect(compare(low, high).diff.tripsPerCase.ci95[1]).toBeLessThan(0);
  });

  it('SEED §4 并联审批: parallel approval shortens linked items', () => {
    const off = set(tianjin, (m) => (m.parallelApproval.on = false));
    const on = set(tianjin, (m) => (m.parallelApproval.on = true));
    const { a, b } = compare(off, on);
    expect(pairedDifferences(a, b).classes.linked.leadTimeDays.ci95[1]).toBeLessThan(0);
  });

  it('SEED §2/§4 五合一: the same Dalian 2009 centre with its five functions integrated has fewer trips and fewer complaints than with them separate', () => {
    const dalian = short(loadPreset('dalian-2009'), 20);
    const levels = (level: 'separate' | 'integrated') =>
      variant(dalian, (x) => {
        for (const f of Object.keys(x.functions) as (keyof CentreScenario['functions'])[]) x.functions[f] = level;
      });
    const { diff } = compare(levels('separate'), levels('integrated'), 4);
    expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    expect(diff.complaintsPer10k.ci95[1]).toBeLessThan(0);
  });
});
