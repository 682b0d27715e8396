/**
 * Pairing two kept runs (see `SimPool.runKept`) without running either again. Its own module, apart
 * from simPool.ts, so a view can pair results without loading the pool's code with the page.
 */
import { pairedDifferences, type PairedDifferences } from '../engine/stats/paired';
import type { KeptRun } from './simPool';

/**
 * Paired differences b − a of two kept runs with the same seed, replication by replication (the
 * indices both have): the common-random-numbers comparison without running either again. Pure.
 */
export function pairKept(a: KeptRun, b: KeptRun): PairedDifferences {
  if (a.summary.seed !== b.summary.seed) throw new Error(`pairKept: the runs have different seeds (${a.summary.seed}, ${b.summary.seed})`);
  return pairedDifferences(a.results, b.results);
}
