/**
 * Issue 12 point 1 — bad input, network scenarios: random JSON, mutated networks and wide networks
 * through the pipeline the CLI uses (tests/fuzz/pipeline.ts). Each document is refused with one line
 * naming field and rule, or accepted and run to the end; never an internal error or a hang (a hang
 * shows as the test's timeout). With centre.fuzz.test.ts: more than 10,000 documents per run.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { asInput, mutated, preset, weirdValue, wideNetwork, type FuzzInput } from './fuzzDocs';
import { counts, fuzz, networkPolicy as network, newTally } from './fuzzRun';

const tally = newTally();

const README_EXAMPLE = {
  type: 'onewindow/network', version: 1, name: 'Hall with a back office', seed: 7, replications: 10,
  stop: { minutes: 2400, drain: true }, warmup: { minutes: 0 },
  calendar: { hoursPerDay: 8, daysPerWeek: 5, closing: 'serve-all' },
  classes: [
    { id: 'green', priority: 0, deadline: 60, arrivals: { to: 'hall', interarrival: { dist: 'exponential', mean: 6 } } },
    { id: 'walk-in', priority: 1, arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 0.5 }, profile: { periodMinutes: 480, multipliers: [0.8, 1.5, 1, 0.7] } } },
  ],
  stations: [
    { id: 'hall', servers: 4, discipline: 'priority', service: { dist: 'lognormal', mean: 6, cv: 0.6 }, balking: { queueLength: 20, probability: 0.5 },
      patience: { dist: 'triangular', min: 15, mode: 40, max: 90 },
      schedule: { periodMinutes: 1440, windows: [{ start: 0, servers: 4 }, { start: 210, servers: 2 }, { start: 270, servers: 4 }] } },
    { id: 'office', servers: 2, discipline: 'edf', service: { dist: 'erlang', k: 3, mean: 9 } },
  ],
  routing: { hall: [{ to: 'office', p: 0.4 }, { to: 'hall', p: 0.05 }], office: [{ to: 'exit', p: 1 }] },
  counters: [{ id: 'hallVisits', stations: ['hall'] }],
};

describe('fuzzing network scenarios (issue 12 point 1)', () => {
  afterAll(() => {
    console.log(`fuzz (network): ${tally.total} documents, ${tally.refused} refused with one line, ${tally.accepted} accepted (${tally.ran} run)`);
  });

  it('random JSON values and envelopes are refused with one line', () => {
    const arb = fc.oneof(
      fc.jsonValue().map((v): FuzzInput => ({ object: v })),
      fc.string({ maxLength: 40 }).map((t): FuzzInput => ({ text: t })),
      fc.record({ type: fc.oneof(fc.constantFrom('onewindow/network', 'onewindow/centre'), weirdValue), version: fc.oneof(fc.constant(1), weirdValue), name: weirdValue }).map((o): FuzzInput => ({ object: o })),
    );
    const vs = fuzz(tally, 'random', arb, 3000, () => network);
    expect(counts(vs).refused).toBe(vs.length);
  });

  it('mutated network scenarios (the M/M/10 preset and the README example) are refused or run', () => {
    const vs = [
      ...fuzz(tally, 'mm10', mutated(preset('mm10-network')).chain(asInput), 2300, () => network),
      ...fuzz(tally, 'readme network', mutated(README_EXAMPLE).chain(asInput), 2300, () => network),
    ];
    const c = counts(vs);
    expect(c.refused).toBeGreaterThan(1000);
    expect(c.accepted).toBeGreaterThan(300);
  });

  it('wide and long networks (up to 2,000 stations, prototype-named ids, loops) are refused or run', () => {
    const vs = fuzz(tally, 'wide', wideNetwork.map((d): FuzzInput => ({ object: d })), 150, () => network);
    expect(counts(vs).accepted).toBeGreaterThan(50);
  });

  it('judged at least 7,750 network documents', () => {
    expect(tally.total).toBeGreaterThanOrEqual(7_750);
  });
});
