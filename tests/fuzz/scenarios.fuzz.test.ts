/**
 * Issue 12 point 1 — bad input: at least 10,000 random and mutated documents per run, across both
 * scenario kinds and timelines, through the pipeline the CLI uses. Each is refused with one line
 * naming field and rule, or accepted and run to the end; never an internal error or a hang (a hang
 * shows as the test's timeout). Accepted documents run small (a network as written when it needs at
 * most NETWORK_EVENTS_AS_IS events, else 50 customers; a centre for one day) so the file stays fast.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { asInput, mutated, preset, timelineEvent, weirdValue, wideNetwork, type FuzzInput } from './fuzzDocs';
import { judge, type RunPolicy, type Verdict } from './pipeline';

const SEED = 12_2026;
const NETWORK_EVENTS_AS_IS = 20_000;
const tally = { refused: 0, accepted: 0, ran: 0, total: 0 };

/** Checks every document of `arb`; returns the verdicts so a test can ask for both outcomes. */
function fuzz(name: string, arb: fc.Arbitrary<FuzzInput>, numRuns: number, policy: (i: number) => RunPolicy): Verdict[] {
  const verdicts: Verdict[] = [];
  let i = 0;
  fc.assert(
    fc.property(arb, (input) => {
      const v = judge(input, policy(i++));
      verdicts.push(v);
      if (v.kind === 'failure') throw new Error(`${name}: ${v.why}\ninput: ${JSON.stringify(input).slice(0, 600)}`);
    }),
    { seed: SEED, numRuns, endOnFailure: true },
  );
  for (const v of verdicts) {
    tally.total++;
    if (v.kind === 'refused') tally.refused++;
    else if (v.kind === 'accepted') {
      tally.accepted++;
      if (v.ran !== 'not-run') tally.ran++;
    }
  }
  return verdicts;
}

const counts = (vs: Verdict[]) => ({ refused: vs.filter((v) => v.kind === 'refused').length, accepted: vs.filter((v) => v.kind === 'accepted').length });
const network: RunPolicy = { networkEventsAsIs: NETWORK_EVENTS_AS_IS, runCentre: false, runProjection: false };
/** the first `n` documents of a centre group run one day (a centre day costs ~0.1–0.5 s); the rest load, compile and report loads */
const centreFirst = (n: number): ((i: number) => RunPolicy) => (i) => ({ networkEventsAsIs: NETWORK_EVENTS_AS_IS, runCentre: i < n, runProjection: i < n });

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

describe('fuzzing the scenario pipeline (issue 12 point 1)', () => {
  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(`fuzz: ${tally.total} documents, ${tally.refused} refused with one line, ${tally.accepted} accepted (${tally.ran} run)`);
  });

  it('random JSON values and envelopes are refused with one line', () => {
    const arb = fc.oneof(
      fc.jsonValue().map((v): FuzzInput => ({ object: v })),
      fc.string({ maxLength: 40 }).map((t): FuzzInput => ({ text: t })),
      fc.record({ type: fc.oneof(fc.constantFrom('onewindow/network', 'onewindow/centre'), weirdValue), version: fc.oneof(fc.constant(1), weirdValue), name: weirdValue }).map((o): FuzzInput => ({ object: o })),
    );
    const vs = fuzz('random', arb, 1500, () => network);
    expect(counts(vs).refused).toBe(vs.length);
  });

  it('mutated network scenarios (the M/M/10 preset and the README example) are refused or run', () => {
    const mm10 = preset('mm10-network');
    const vs = [
      ...fuzz('mm10', mutated(mm10).chain(asInput), 1800, () => network),
      ...fuzz('readme network', mutated(README_EXAMPLE).chain(asInput), 1800, () => network),
    ];
    const c = counts(vs);
    expect(c.refused).toBeGreaterThan(500);
    expect(c.accepted).toBeGreaterThan(300);
  });

  it('wide and long networks (up to 2,000 stations, prototype-named ids, loops) are refused or run', () => {
    const vs = fuzz('wide', wideNetwork.map((d): FuzzInput => ({ object: d })), 300, () => network);
    expect(counts(vs).accepted).toBeGreaterThan(50);
  });

  it('mutated centre scenarios (dispersed, Dalian replay, Dalian 2009, Hangzhou) are refused or run', () => {
    const vs = [
      ...fuzz('dispersed', mutated(preset('dispersed')).chain(asInput), 1500, centreFirst(25)),
      ...fuzz('dalian-replay', mutated(preset('dalian-replay')).chain(asInput), 1500, centreFirst(10)),
      ...fuzz('dalian-2009', mutated(preset('dalian-2009')).chain(asInput), 30, centreFirst(3)),
      ...fuzz('hangzhou', mutated(preset('hangzhou')).chain(asInput), 30, centreFirst(3)),
    ];
    const c = counts(vs);
    expect(c.refused).toBeGreaterThan(300);
    expect(c.accepted).toBeGreaterThan(300);
  });

  it('timelines with random events (demand shocks, capacity, stationing) are refused or projected', () => {
    const replay = preset('dalian-replay');
    const arb = fc
      .record({ events: fc.array(timelineEvent, { maxLength: 30 }), keep: fc.nat({ max: 50 }), extra: fc.array(fc.constantFrom({ kind: 'demand.change', year: 2005, factor: 10 }, { kind: 'capacity.add', year: 2006, factor: 1e6 }, { kind: 'hall.build', year: 2007, windowFactor: 1e6 }), { maxLength: 40 }) })
      .map(({ events, keep, extra }) => ({ ...replay, timeline: [...(replay.timeline as unknown[]).slice(0, keep), ...events, ...extra] }))
      .chain((d) => mutated(d).chain(asInput));
    const vs = fuzz('timeline', arb, 1500, centreFirst(8));
    expect(counts(vs).refused).toBeGreaterThan(100);
  });

  it('at least 10,000 documents were judged', () => {
    expect(tally.total).toBeGreaterThanOrEqual(10_000);
  });
});
