import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import { runCentreReplications, summariseCentre } from '../../src/engine/centre/runCentre';
import type { CentreChartRecord } from '../../src/engine/centre/centreCharts';
import { FLOW_DECISIONS, FLOW_ENTRANCES, FLOW_RESULTS, FLOW_TRIPS, FLOW_WINDOWS, flowIndex } from '../../src/domain/caseFlows';
import { centreModels } from '../../models/centreTypes/centreModels';
import { loadPreset, short, variant } from './helpers';

const dalian = variant(short(loadPreset('dalian-2009'), 6), (x) => {
  x.simulation.warmupDays = 1;
});
const cc = compileCentre(dalian, centreModels);
const rep = simulateCentre(cc, 0);
const charts = rep.charts as CentreChartRecord;
const sum = (a: readonly number[]) => a.reduce((s, x) => s + x, 0);

/** Flow counts by one dimension (0 entrance, 1 window, 2 decision, 3 result, 4 trips). */
function by(dim: number): number[] {
  const sizes = [FLOW_ENTRANCES.length, FLOW_WINDOWS.length, FLOW_DECISIONS.length, FLOW_RESULTS.length, FLOW_TRIPS.length];
  const out = new Array<number>(sizes[dim]).fill(0);
  for (let e = 0; e < sizes[0]; e++)
    for (let w = 0; w < sizes[1]; w++)
      for (let p = 0; p < sizes[2]; p++)
        for (let r = 0; r < sizes[3]; r++)
          for (let t = 0; t < sizes[4]; t++) out[[e, w, p, r, t][dim]] += charts.flows[flowIndex(e, w, p, r, t)];
  return out;
}

describe('centre chart data (reduceCentreCharts)', () => {
  it('flows conserve cases: every counted case is in exactly one flow; decided and trip splits match the KPIs', () => {
    expect(sum(charts.flows)).toBe(rep.kpis.casesArrived);
    const results = by(3);
    expect(results[0] + results[1]).toBe(rep.kpis.casesCompleted);
    expect(results[1] / rep.kpis.casesCompleted).toBeCloseTo(rep.kpis.overdueRate, 12);
    expect(by(4)[0] / rep.kpis.casesArrived).toBeCloseTo(rep.kpis.atMostOneTripRate, 12);
    expect(by(4)[2] / rep.kpis.casesArrived).toBeCloseTo(rep.kpis.threeOrMoreTripRate, 12);
    expect(by(0)[1] / rep.kpis.casesArrived).toBeCloseTo(rep.kpis.onlineRate, 12);
    // a decision on the spot is the on-the-spot rate among decided cases (every on-the-spot case is decided)
    let onSpotDecided = 0;
    for (let e = 0; e < 2; e++) for (let w = 0; w < 4; w++) for (let r = 0; r < 2; r++) for (let t = 0; t < FLOW_TRIPS.length; t++) onSpotDecided += charts.flows[flowIndex(e, w, 0, r, t)];
    expect(onSpotDecided / rep.kpis.casesCompleted).toBeCloseTo(rep.kpis.onTheSpotRate, 12);
  });

  it('histograms count every counted visit served and every decided case', () => {
    const decided = sum(charts.leadHist);
    expect(decided).toBe(rep.kpis.casesCompleted);
    // share of waits ≤ 15 min: bins [0,1) … [14,15) hold waits < 15; the KPI counts ≤ 15, equal up to waits of exactly 15
    const n = sum(charts.waitHist);
    expect(sum(charts.waitHist.slice(0, 15)) / n).toBeCloseTo(rep.kpis.waitWithin15MinRate, 3);
  });

  it("Little's law: the hourly queue averaged over the day ≈ Σ waits ÷ time observed (the departments' mean queue KPI)", () => {
    const dayMean = sum(charts.queueByHour) / charts.hours;
    let depSum = 0;
    for (const d of Object.values(rep.departments ?? {})) depSum += d.meanQueueLength;
    // the KPI counts waits of cases arriving after warm-up; the hourly series counts time waited after warm-up: close, not equal
    expect(dayMean).toBeGreaterThan(0);
    expect(Math.abs(dayMean - depSum) / depSum).toBeLessThan(0.1);
    // per department too
    for (const [id, hours] of Object.entries(charts.depQueueByHour)) {
      const kpi = rep.departments![id].meanQueueLength;
      const mine = sum(hours) / charts.hours;
      expect(Math.abs(mine - kpi)).toBeLessThanOrEqual(0.1 * kpi + 0.02);
    }
  });

  it('utilisation by hour lies in [0, 1] and averages to about the station utilisation', () => {
    for (const [key, hours] of Object.entries(charts.utilisationByHour)) {
      for (const u of hours) {
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThanOrEqual(1 + 1e-9);
      }
      const station = rep.stations[key]?.utilisation;
      if (station !== undefined && station > 0.05) expect(Math.abs(sum(hours) / hours.length - station)).toBeLessThan(0.15);
    }
  });

  it('merged over replications: histograms add up, flows are per replication, hourly values carry 95% CIs', () => {
    const reps = runCentreReplications(dalian, { models: centreModels, from: 0, to: 3 });
    const s = summariseCentre(dalian, reps);
    const c = s.charts!;
    expect(sum(c.waitHist)).toBe(sum(reps.map((r) => sum((r.charts as CentreChartRecord).waitHist))));
    expect(sum(c.flows)).toBeCloseTo(s.kpis.casesArrived.mean, 9);
    expect(c.queueByHour).toHaveLength(c.hours);
    for (const e of c.queueByHour) {
      expect(e.n).toBe(3);
      expect(e.ci95[0]).toBeLessThanOrEqual(e.mean);
      expect(e.ci95[1]).toBeGreaterThanOrEqual(e.mean);
    }
  });

  it('a KPI with no denominator is marked not applicable (no green channel: green-channel wait), one with a denominator is not', () => {
    const noGreen = variant(dalian, (x) => {
      x.mechanisms.greenChannel.on = false;
    });
    const s = summariseCentre(noGreen, runCentreReplications(noGreen, { models: centreModels, from: 0, to: 2 }));
    expect(s.notApplicable).toContain('greenWaitMinutes');
    expect(s.notApplicable).not.toContain('meanWaitMinutes');
  });
});
