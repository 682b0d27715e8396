import { describe, expect, it } from 'vitest';
import { synergyCommand, synergyReading, synergyScenario, synergyYears } from '../../src/ui/views/research/synergy';
import { projectionYears } from '../../src/engine/projection/project';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { centrePresets } from '../../src/ui/library/allPresets';

const rel = (mean: number, lo: number, hi: number) => ({ mean, ci95: [lo, hi] as [number, number], n: 5, method: 'jackknife-log-t' as const });

describe('Research synergy panel (issue 10 point 6)', () => {
  it('reads a synergy: amplifies or dampens only when significant and material; below the threshold; a CI including no synergy; undefined', () => {
    expect(synergyReading({ relative: rel(-0.2, -0.3, -0.1), material: true, significant: true, verdict: 'amplifies' })).toBe('amplifies');
    expect(synergyReading({ relative: rel(0.2, 0.1, 0.3), material: true, significant: true, verdict: 'dampens' })).toBe('dampens');
    expect(synergyReading({ relative: rel(0.02, -0.1, 0.14), material: false, significant: false, verdict: 'not significant' })).toBe('belowThreshold');
    expect(synergyReading({ relative: rel(0.2, -0.1, 0.5), material: true, significant: false, verdict: 'not significant' })).toBe('ciIncludesNone');
    expect(synergyReading({ relative: null, material: false, significant: false, verdict: 'undefined' })).toBe('undefined');
  });

  it('offers the years the engine projects, for every preset (one rule: src/domain/projectionYears.ts)', () => {
    for (const p of centrePresets) {
      const s = loadScenario(p.json) as CentreScenario;
      expect(synergyYears(p.json as Record<string, unknown>)).toEqual(projectionYears(s));
    }
    expect(synergyYears({ year: 2009 })).toEqual([2009]);
    expect(synergyYears({ year: 2002, projection: { endYear: 2004 } })).toEqual([2002, 2003, 2004]);
  });

  it('writes the run settings into the scenario (seed, sampled days, replications) and gives the CLI line', () => {
    const s = synergyScenario({ year: 2009, seed: 7, projection: { endYear: 2012, warmupDays: 1 } }, { replications: 4, days: 3, seed: 11 });
    expect(s).toMatchObject({ seed: 11, projection: { endYear: 2012, warmupDays: 1, sampledDays: 3, replications: 4 } });
    expect(synergyScenario({ year: 2009 }, { replications: 2, days: 5, seed: 1 }).projection).toEqual({ endYear: 2009, sampledDays: 5, replications: 2 });
    expect(synergyCommand('x.scenario.json', 2009, { replications: 4, seed: 11 })).toBe('npx onewindow synergy x.scenario.json --year 2009 --replications 4 --seed 11');
  });
});
