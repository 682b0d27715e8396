/**
 * Five-in-one as complementarities (issue 9 point 4): each function's effect needs another one
 * (complaint feedback needs approval in the centre too; e-government carries online approval and
 * 电子监察; information release spreads what openness publishes), and the synergy is the interaction
 * on a ratio scale with a CI and a materiality threshold. Paired runs, common random numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { ratioInteraction, runSynergyReplications, summariseSynergy, SYNERGY_VARIANTS, type SynergyReplication } from '../../src/engine/projection/synergy';
import { SYNERGY_MATERIALITY } from '../../src/domain/kpis';
import { FUNCTION_IDS, type FunctionId, type FunctionLevel } from '../../src/domain/vocabulary';
import { centreModels } from '../../models/centreTypes/centreModels';
import { projectionModels } from '../../models/programmes/projectionModels';
import { compare, loadPreset, short, variant } from '../centre/helpers';

const dalian = loadPreset('dalian-2009');
const withLevels = (s: CentreScenario, levels: Partial<Record<FunctionId, FunctionLevel>>) =>
  variant(s, (x) => {
    for (const f of FUNCTION_IDS) x.functions[f] = levels[f] ?? 'separate';
  });
const compiled = (levels: Partial<Record<FunctionId, FunctionLevel>>) => compileCentre(withLevels(dalian, levels), centreModels);

describe('claims: the five functions are complements, not separate channels', () => {
  it('complaint feedback reaches a department only as far as approval and complaints are both integrated', () => {
    expect(compiled({ complaints: 'integrated' }).complaints.feedbackNow).toBe(0);
    expect(compiled({ approval: 'integrated' }).complaints.feedbackNow).toBe(0);
    const both = compiled({ approval: 'integrated', complaints: 'integrated' }).complaints.feedbackNow;
    expect(both).toBeCloseTo(dalian.complaints.feedback, 12);
    expect(compiled({ approval: 'colocated', complaints: 'integrated' }).complaints.feedbackNow).toBeCloseTo(both / 2, 12);
  });

  it('e-government is what carries online approval and 电子监察', () => {
    // 电子监察 switched on (dalian-2009, the replay's 2009, has it from 2010 only)
    const supervised = variant(dalian, (x) => {
      x.mechanisms.eSupervision.on = true;
    });
    const none = compileCentre(withLevels(supervised, {}), centreModels);
    const eGov = compileCentre(withLevels(supervised, { eGovernment: 'integrated' }), centreModels);
    expect(none.onlineAdoption).toBeCloseTo(dalian.demand.onlineAdoption * dalian.functionEffects.onlineWithoutEGovernment, 12);
    expect(eGov.onlineAdoption).toBeCloseTo(dalian.demand.onlineAdoption, 12);
    // 电子监察 hurries an at-risk review less without e-government: a higher floor
    expect(none.expediteFloor).toBeGreaterThan(eGov.expediteFloor);
    expect(eGov.expediteFloor).toBeCloseTo(dalian.mechanisms.eSupervision.expediteFloor, 12);
  });

  it('openness with information release raises complete materials and departments’ motivation more than the sum of each alone', () => {
    const base = compiled({});
    const open = compiled({ openness: 'integrated' });
    const info = compiled({ informationRelease: 'integrated' });
    const both = compiled({ openness: 'integrated', informationRelease: 'integrated' });
    const gain = (c: typeof base) => c.pCompleteFirst - base.pCompleteFirst;
    expect(gain(info)).toBe(0);
    expect(gain(both)).toBeGreaterThan(gain(open) + gain(info) + 0.01);
    // motivation: review times fall only with both
    const review = (c: typeof base) => c.stepReviewMin.reduce((a, b) => a + b, 0);
    expect(review(open)).toBeCloseTo(review(base), 9);
    expect(review(info)).toBeCloseTo(review(base), 9);
    expect(review(both)).toBeCloseTo(review(base) * (1 - dalian.functionEffects.publicityReviewCut), 6);
  });

  it('SEED §2/§4 五合一: integrated, the same Dalian 2009 centre has fewer complaints and trips than with each function alone integrated (paired)', () => {
    const s = short(dalian, 20);
    const all = withLevels(s, Object.fromEntries(FUNCTION_IDS.map((f) => [f, 'integrated'])));
    for (const f of ['approval', 'complaints'] as const) {
      const { diff } = compare(withLevels(s, { [f]: 'integrated' }), all, 4);
      expect(diff.complaintsPer10k.ci95[1]).toBeLessThan(0);
      expect(diff.tripsPerCase.ci95[1]).toBeLessThan(0);
    }
  });
});

describe('claims: the synergy is an interaction on a ratio scale, with a CI and a materiality threshold', () => {
  const fake = (values: (name: string, r: number) => number, n = 8): SynergyReplication[] =>
    Array.from({ length: n }, (_, r) => ({ replication: r, variants: Object.fromEntries(SYNERGY_VARIANTS.map((v) => [v, { complaintsPer10k: values(v, r) }])) }));

  it('R = 1 when the effects combine multiplicatively; the jackknife interval covers 0', () => {
    // each function alone × 0.9; all five × 0.9⁵: no interaction, whatever the replication noise
    const reps = fake((v, r) => (1 + 0.1 * Math.sin(r)) * 10 * (v === 'base' ? 1 : v === 'all' ? 0.9 ** 5 : 0.9));
    const ri = ratioInteraction(reps.map((x) => Object.fromEntries(Object.entries(x.variants).map(([k, m]) => [k, m.complaintsPer10k]))));
    expect(ri?.mean).toBeCloseTo(0, 12);
    expect(ri!.ci95[0]).toBeLessThanOrEqual(1e-12);
    expect(ri!.ci95[1]).toBeGreaterThanOrEqual(-1e-12);
  });

  it('an interaction whose CI excludes 0 but below the materiality threshold is not significant; above it, it is', () => {
    const s = loadScenario(JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8'))) as CentreScenario;
    const withAll = (allFactor: number) => fake((v, r) => (1 + 0.01 * ((r * 7) % 3)) * 10 * (v === 'base' ? 1 : v === 'all' ? 0.9 ** 5 * allFactor : 0.9) + (v === 'all' ? 0.001 * (r % 2) : 0));
    const small = summariseSynergy(s, 2009, withAll(1 - SYNERGY_MATERIALITY / 2)).kpis.complaintsPer10k;
    expect(small.relative!.ci95[1]).toBeLessThan(0);
    expect(small.material).toBe(false);
    expect(small.verdict).toBe('not significant');
    const large = summariseSynergy(s, 2009, withAll(1 - 2 * SYNERGY_MATERIALITY)).kpis.complaintsPer10k;
    expect(large.material).toBe(true);
    expect(large.verdict).toBe('amplifies');
  });

  it('Dalian 2009 (the replay): five-in-one amplifies the fall in complaints — all five beat the product of each alone by more than the threshold (CRN, 95% CI)', () => {
    const doc = JSON.parse(readFileSync(new URL('../../models/presets/dalian-replay.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // complaints are rare (≈ 10 per 10k cases): the preset's sampled days and 12 replications, as `onewindow synergy … --replications 12`
    const s = loadScenario(doc) as CentreScenario;
    const reps = runSynergyReplications(s, 2009, { from: 0, to: 12, models: projectionModels });
    const k = summariseSynergy(s, 2009, reps).kpis.complaintsPer10k;
    expect(k.relative!.ci95[1]).toBeLessThan(-SYNERGY_MATERIALITY);
    expect(k.verdict).toBe('amplifies');
  }, 240_000); // 7 variants × 12 replications of the preset's sampled days: ~55 s alone, longer on a shared CI machine
});
