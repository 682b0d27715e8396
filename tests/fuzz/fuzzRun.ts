/** Runs fast-check over a document generator and tallies the verdicts (shared by the fuzz test files). */
import fc from 'fast-check';
import type { FuzzInput } from './fuzzDocs';
import { judge, type RunPolicy, type Verdict } from './pipeline';

/** The fixed seed: a run judges the same documents every time (a failure is reproducible). */
export const SEED = 12_2026;
/** run a network as written when it needs at most this many events per replication */
export const NETWORK_EVENTS_AS_IS = 5_000;

/** Verdict counts of one test file. */
export interface Tally { refused: number; accepted: number; ran: number; total: number }
export const newTally = (): Tally => ({ refused: 0, accepted: 0, ran: 0, total: 0 });

/** Judges `numRuns` documents of `arb`; throws on the first failure (with the document); returns the verdicts. */
export function fuzz(tally: Tally, name: string, arb: fc.Arbitrary<FuzzInput>, numRuns: number, policy: (i: number) => RunPolicy): Verdict[] {
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

export const counts = (vs: Verdict[]) => ({ refused: vs.filter((v) => v.kind === 'refused').length, accepted: vs.filter((v) => v.kind === 'accepted').length });
export const networkPolicy: RunPolicy = { networkEventsAsIs: NETWORK_EVENTS_AS_IS, runCentre: false, runProjection: false };
/** the first `n` documents of a centre group run (one simulated day, or a 2-year projection); the rest load, compile and report loads */
export const centreFirst = (n: number): ((i: number) => RunPolicy) => (i) => ({ networkEventsAsIs: NETWORK_EVENTS_AS_IS, runCentre: i < n, runProjection: i < n });
