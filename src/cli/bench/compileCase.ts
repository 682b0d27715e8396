/**
 * Bench case: compiling a tiny centre with functionIntegration routes (one department, the five
 * functions integrated, from the Dalian 2009 preset). A run compiles its scenario first, and a
 * fresh worker (each browser or CLI worker, each projection year's type) also builds the centre
 * type's routing table from its statechart: that first compile is what a user waits for. Timed
 * with a models object whose tables are built afresh on every call (`cold`), and with the shared,
 * memoised tables (`warm`). Target for the cold compile: ≤ 1 s.
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/scenario/loadScenario';
import type { CentreScenario } from '../../engine/scenario/centreSchema';
import { compileCentre, type CentreModels } from '../../engine/centre/compileCentre';
import { centreModels } from '../../../models/centreTypes/centreModels';
import { compileRoutingTable } from '../../../models/centreTypes/routingTable';
import { CENTRE_TYPES } from '../../../models/centreTypes/registry';
import type { CentreTypeId } from '../../domain/vocabulary';
import type { BenchCase } from './types';
import { median } from './types';

const preset = new URL('../../../models/presets/dalian-2009.scenario.json', import.meta.url);

/** Dalian 2009 (functionIntegration, five functions integrated) cut to its first department and that department's items. */
export function tinyCentreInput(): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(preset, 'utf8')) as { departments: Array<{ id: string }>; items: Array<{ departments: string[] }> } & Record<string, unknown>;
  const dep = raw.departments[0];
  return { ...raw, name: 'tiny functionIntegration centre', departments: [dep], items: raw.items.filter((it) => it.departments.length === 1 && it.departments[0] === dep.id) };
}

/** Centre models whose routing tables are compiled afresh from the statecharts on every call (what a new worker's first compile pays). */
export function coldCentreModels(): CentreModels {
  return {
    ...centreModels,
    routingTable: (type: string) => {
      const entry = CENTRE_TYPES[type as CentreTypeId];
      return compileRoutingTable(entry.machine, entry.profile.domain);
    },
  };
}

export const compileTinyCase: BenchCase = {
  id: 'compile-tiny',
  title: 'compileCentre of a 1-department functionIntegration centre (five functions integrated): routing tables built afresh, and memoised',
  async run(ctx) {
    const s = loadScenario(tinyCentreInput()) as CentreScenario;
    const rounds = ctx.quick ? 2 : 5;
    const cold: number[] = [];
    const coldCpu: number[] = [];
    for (let i = 0; i < rounds; i++) {
      ctx.log(`compile-tiny: cold ${i + 1}/${rounds}`);
      const models = coldCentreModels();
      const cpu = process.cpuUsage();
      const t = performance.now();
      compileCentre(s, models);
      cold.push((performance.now() - t) / 1000);
      const used = process.cpuUsage(cpu);
      coldCpu.push((used.user + used.system) / 1e6);
    }
    compileCentre(s, centreModels);
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      compileCentre(s, centreModels);
      warm.push(performance.now() - t);
    }
    return [
      { name: 'items (of one department)', value: s.items.length, unit: '' },
      { name: `compile, routing tables built afresh (median of ${rounds})`, value: median(cold), unit: 's', target: ctx.quick ? undefined : { op: '<=', value: 1 } },
      { name: 'CPU time of that compile (median)', value: median(coldCpu), unit: 's', note: 'the wall time on an idle core' },
      { name: 'compile, first of those (JIT cold)', value: cold[0], unit: 's' },
      { name: 'compile, tables memoised (median of 20)', value: median(warm), unit: 'ms' },
    ];
  },
};
