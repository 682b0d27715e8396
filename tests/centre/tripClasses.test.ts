/**
 * The trip classes (跑动次数) of the case-flow diagram and the KPI threeOrMoreTripRate: at most
 * one trip, two (submit and collect the result: the normal journey of a 承诺件), three or more
 * (wasted visits, 两头办理) — the class 一次性告知 should empty.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import type { CentreChartRecord } from '../../src/engine/centre/centreCharts';
import { F_COUNTED, type CentreDayRecords } from '../../src/engine/centre/reduceCentre';
import { FLOW_TRIPS, tripClass } from '../../src/domain/caseFlows';
import { judgeDifference } from '../../src/domain/significance';
import type { ReplicationResult } from '../../src/engine/types';
import { centreModels } from '../../models/centreTypes/centreModels';
import { compare, loadPreset, short, variant } from './helpers';

/** Cases per trip class in a replication's flows (the trip class varies fastest in a flow key). */
function byClass(flows: readonly number[]): number[] {
  const out = new Array<number>(FLOW_TRIPS.length).fill(0);
  flows.forEach((v, k) => (out[k % FLOW_TRIPS.length] += v));
  return out;
}
const twoShare = (r: ReplicationResult) => byClass((r.charts as CentreChartRecord).flows)[1] / r.kpis.casesArrived;

describe('trip classes (跑动次数: at most one, two, three or more)', () => {
  it('tripClass: 0 and 1 trip are "at most one", 2 is "two", 3 and more are "three or more"', () => {
    expect(FLOW_TRIPS).toEqual(['atMostOne', 'two', 'threeOrMore']);
    expect([0, 1, 2, 3, 4, 9].map(tripClass)).toEqual([0, 0, 1, 2, 2, 2]);
  });

  it('conservation: the classes sum to the cases, each case is in the class of its recorded trips, and the class shares are the KPIs (Dalian 2002, any replication, 一次性告知 and 容缺受理 on or off)', () => {
    const base = short(loadPreset('dalian-2002'), 2);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.boolean(), fc.boolean(), (rep, notice, gaps) => {
        const s = variant(base, (x) => {
          x.mechanisms.oneTimeNotice.on = notice;
          x.mechanisms.acceptWithGaps.on = gaps;
        });
        const cc = compileCentre(s, centreModels);
        const r = simulateCentre(cc, rep);
        const k = r.kpis;
        const cls = byClass((r.charts as CentreChartRecord).flows);
        expect(cls.reduce((a, b) => a + b, 0)).toBe(k.casesArrived);
        // from the per-case records of each day: the counted approval cases by their trips
        const fromRecords = [0, 0, 0];
        for (let day = 0; day < cc.days; day++) {
          const { cases } = simulateCentre(cc, rep, undefined, { recordDay: day }).records as CentreDayRecords;
          cases.trips.forEach((t, c) => {
            if ((cases.flags[c] & F_COUNTED) !== 0 && cases.item[c] < cc.nItems) fromRecords[tripClass(t)]++;
          });
        }
        expect(fromRecords).toEqual(cls);
        expect(cls[0] / k.casesArrived).toBeCloseTo(k.atMostOneTripRate, 12);
        expect(cls[2] / k.casesArrived).toBeCloseTo(k.threeOrMoreTripRate, 12);
        expect(k.atMostOneTripRate + k.threeOrMoreTripRate).toBeLessThanOrEqual(1 + 1e-12);
        // a case with three or more trips pushes trips per case above two only as far as the others stay below
        expect(k.tripsPerCase).toBeGreaterThanOrEqual(2 * (1 - k.atMostOneTripRate) + k.threeOrMoreTripRate - 1e-9);
      }),
      { numRuns: 6 },
    );
  });

  it('一次性告知 on Dalian 2002 (same seed, common random numbers): the share with three or more trips falls, significantly by the catalogue’s rule, and the two-trip class does not shrink', () => {
    const base = short(loadPreset('dalian-2002'), 10);
    const off = variant(base, (x) => (x.mechanisms.oneTimeNotice.on = false));
    const on = variant(base, (x) => (x.mechanisms.oneTimeNotice.on = true));
    const { a, b, diff } = compare(off, on, 5);
    expect(a[0].kpis.threeOrMoreTripRate).toBeGreaterThan(0);
    expect(diff.threeOrMoreTripRate.ci95[1]).toBeLessThan(0);
    expect(judgeDifference('threeOrMoreTripRate', diff.threeOrMoreTripRate).verdict).toBe('better');
    // the cases spared a wasted visit move down to two trips (submit, collect): that class grows or stays
    const gain = b.map((r, i) => twoShare(r) - twoShare(a[i]));
    expect(gain.reduce((s, g) => s + g, 0) / gain.length).toBeGreaterThanOrEqual(0);
    // the same arrivals in both (common random numbers), so the shares compare case for case
    expect(b.map((r) => r.kpis.casesArrived)).toEqual(a.map((r) => r.kpis.casesArrived));
  });
});
