/**
 * One replication end to end: compile (cached per scenario object), simulate, reduce; with
 * warm-up "auto", a pilot run of the same replication finds the MSER-5 truncation first.
 */
import { type NetworkModel, compileNetwork } from '../compile/compileNetwork';
import { type CaseRecords, RecordStore } from '../des/records';
import { Outcome } from '../des/records';
import { Simulator } from '../des/Simulator';
import '../scenario/kinds';
import { type CompiledScenario, type Scenario, scenarioKind } from '../scenario/registry';
import { mser5 } from '../stats/mser5';
import { reduceReplication } from '../stats/reduceReplication';
import type { ReplicationResult } from '../types';
import { type Clock, defaultClock } from './clock';

/** A scenario compiled for running: its network, flat model and optional bookkeeping. */
export interface Prepared {
  compiled: CompiledScenario;
  model: NetworkModel;
  /** a simulator reused by `simulateReusing` */
  simulator?: Simulator;
  /** the shared-store generation the simulator was built on */
  generation?: number;
}

const cache = new WeakMap<object, Prepared>();

/**
 * Record columns shared by every reusing simulator in this thread (runs are synchronous and
 * one at a time): a worker that runs scenario after scenario grows them once and reuses them.
 */
let sharedStore = new RecordStore(1024);

/**
 * Drops the shared record columns (they keep the size of the largest run so far) so their
 * memory can be collected; simulators built on the old store are rebuilt on their next
 * use. Mutates module state.
 */
export function releaseSharedRecords(): void {
  sharedStore = new RecordStore(1024);
  storeGeneration++;
}

/** Bumped by releaseSharedRecords: simulators built on an older store are rebuilt. */
let storeGeneration = 0;

/** Compiles a scenario for running, memoised per scenario object; pure (results are cached). */
export function prepare(scenario: Scenario): Prepared {
  let p = cache.get(scenario);
  if (p === undefined) {
    const kind = scenarioKind(scenario.type);
    if (kind === undefined) throw new Error(`unknown scenario type ${scenario.type}`);
    const compiled = kind.compile(scenario);
    p = { compiled, model: compileNetwork(compiled.network) };
    cache.set(scenario, p);
  }
  return p;
}

/** A replication's result with its flat records and the simulator (for tests and compilers). */
export interface SimulationOutput {
  result: ReplicationResult;
  records: CaseRecords;
  /** true if the clock ever went back (must never happen) */
  clockWentBack: boolean;
  /** the statistics start used, minutes */
  warmup: number;
}

/** Rough number of cases a run will create, to size the record arrays once. */
function expectedCases(m: NetworkModel): number {
  if (m.stopCustomers < Infinity) return Math.min(m.stopCustomers + 1, 1 << 21);
  let rate = 0;
  for (const s of m.interarrival) if (s !== null && s.mean > 0) rate += 1 / s.mean;
  const n = rate * (m.stopMinutes < Infinity ? m.stopMinutes : 1000) * 1.1;
  return Math.max(1024, Math.min(n, 1 << 20));
}

/** MSER-5 warm-up of a pilot run: the arrival time of the first case kept; pure. */
export function autoWarmup(records: CaseRecords): number {
  const waits: number[] = [];
  const arrive: number[] = [];
  for (let k = 0; k < records.cases; k++) {
    if (records.caseOutcome[k] !== Outcome.DONE) continue;
    waits.push(records.caseWait[k]);
    arrive.push(records.caseArrive[k]);
  }
  const { truncate } = mser5(waits);
  return truncate > 0 && truncate < arrive.length ? arrive[truncate] : 0;
}

/**
 * Runs replication `replication` of a scenario on a fresh simulator, so the returned records are
 * the caller's to keep; pure apart from reading the clock.
 */
export function simulateReplication(scenario: Scenario, replication: number, clock: Clock = defaultClock): SimulationOutput {
  const t0 = clock();
  const p = prepare(scenario);
  return runOn(p, new Simulator(p.model, expectedCases(p.model)), replication, clock, t0);
}

/**
 * Runs a replication on a simulator reused across calls for the same scenario (no allocation per
 * replication); the records are only valid until the next call. Pure apart from the clock.
 */
export function simulateReusing(scenario: Scenario, replication: number, clock: Clock = defaultClock): SimulationOutput {
  const t0 = clock();
  const p = prepare(scenario);
  if (p.simulator === undefined || p.generation !== storeGeneration) {
    p.simulator = new Simulator(p.model, expectedCases(p.model), sharedStore);
    p.generation = storeGeneration;
  }
  return runOn(p, p.simulator, replication, clock, t0);
}

function runOn(p: Prepared, sim: Simulator, replication: number, clock: Clock, t0: number): SimulationOutput {
  const { compiled, model } = p;
  let warmup: number;
  if (model.warmup === 'auto') {
    sim.start(replication, 0);
    sim.run();
    warmup = autoWarmup(sim.records());
  } else warmup = model.warmup;
  sim.start(replication, warmup);
  sim.run();
  const records = sim.records();
  const red = reduceReplication(model, records, sim.areas);
  if (compiled.extraMetrics) {
    const extra = compiled.extraMetrics(records, compiled.network);
    Object.assign(red.kpis, extra.kpis);
    for (const [id, mt] of Object.entries(extra.classes ?? {})) red.classes[id] = { ...red.classes[id], ...mt };
    for (const [id, mt] of Object.entries(extra.stations ?? {})) red.stations[id] = { ...red.stations[id], ...mt };
  }
  if (model.warmup === 'auto') red.kpis.warmupMinutes = warmup;
  const result: ReplicationResult = {
    replication,
    kpis: red.kpis,
    stations: red.stations,
    classes: red.classes,
    events: sim.events,
    waits: red.waits,
    engineSeconds: clock() - t0,
  };
  return { result, records, clockWentBack: sim.clockWentBack, warmup };
}
