/**
 * One Dalian (issue 9 point 6): the dalian-2009 preset is the Dalian replay at 2009. The file is what
 * the generator makes of the replay file (tests/projection/dalianPreset.ts), and, loaded, it is the
 * configuration the projection compiles for the replay's 2009 — departments, stationing, windows,
 * staff, items, limits, mechanisms, functions, services, process — with only the anchored fields
 * (sourced volume and growth, city figures, name, year, and each department's capacity brought to the
 * projection's staffing target at that volume) its own. Fast: no simulation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { projectionModels } from '../../models/programmes/projectionModels';
import { buildDalianReplay } from '../../models/programmes/dalianReplay';
import { anchored, dalian2009FromReplay, DALIAN_2009_ANCHORS, replayConfigurationAt } from './dalianPreset';

const preset = (name: string) => JSON.parse(readFileSync(new URL(`../../models/presets/${name}.scenario.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const replay = preset('dalian-replay');
const d2009 = preset('dalian-2009');

/** Structural equality, typed arrays compared element by element (fast where toEqual on large typed arrays is slow). */
function sameValue(x: unknown, y: unknown): boolean {
  if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) {
    const p = x as unknown as ArrayLike<number>;
    const q = y as unknown as ArrayLike<number>;
    if (p.length !== q.length) return false;
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i] && !(Number.isNaN(p[i]) && Number.isNaN(q[i]))) return false;
    return true;
  }
  return JSON.stringify(x) === JSON.stringify(y);
}

describe('one Dalian: dalian-2009 is the replay at 2009', () => {
  it('the replay file is the Dalian 2002 preset with the programme’s timeline', () => {
    expect(JSON.parse(JSON.stringify(buildDalianReplay(preset('dalian-2002'))))).toEqual(replay);
  });

  it('the dalian-2009 file is what the generator makes of the replay file (regenerate: npx tsx tests/projection/buildReplay.ts)', () => {
    expect(JSON.parse(JSON.stringify(dalian2009FromReplay(replay)))).toEqual(d2009);
  });

  it('loaded, dalian-2009 is the replay’s 2009 configuration, only the anchored fields its own', () => {
    const conf = replayConfigurationAt(replay, 2009);
    const own = loadScenario(d2009) as CentreScenario;
    const strip = (s: CentreScenario) => {
      const { _sources: _a, _sourcesZh: _b, ...rest } = s as CentreScenario & { _sources?: unknown; _sourcesZh?: unknown };
      return rest;
    };
    expect(strip(own)).toEqual(strip(anchored(conf)));
    // the anchors are only these: everything that decides a case's route and time is the replay's …
    expect(own.items).toEqual(conf.items);
    expect(own.mechanisms).toEqual(conf.mechanisms);
    expect(own.functions).toEqual(conf.functions);
    expect(own.services).toEqual(conf.services);
    expect(own.process).toEqual(conf.process);
    expect(own.demand.annualVolume).toBe(DALIAN_2009_ANCHORS.annualVolume);
    // … and the departments are the replay's, stationing and authority included, with capacity only ever added (followLoad)
    own.departments.forEach((d, i) => {
      const r = conf.departments[i];
      expect({ ...d, windows: 0, staff: 0 }).toEqual({ ...r, windows: 0, staff: 0 });
      expect(d.windows).toBeGreaterThanOrEqual(r.windows);
      expect(d.staff - d.windows).toBeGreaterThanOrEqual(r.staff - r.windows);
    });
  });

  it('compiled, the preset is the anchored replay year (the engine cannot tell them apart)', () => {
    const conf = anchored(replayConfigurationAt(replay, 2009));
    const sim = { days: 5, warmupDays: 0 };
    const a = compileCentre({ ...(loadScenario(d2009) as CentreScenario), simulation: { ...conf.simulation, ...sim } }, projectionModels) as unknown as Record<string, unknown>;
    const b = compileCentre({ ...conf, simulation: { ...conf.simulation, ...sim } }, projectionModels) as unknown as Record<string, unknown>;
    const differing = Object.keys(b).filter((k) => !sameValue(a[k], b[k]));
    expect(differing).toEqual([]);
  });
});
