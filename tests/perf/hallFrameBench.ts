/**
 * Cost of the hall's pure frame function on a day of ≈ 5,000 applicants (Dalian 2009): the mean
 * time of one `hallFrame` call over the whole day. A measurement to report, not a test:
 *   npx tsx tests/perf/hallFrameBench.ts
 */
import { readFileSync } from 'node:fs';
import { simApi } from '../../src/worker/api';
import { createFrame, hallFrame, prepareHall } from '../../src/ui/views/learn/hall/hallFrame';

const preset = JSON.parse(readFileSync(new URL('../../models/presets/dalian-2009.scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const { records, hall } = simApi.dayRecords({ ...preset, simulation: { days: 2, warmupDays: 0 } }, 0, 0);
const model = prepareHall({ records, ...hall }, 0);
const frame = createFrame(model);
const steps = 4800;
for (let i = 0; i < 500; i++) hallFrame(model, model.from + (i % 480), frame); // warm up
let dots = 0;
const t0 = performance.now();
for (let i = 0; i < steps; i++) dots += hallFrame(model, model.from + (i * 480) / steps, frame).n;
const ms = (performance.now() - t0) / steps;
console.log(`hallFrame: ${records.cases.arrival.length} cases, ${records.visits.case.length} visits, ${records.tasks.case.length} tasks; ${ms.toFixed(3)} ms per frame (mean of ${steps} frames over the day), ${Math.round(dots / steps)} dots on average`);
