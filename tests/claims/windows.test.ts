/** Hall capacity claims: more windows never raise waits (sample-path monotonicity under common random numbers). */
import { describe, expect, it } from 'vitest';
import { runCentreReplications } from '../../src/engine/centre/runCentre';
import { compare, loadPreset, short, variant } from '../centre/helpers';
import { centreModels } from '../../models/centreTypes/centreModels';

describe('claims: windows', () => {
  it('DATA §4 (add windows when the 15-minute standard is missed): more windows never raise waits, and one more window per department cuts them', () => {
    const base = variant(short(loadPreset('tianjin-2007'), 20), (x) => x.departments.forEach((d) => (d.windows = Math.max(1, Math.round(d.windows * 0.6)))));
    const waits = [0, 1, 2].map((extra) => {
      const s = variant(base, (x) => x.departments.forEach((d) => (d.windows += extra)));
      return runCentreReplications(s, { models: centreModels, from: 0, to: 4 }).map((r) => r.kpis.meanWaitMinutes);
    });
    for (let r = 0; r < 4; r++) {
      expect(waits[1][r]).toBeLessThanOrEqual(waits[0][r] + 1e-9);
      expect(waits[2][r]).toBeLessThanOrEqual(waits[1][r] + 1e-9);
    }
    expect(waits[1].every((w, r) => w < waits[0][r])).toBe(true);
  });

  it('DATA §6.4 综合窗口/无差别受理 (Changyi: 3 queues → 1 window): comprehensive windows cut waits at the same number of windows', () => {
    const busy = variant(short(loadPreset('tianjin-2007'), 20), (x) => x.departments.forEach((d) => (d.windows = Math.max(1, Math.round(d.windows * 0.6)))));
    const pooled = variant(busy, (x) => (x.windowOrganisation = 'comprehensive'));
    const { a, b, diff } = compare(busy, pooled, 4);
    expect(b[0].kpis.windows).toBe(a[0].kpis.windows);
    expect(diff.meanWaitMinutes.ci95[1]).toBeLessThan(0);
    expect(diff.waitWithin15MinRate.ci95[0]).toBeGreaterThan(0);
  });

  it('DATA §4 ticket queues with balking and reneging: impatient applicants leave (wasted trips), and the waits of those served fall', () => {
    const busy = variant(short(loadPreset('tianjin-2007'), 20), (x) => {
      x.departments.forEach((d) => (d.windows = Math.max(1, Math.round(d.windows * 0.5))));
      x.behaviour.patienceMinutes = 0; // nobody leaves: the comparison is against infinite patience
    });
    const impatient = variant(busy, (x) => {
      x.behaviour.balkQueueLength = 15;
      x.behaviour.patienceMinutes = 30;
    });
    const { a, b, diff } = compare(busy, impatient, 4);
    expect(diff.rejectedTripsPerCase.ci95[0]).toBeGreaterThan(0);
    expect(diff.meanWaitMinutes.ci95[1]).toBeLessThan(0);
    for (const r of [...a, ...b]) expect(r.kpis.casesCompleted).toBe(r.kpis.casesArrived);
  });

  it('DESIGN § Calendars: sending the queue home at closing time turns waits into wasted trips', () => {
    const busy = variant(short(loadPreset('tianjin-2007'), 20), (x) => x.departments.forEach((d) => (d.windows = Math.max(1, Math.round(d.windows * 0.5)))));
    const sendHome = variant(busy, (x) => (x.opening.closingPolicy = 'sendHome'));
    const { a, b, diff } = compare(busy, sendHome, 4);
    expect(diff.rejectedTripsPerCase.ci95[0]).toBeGreaterThan(0);
    for (const r of [...a, ...b]) expect(r.kpis.casesCompleted).toBe(r.kpis.casesArrived);
  });
});
