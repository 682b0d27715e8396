#!/usr/bin/env node
// Times compileCentre on a tiny centre with functionIntegration routes (one department, the five
// functions integrated), cold (the first call in a fresh process: the routing tables are built
// from the statecharts) and warm, with the parts timed separately. Run:
//   node scripts/profile-compile.mjs            (timings)
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-compile.mjs   (a CPU profile)
import { register } from 'tsx/esm/api';

register();
const { tinyCentreInput } = await import('../src/cli/bench/compileCase.ts');
const { loadScenario } = await import('../src/engine/scenario/loadScenario.ts');
const { compileCentre } = await import('../src/engine/centre/compileCentre.ts');
const { centreModels } = await import('../models/centreTypes/centreModels.ts');
const { compileRoutingTable } = await import('../models/centreTypes/routingTable.ts');
const { CENTRE_TYPES } = await import('../models/centreTypes/registry.ts');

let cpu = process.cpuUsage();
const ms = (t) => {
  const u = process.cpuUsage(cpu);
  return `${(performance.now() - t).toFixed(1)} ms (CPU ${((u.user + u.system) / 1000).toFixed(1)} ms)`;
};
let t = performance.now();
const s = loadScenario(tinyCentreInput());
console.log(`loadScenario: ${ms(t)}`);
for (const type of ['functionIntegration', 'dispersed']) {
  t = performance.now();
  cpu = process.cpuUsage();
  const table = compileRoutingTable(CENTRE_TYPES[type].machine);
  console.log(`routing table ${type} (cold): ${ms(t)} — ${table.pathOf.length} entries, ${table.paths.length} distinct routes`);
}
t = performance.now();
cpu = process.cpuUsage();
compileCentre(s, centreModels);
console.log(`compileCentre (tables built): ${ms(t)}`);
t = performance.now();
for (let i = 0; i < 20; i++) compileCentre(s, centreModels);
console.log(`compileCentre warm, mean of 20: ${((performance.now() - t) / 20).toFixed(2)} ms`);
