/**
 * Quick engine profile against the bench's bare M/M/10 loop, robust to a busy machine: the two
 * are interleaved and the minimum time of each is kept (preemption only ever adds time).
 *
 *   npx tsx tests/engine/perf/enginePerf.ts [customers=1000000] [days=400]
 */
import { bareMMc } from '../../../src/cli/bench/bareLoop';
import { prepare, simulateReusing } from '../../../src/engine/run/simulate';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const customers = Number(process.argv[2] ?? 1_000_000);
const days = Number(process.argv[3] ?? 400);
const mm10 = (extra: object) =>
  loadScenario({
    type: 'onewindow/network',
    version: 1,
    seed: 1,
    replications: 1,
    classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 9 } } }],
    stations: [{ id: 'hall', servers: 10, service: { dist: 'exponential', rate: 1 } }],
    ...extra,
  });

const day = mm10({ stop: { minutes: 480, drain: true } });
const big = mm10({ stop: { customers } });
prepare(day);
prepare(big);
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
let bareDay = Infinity;
let engineDay = Infinity;
let bareBig = Infinity;
let engineBig = Infinity;
let events = 0;
for (let i = 0; i < days; i++) {
  bareDay = Math.min(bareDay, time(() => bareMMc(9, 1, 10, 4320, i)));
  engineDay = Math.min(engineDay, time(() => simulateReusing(day, i)));
  if (i % Math.max(1, Math.floor(days / 6)) === 0) {
    bareBig = Math.min(bareBig, time(() => bareMMc(9, 1, 10, customers, i)));
    engineBig = Math.min(engineBig, time(() => (events = simulateReusing(big, i).result.events)));
  }
}
const rss = process.memoryUsage().rss / 2 ** 20;
console.log(`M/M/10, ${customers} customers: bare ${bareBig.toFixed(0)} ms, engine ${engineBig.toFixed(0)} ms ` +
  `(${(events / engineBig / 1000).toFixed(2)} M events/s) → ratio ${(bareBig / engineBig).toFixed(2)}; RSS ${rss.toFixed(0)} MB`);
console.log(`service day (480 min, drained): bare ${bareDay.toFixed(3)} ms, engine ${engineDay.toFixed(3)} ms ` +
  `(${(1000 / engineDay).toFixed(0)} replications/s) → ratio ${(bareDay / engineDay).toFixed(2)}`);
