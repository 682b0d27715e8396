/**
 * Flat per-case and per-visit records (Ciw's DataRecord, as columns of typed arrays). The event
 * loop writes them; every statistic, KPI and compiler bookkeeping is derived from them.
 */

/** Outcome codes of cases and visits. */
export const Outcome = {
  /** case: still in the network; visit: waiting in queue */
  WAITING: 0,
  /** case: completed (left through exit); visit: served */
  DONE: 1,
  /** left on arrival: queue too long */
  BALKED: 2,
  /** left the queue after running out of patience */
  RENEGED: 3,
  /** lost: the waiting room was full */
  BLOCKED: 4,
  /** sent home at closing time */
  SENT_HOME: 5,
  /** visit only: in service when the run ended */
  IN_SERVICE: 6,
} as const;

/** The records of one replication: column arrays, valid up to `cases` / `visits`. */
export interface CaseRecords {
  /** number of cases (external arrivals), in arrival order */
  cases: number;
  /** number of station visits, in order of arrival at the station */
  visits: number;
  stationIds: readonly string[];
  classIds: readonly string[];
  counterIds: readonly string[];
  /** statistics start (end of warm-up), minutes */
  warmup: number;
  /** time the run ended, minutes */
  end: number;
  /** entry class index of each case */
  caseClass: Int32Array;
  /** arrival time, minutes */
  caseArrive: Float64Array;
  /** departure time (completion or abandonment), NaN while in the system */
  caseDepart: Float64Array;
  /** Outcome code (WAITING = still in the system) */
  caseOutcome: Uint8Array;
  /** total time spent waiting in queues, minutes */
  caseWait: Float64Array;
  /** absolute due time (arrival + deadline), Infinity if none */
  caseDeadline: Float64Array;
  /** number of station visits */
  caseVisits: Int32Array;
  /** counters[i][case]: visits of the case to counter i's stations */
  counters: Int32Array[];
  visitCase: Int32Array;
  visitStation: Int32Array;
  /** class of the case during the visit (classes may switch on routing) */
  visitClass: Int32Array;
  visitArrive: Float64Array;
  /** service start, NaN if never served */
  visitStart: Float64Array;
  /** service end or abandonment time, NaN while still there */
  visitEnd: Float64Array;
  visitOutcome: Uint8Array;
}

/** A longer copy of a typed array: doubled until ≥ `min`, or exactly `min`; pure. */
export function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, min: number, exact = false): T {
  let n = Math.max(1, a.length * 2);
  while (n < min) n *= 2;
  if (exact) n = Math.max(min, a.length);
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/**
 * The record columns a simulator writes, kept between runs so that replication after
 * replication (and scenario after scenario in one worker) reuses the same memory; stateful.
 */
export class RecordStore {
  caseClass: Int32Array;
  caseCur: Int32Array;
  caseArrive: Float64Array;
  caseDepart: Float64Array;
  caseOutcome: Uint8Array;
  caseWait: Float64Array;
  caseDeadline: Float64Array;
  caseVisits: Int32Array;
  counters: Int32Array[] = [];
  visitCase: Int32Array;
  visitStation: Int32Array;
  visitClass: Int32Array;
  visitArrive: Float64Array;
  visitStart: Float64Array;
  visitEnd: Float64Array;
  visitOutcome: Uint8Array;

  /** Allocates columns for `cases` cases and as many visits. */
  constructor(cases = 1024) {
    const n = Math.max(16, cases | 0);
    this.caseClass = new Int32Array(n);
    this.caseCur = new Int32Array(n);
    this.caseArrive = new Float64Array(n);
    this.caseDepart = new Float64Array(n);
    this.caseOutcome = new Uint8Array(n);
    this.caseWait = new Float64Array(n);
    this.caseDeadline = new Float64Array(n);
    this.caseVisits = new Int32Array(n);
    this.visitCase = new Int32Array(n);
    this.visitStation = new Int32Array(n);
    this.visitClass = new Int32Array(n);
    this.visitArrive = new Float64Array(n);
    this.visitStart = new Float64Array(n);
    this.visitEnd = new Float64Array(n);
    this.visitOutcome = new Uint8Array(n);
  }

  /** Makes room for at least `cases` cases and `visits` visits and `counters` zeroed counters. */
  reserve(cases: number, visits: number, counters: number): void {
    // exactly the expected size (doubling here would over-allocate up to 2×)
    if (this.caseClass.length < cases) this.growCases(cases, true);
    if (this.visitCase.length < visits) this.growVisits(visits, true);
    while (this.counters.length < counters) this.counters.push(new Int32Array(this.caseClass.length));
    for (let i = 0; i < counters; i++) this.counters[i].fill(0);
  }

  /** Grows the case columns to hold at least `n` cases (by doubling, or to exactly `n`), keeping their contents. */
  growCases(n: number, exact = false): void {
    this.caseClass = grown(this.caseClass, n, exact);
    this.caseCur = grown(this.caseCur, n, exact);
    this.caseArrive = grown(this.caseArrive, n, exact);
    this.caseDepart = grown(this.caseDepart, n, exact);
    this.caseOutcome = grown(this.caseOutcome, n, exact);
    this.caseWait = grown(this.caseWait, n, exact);
    this.caseDeadline = grown(this.caseDeadline, n, exact);
    this.caseVisits = grown(this.caseVisits, n, exact);
    this.counters = this.counters.map((a) => grown(a, this.caseClass.length, true));
  }

  /** Grows the visit columns to hold at least `n` visits (by doubling, or to exactly `n`), keeping their contents. */
  growVisits(n: number, exact = false): void {
    this.visitCase = grown(this.visitCase, n, exact);
    this.visitStation = grown(this.visitStation, n, exact);
    this.visitClass = grown(this.visitClass, n, exact);
    this.visitArrive = grown(this.visitArrive, n, exact);
    this.visitStart = grown(this.visitStart, n, exact);
    this.visitEnd = grown(this.visitEnd, n, exact);
    this.visitOutcome = grown(this.visitOutcome, n, exact);
  }
}
