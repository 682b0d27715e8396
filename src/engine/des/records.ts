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

/** Doubles a typed array's length, keeping its contents; pure (returns a new array). */
export function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T, min: number): T {
  let n = a.length * 2;
  while (n < min) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
