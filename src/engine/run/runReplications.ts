/** Runs a range of replications; results depend on (seed, replication index) only. */
import { type Scenario, scenarioKind } from '../scenario/registry';
import type { ReplicationResult } from '../types';
import { type Clock, defaultClock } from './clock';
import { simulateReusing } from './simulate';

/** Options of `runReplications`. */
export interface RunOptions {
  /** first replication index (inclusive) */
  from: number;
  /** last replication index (exclusive) */
  to: number;
  /** called after each replication with the number finished in this call */
  onProgress?: (doneInThisCall: number) => void;
  /** wall clock for engineSeconds; default performance.now */
  clock?: Clock;
}

/**
 * Runs replications [from, to) of a scenario in order; deterministic (only `engineSeconds`
 * reads the clock), so splitting a run across workers gives the same results as one call.
 */
export function runReplications(scenario: Scenario, opts: RunOptions): ReplicationResult[] {
  const out: ReplicationResult[] = [];
  const clock = opts.clock ?? defaultClock;
  const own = scenarioKind(scenario.type)?.simulate; // kinds with their own simulator (onewindow/centre)
  for (let r = opts.from; r < opts.to; r++) {
    out.push(own ? own(scenario, r) : simulateReusing(scenario, r, clock).result);
    opts.onProgress?.(out.length);
  }
  return out;
}
