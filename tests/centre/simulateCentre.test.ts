import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import { runCentreReplications, summariseCentre } from '../../src/engine/centre/runCentre';
import { runReplications } from '../../src/engine/run/runReplications';
import { summarise } from '../../src/engine/run/summarise';
import { DESIGN_KPIS, centrePresetFiles, loadPreset, short, variant } from './helpers';
import { centreModels, engineModels } from '../../models/centreTypes/centreModels';

const small = short(loadPreset('tianjin-2007'), 10);

describe('centre simulation', () => {
  it('same seed → same numbers; another seed → other numbers', () => {
    const cc = compileCentre(small, centreModels);
    const a = simulateCentre(cc, 0);
    const b = simulateCentre(cc, 0);
    expect(b.kpis).toEqual(a.kpis);
    expect(simulateCentre(cc, 1).kpis.meanWaitMinutes).not.toBe(a.kpis.meanWaitMinutes);
  });

  it('conservation: every arriving case is decided; rates lie in [0, 1]; on time and overdue add to 1, deemed consent is reported beside them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.boolean(), fc.boolean(), (rep, deemed, parallel) => {
        const s = variant(small, (x) => {
          x.simulation.days = 3;
          x.mechanisms.deemedApproval.on = deemed;
          x.mechanisms.parallelApproval.on = parallel;
        });
        const k = simulateCentre(compileCentre(s, centreModels), rep).kpis;
        expect(k.casesCompleted).toBe(k.casesArrived);
        for (const name of ['waitWithin15MinRate', 'atMostOneTripRate', 'zeroTripRate', 'onTheSpotRate', 'onTimeRate', 'overdueRate', 'deemedApprovalRate', 'legalOnTimeRate', 'promisedOnTimeRate', 'windowUtilisation', 'backOfficeUtilisation', 'badRatingRate'])
        {
          expect(k[name]).toBeGreaterThanOrEqual(0);
          expect(k[name]).toBeLessThanOrEqual(1);
        }
        expect(k.onTimeRate + k.overdueRate).toBeCloseTo(1, 9);
        if (!deemed) expect(k.deemedApprovalRate).toBe(0);
        expect(k.legalOnTimeRate).toBeGreaterThanOrEqual(k.promisedOnTimeRate - 1e-12); // the promised limit is the shorter
        expect(k.atMostOneTripRate).toBeGreaterThanOrEqual(k.zeroTripRate);
      }),
      { numRuns: 12 },
    );
  });

  it('splitting replications across calls gives the same results (worker-count independence)', () => {
    const all = runCentreReplications(small, { models: centreModels, from: 0, to: 3 });
    const parts = [...runCentreReplications(small, { models: centreModels, from: 0, to: 1 }), ...runCentreReplications(small, { models: centreModels, from: 1, to: 3 })];
    expect(parts.map((r) => r.kpis)).toEqual(all.map((r) => r.kpis));
  });

  it('runReplications/summarise dispatch on scenario.type and report every KPI of DESIGN.md with a 95% CI', () => {
    const reps = runReplications(small, { from: 0, to: 3, models: engineModels });
    const sum = summarise(small, reps);
    expect(sum.kind).toBe('onewindow/centre');
    for (const k of DESIGN_KPIS) {
      expect(sum.kpis[k], k).toBeDefined();
      expect(sum.kpis[k].ci95[0]).toBeLessThanOrEqual(sum.kpis[k].ci95[1]);
    }
    expect(summariseCentre(small, reps).kpis.tripsPerCase.mean).toBe(sum.kpis.tripsPerCase.mean);
  });

  it.each(centrePresetFiles())('preset %s runs (5 working days) and gives sane KPIs', (file) => {
    const s = short(loadPreset(file.replace('.scenario.json', '')), 5);
    const k = simulateCentre(compileCentre(s, centreModels), 0).kpis;
    expect(k.casesCompleted).toBeGreaterThan(0);
    expect(k.tripsPerCase).toBeGreaterThanOrEqual(0);
    expect(k.leadTimeDays).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(k.meanWaitMinutes)).toBe(true);
  });

  it('spread sampling: 25 days spread over the 12 months carry a year’s volume (annualised), consecutive days from January do not', () => {
    const year = variant(small, (x) => (x.simulation.days = 250));
    const spread = variant(small, (x) => ((x.simulation.days = 25), (x.simulation.sampling = 'spread')));
    const annual = (s: typeof small) => (simulateCentre(compileCentre(s, centreModels), 0).kpis.casesArrived * 250) / s.simulation.days;
    const full = annual(year);
    expect(Math.abs(annual(spread) / full - 1)).toBeLessThan(0.03);
    expect(annual(variant(small, (x) => (x.simulation.days = 25))) / full).toBeLessThan(0.95);
  });
});

describe('pre-ticket desk (DATA-BRIEF §6.5)', () => {
  it('desks add a wait before the ticket that the official wait leaves out; more desks never lengthen it', () => {
    const run = (desks: number) =>
      simulateCentre(compileCentre(variant(small, (x) => ((x.hall.desks = desks), (x.hall.deskMinutes = 0.5), (x.simulation.days = 5))), centreModels), 0).kpis;
    const none = run(0);
    const two = run(2);
    const four = run(4);
    expect(none.preTicketWaitMinutes).toBe(0);
    expect(two.preTicketWaitMinutes).toBeGreaterThan(0);
    expect(four.preTicketWaitMinutes).toBeLessThanOrEqual(two.preTicketWaitMinutes);
    expect(two.casesCompleted).toBe(two.casesArrived);
    expect(two.applicantHoursPerCase).toBeGreaterThan(none.applicantHoursPerCase);
  });
});

describe('KPI metadata', () => {
  it('every KPI a replication reports is in the catalogue (src/domain/kpis.ts) with zh/en names and a definition', async () => {
    const { kpiSpec } = await import('../../src/domain/kpis');
    const k = simulateCentre(compileCentre(variant(small, (x) => (x.simulation.days = 2)), centreModels), 0).kpis;
    for (const name of Object.keys(k)) {
      const spec = kpiSpec(name);
      expect(spec, name).toBeDefined();
      expect(spec!.zh && spec!.en && spec!.definition.zh && spec!.definition.en).toBeTruthy();
    }
  });
});
