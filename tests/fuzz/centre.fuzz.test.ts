/**
 * Issue 12 point 1 — bad input, centre scenarios and timelines: mutated centres (a small fixture,
 * the Dalian replay, Dalian 2009, Hangzhou), centre envelopes with weird fields, and timelines with
 * random events, through the pipeline the CLI uses (tests/fuzz/pipeline.ts). The first documents of
 * each group run (one simulated day; a timeline projected over 2 years); the rest are loaded,
 * compiled against their statechart and their loads reported, as `validate` and `run` do before a run.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { asInput, centreEnvelope, mutated, preset, timelineEvent } from './fuzzDocs';
import { centreFirst, counts, fuzz, newTally } from './fuzzRun';

const tally = newTally();
const SMALL = 'tests/centre/fixtures/centre-v1.scenario.json';

describe('fuzzing centre scenarios and timelines (issue 12 point 1)', () => {
  afterAll(() => {
    console.log(`fuzz (centre): ${tally.total} documents, ${tally.refused} refused with one line, ${tally.accepted} accepted (${tally.ran} run)`);
  });

  it('centre envelopes with weird top-level fields are refused with one line, or accepted', () => {
    fuzz(tally, 'centre envelope', centreEnvelope(preset(SMALL)), 1900, centreFirst(0));
    expect(tally.refused).toBeGreaterThan(1000);
  });

  it('mutated centre scenarios are refused or run', () => {
    const vs = [
      ...fuzz(tally, 'small centre', mutated(preset(SMALL)).chain(asInput), 400, centreFirst(20)),
      ...fuzz(tally, 'dalian-replay', mutated(preset('dalian-replay')).chain(asInput), 150, centreFirst(3)),
      ...fuzz(tally, 'dalian-2009', mutated(preset('dalian-2009')).chain(asInput), 5, centreFirst(1)),
      ...fuzz(tally, 'hangzhou', mutated(preset('hangzhou')).chain(asInput), 5, centreFirst(1)),
    ];
    const c = counts(vs);
    expect(c.refused).toBeGreaterThan(200);
    expect(c.accepted).toBeGreaterThan(50);
  });

  it('timelines with random events (demand shocks, capacity, stationing) are refused or projected', () => {
    const replay = preset('dalian-replay');
    const arb = fc
      .record({ events: fc.array(timelineEvent, { maxLength: 30 }), keep: fc.nat({ max: 50 }), extra: fc.array(fc.constantFrom({ kind: 'demand.change', year: 2005, factor: 10 }, { kind: 'capacity.add', year: 2006, factor: 1e6 }, { kind: 'hall.build', year: 2007, windowFactor: 1e6 }), { maxLength: 40 }) })
      .map(({ events, keep, extra }) => ({ ...replay, timeline: [...(replay.timeline as unknown[]).slice(0, keep), ...events, ...extra] }))
      .chain((d) => mutated(d).chain(asInput));
    const vs = fuzz(tally, 'timeline', arb, 150, centreFirst(4));
    expect(counts(vs).refused).toBeGreaterThan(30);
  });

  it('judged at least 2,600 centre and timeline documents (with the network file: more than 10,000)', () => {
    expect(tally.total).toBeGreaterThanOrEqual(2_600);
  });
});
