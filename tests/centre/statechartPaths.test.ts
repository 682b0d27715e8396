/**
 * compileCentre with case paths compiled from the centre-type statecharts (models/centreTypes,
 * toEngineCasePaths) against the engine's default table: the flags the simulation reads agree for
 * every stationing and item class a preset uses, so the simulated KPIs are identical. (Outside the
 * presets they may differ on purpose: e.g. the physical-unification machine has no 两头办理 at all.)
 */
import { describe, expect, it } from 'vitest';
import { toEngineCasePaths } from '../../models/centreTypes/engineCasePaths';
import { DEFAULT_CASE_PATHS, FLAGS_READ, pathFlags } from '../../src/engine/centre/casePaths';
import { compileCentre } from '../../src/engine/centre/compileCentre';
import { simulateCentre } from '../../src/engine/centre/simulateCentre';
import { loadPreset, short } from './helpers';

const PRESETS = ['dispersed', 'dalian-2002', 'dalian-2009', 'tianjin-2007', 'ningbo', 'hangzhou', 'chengdu-wuhou'];

describe('case paths from the statecharts', () => {
  it.each(PRESETS)('%s: the statechart paths give the default flags for every stationing × class it uses', (name) => {
    const s = loadPreset(name);
    const table = toEngineCasePaths(s.centreType);
    const used = new Set(s.items.flatMap((it) => it.departments.map((d) => `${s.departments.find((x) => x.id === d)!.stationing}/${it.class}`)));
    for (const key of used) {
      const [st, cls] = key.split('/') as [keyof typeof table, keyof (typeof table)['absent']];
      const read = (p: ReturnType<typeof pathFlags>) => FLAGS_READ.map((f) => p[f]);
      expect(read(pathFlags(table[st][cls])), `${name} ${key}`).toEqual(read(pathFlags(DEFAULT_CASE_PATHS[st][cls])));
    }
  });

  it('dalian-2009 simulated with the statechart paths equals the default run', () => {
    const s = short(loadPreset('dalian-2009'), 3);
    const a = simulateCentre(compileCentre(s), 0).kpis;
    const b = simulateCentre(compileCentre(s, { casePaths: toEngineCasePaths(s.centreType) }), 0).kpis;
    expect(b).toEqual(a);
  });
});
