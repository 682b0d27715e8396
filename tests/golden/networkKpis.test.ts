/**
 * Golden fixed-seed results: KPIs of a few networks, rounded to 6 significant digits, compared
 * with files under __golden__/ (`vitest -u` rewrites them after an intended change).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../src/engine/run/runReplications';
import { summarise } from '../../src/engine/run/summarise';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

/** Rounds every number in a JSON-able value to 6 significant digits. */
function round6(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(6)) : String(v);
  if (Array.isArray(v)) return v.map(round6);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round6(x)]));
  return v;
}

const preset = JSON.parse(readFileSync(join(__dirname, '../../models/presets/mm10-network.scenario.json'), 'utf8'));

const cases: Record<string, unknown> = {
  'mm10-preset-short': { ...preset, replications: 3, stop: { minutes: 3000 }, warmup: { minutes: 200 } },
  'service-day': { ...preset, name: 'M/M/10 service day', replications: 4, stop: { minutes: 480, drain: true }, warmup: { minutes: 0 } },
  'mixed-network': {
    type: 'onewindow/network',
    version: 1,
    name: 'two-class hall with back office, feedback, balking, reneging, schedule and calendar',
    seed: 42,
    replications: 3,
    stop: { minutes: 3 * 1440, drain: true },
    calendar: { hoursPerDay: 8, daysPerWeek: 5, closing: 'serve-all' },
    classes: [
      { id: 'green', priority: 0, deadline: 30, arrivals: { to: 'hall', interarrival: { dist: 'exponential', mean: 4 } } },
      {
        id: 'regular',
        priority: 1,
        deadline: { dist: 'uniform', min: 60, max: 240 },
        arrivals: { to: 'hall', interarrival: { dist: 'erlang', k: 2, mean: 1.5 }, profile: { periodMinutes: 480, multipliers: [1, 1.5, 1, 0.5] } },
      },
    ],
    stations: [
      {
        id: 'hall',
        servers: 3,
        discipline: 'priority',
        service: { dist: 'lognormal', mean: 3, cv: 0.8 },
        balking: { queueLength: 15, probability: 0.5 },
        patience: { dist: 'triangular', min: 10, mode: 30, max: 60 },
        schedule: { periodMinutes: 1440, windows: [{ start: 0, servers: 3 }, { start: 180, servers: 2 }, { start: 240, servers: 3 }] },
      },
      { id: 'office', servers: 2, discipline: 'edf', service: { dist: 'gamma', shape: 2, mean: 5 }, waitingRoom: 30 },
      { id: 'post', servers: 'infinite', service: { dist: 'empirical', values: [5, 10, 20], weights: [3, 2, 1] } },
    ],
    routing: {
      hall: [{ to: 'office', p: 0.6 }, { to: 'hall', p: 0.05 }],
      office: [{ to: 'post', p: 0.5 }, { to: 'hall', p: 0.1 }],
    },
    counters: [{ id: 'hallVisits', stations: ['hall'] }],
  },
};

describe('golden fixed-seed KPIs', () => {
  for (const [name, doc] of Object.entries(cases)) {
    it(`${name} matches __golden__/${name}.json`, async () => {
      const sc = loadScenario(doc);
      const s = summarise(sc, runReplications(sc, { from: 0, to: sc.replications }));
      const golden = round6({ kpis: s.kpis, stations: s.stations, classes: s.classes, analytic: s.analytic, events: s.events, waitsSampled: s.waits.length });
      await expect(JSON.stringify(golden, null, 1) + '\n').toMatchFileSnapshot(`./__golden__/${name}.json`);
    });
  }
});
