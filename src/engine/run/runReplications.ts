/** Runs a range of replications; results depend on (seed, replication index) only. */
import { type EngineModels, type Scenario, scenarioKind } from '../scenario/registry';
import type { DayProgressOptions, ReplicationResult } from '../types';
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
  /** the models the scenario's kind needs (a centre scenario: its statecharts' routing tables) */
  models?: EngineModels;
}

/**
 * Prepares a scenario for running: a kind with its own simulator (onewindow/centre) loads its
 * models and compiles once here; the returned function runs one replication. Deterministic (only
 * `engineSeconds` reads the clock).
 */
export function prepareReplications(scenario: Scenario, models: EngineModels = {}, clock: Clock = defaultClock): (replication: number, watch?: DayProgressOptions) => ReplicationResult {
  const prepare = scenarioKind(scenario.type)?.prepare;
  if (prepare) return prepare(scenario, models);
  return (r) => simulateReusing(scenario, r, clock).result;
}

/**
 * Runs replications [from, to) of a scenario in order; deterministic (only `engineSeconds`
 * reads the clock), so splitting a run across workers gives the same results as one call.
 */
export function runReplications(scenario: Scenario, opts: RunOptions): ReplicationResult[] {
  const run = prepareReplications(scenario, opts.models, opts.clock ?? defaultClock);
  const out: ReplicationResult[] = [];
  for (let r = opts.from; r < opts.to; r++) {
    out.push(run(r));
    opts.onProgress?.(out.length);
  }
  return out;
}
