/** Reduces one replication's records and time integrals to its metrics (KPIs). */
import type { NetworkModel } from '../compile/compileNetwork';
import { type CaseRecords, Outcome } from '../des/records';
import type { StationAreas } from '../des/Simulator';
import type { Metrics } from '../types';
import { quantilesInPlace } from './quantile';

/** Largest pooled wait sample kept per replication. */
export const MAX_WAIT_SAMPLE = 20_000;

/** What a replication's reduction returns. */
export interface ReducedReplication {
  kpis: Metrics;
  stations: Record<string, Metrics>;
  classes: Record<string, Metrics>;
  waits: Float64Array;
}

/** Per-class totals of the case cohort (indexed by class). */
interface CaseTotals {
  arrivals: Float64Array;
  done: Float64Array;
  abandoned: Float64Array;
  inSystem: Float64Array;
  waitSum: Float64Array;
  tisSum: Float64Array;
  onTime: Float64Array;
  /** completions with departure in the window (any arrival time) */
  departed: number;
  /** ∫ number in system dt over the window = Σ overlap of [arrive, depart) with it */
  systemArea: number;
  /** cohort cases that made other than exactly one station visit */
  notOneVisit: number;
  /** waits of completed cohort cases, in arrival order, in waits[0..nWaits) */
  nWaits: number;
  counterSums: Float64Array;
}

/** Per-station totals of the visit cohort (indexed by station). */
interface VisitTotals {
  arrivals: Float64Array;
  served: Float64Array;
  started: Float64Array;
  waitSum: Float64Array;
  abandoned: Float64Array;
  balked: Float64Array;
  reneged: Float64Array;
  blocked: Float64Array;
  sentHome: Float64Array;
  /** ∫ number waiting dt over the window = Σ overlap of each visit's wait with it */
  queueArea: Float64Array;
  /** ∫ number in service dt over the window = Σ overlap of each service with it */
  busyArea: Float64Array;
}

const zeros = (n: number) => new Float64Array(n);

/**
 * The window bounds, read back from a Float64Array so the passes below see unboxed doubles (a
 * warm-up of 0 is a small integer, and `a > w ? a : w` mixing it with doubles was about 15–30%
 * slower per record). The values are unchanged.
 */
const bounds = new Float64Array(2);

// Each pass is its own small function: V8 optimises (OSR) each loop with its own type feedback,
// which matters because a reduction runs once per replication over up to millions of records.

/** One pass over the cases: cohort totals per class; writes completed waits into `waits`. */
function scanCases(r: CaseRecords, w0: number, nC: number, waits: Float64Array): CaseTotals {
  bounds[0] = w0;
  bounds[1] = r.end;
  const w = bounds[0];
  const end = bounds[1];
  const t: CaseTotals = {
    arrivals: zeros(nC),
    done: zeros(nC),
    abandoned: zeros(nC),
    inSystem: zeros(nC),
    waitSum: zeros(nC),
    tisSum: zeros(nC),
    onTime: zeros(nC),
    departed: 0,
    systemArea: 0,
    notOneVisit: 0,
    nWaits: 0,
    counterSums: new Float64Array(r.counters.length),
  };
  const outcome = r.caseOutcome;
  const depart = r.caseDepart;
  const arrive = r.caseArrive;
  const cls = r.caseClass;
  const wait = r.caseWait;
  const due = r.caseDeadline;
  const visits = r.caseVisits;
  let notOne = 0;
  let departed = 0;
  let area = 0;
  let n = 0;
  for (let k = 0; k < r.cases; k++) {
    const o = outcome[k];
    const dep = depart[k];
    if (o === Outcome.DONE && dep >= w) departed++;
    const a = arrive[k];
    // sample-path Little: ∫N dt = Σ time each case spent in the system within the window
    const out = dep === dep && dep < end ? dep : end;
    const from = a > w ? a : w;
    if (out > from) area += out - from;
    if (a < w) continue;
    const c = cls[k];
    t.arrivals[c]++;
    if (visits[k] !== 1) notOne++;
    if (o === Outcome.DONE) {
      t.done[c]++;
      const wt = wait[k];
      t.waitSum[c] += wt;
      t.tisSum[c] += dep - a;
      waits[n++] = wt;
      if (dep <= due[k]) t.onTime[c]++;
    } else if (o === Outcome.WAITING) t.inSystem[c]++;
    else t.abandoned[c]++;
  }
  t.departed = departed;
  t.systemArea = area;
  t.notOneVisit = notOne;
  t.nWaits = n;
  for (let i = 0; i < r.counters.length; i++) t.counterSums[i] = counterSum(r.counters[i], outcome, arrive, r.cases, w);
  return t;
}

/** Σ counter over completed cohort cases. */
function counterSum(cnt: Int32Array, outcome: Uint8Array, arrive: Float64Array, n: number, w: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) if (outcome[k] === Outcome.DONE && arrive[k] >= w) s += cnt[k];
  return s;
}

/** Completed cohort waits grouped by class (a counting sort), with class offsets. */
function groupCaseWaits(r: CaseRecords, w: number, nC: number, done: Float64Array): { values: Float64Array; off: Int32Array } {
  const off = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) off[c + 1] = off[c] + done[c];
  const values = new Float64Array(off[nC]);
  const fill = off.slice(0, nC);
  const outcome = r.caseOutcome;
  const arrive = r.caseArrive;
  const cls = r.caseClass;
  const wait = r.caseWait;
  for (let k = 0; k < r.cases; k++) if (outcome[k] === Outcome.DONE && arrive[k] >= w) values[fill[cls[k]]++] = wait[k];
  return { values, off };
}

/** One pass over the visits: cohort totals per station. */
function scanVisits(r: CaseRecords, w0: number, nS: number): VisitTotals {
  bounds[0] = w0;
  bounds[1] = r.end;
  const w = bounds[0];
  const stop = bounds[1];
  const t: VisitTotals = {
    arrivals: zeros(nS),
    served: zeros(nS),
    started: zeros(nS),
    waitSum: zeros(nS),
    abandoned: zeros(nS),
    balked: zeros(nS),
    reneged: zeros(nS),
    blocked: zeros(nS),
    sentHome: zeros(nS),
    queueArea: zeros(nS),
    busyArea: zeros(nS),
  };
  const station = r.visitStation;
  const outcome = r.visitOutcome;
  const arrive = r.visitArrive;
  const start = r.visitStart;
  const end = r.visitEnd;
  for (let v = 0; v < r.visits; v++) {
    const s = station[v];
    const o = outcome[v];
    const e = end[v];
    if (o === Outcome.DONE && e >= w) t.served[s]++;
    const a = arrive[v];
    const st0 = start[v];
    // the wait runs to the service start (or abandonment, or the end); service to its end
    const waitEnd = st0 === st0 ? st0 : e === e ? e : stop;
    const q0 = a > w ? a : w;
    const q1 = waitEnd < stop ? waitEnd : stop;
    if (q1 > q0) t.queueArea[s] += q1 - q0;
    if (st0 === st0) {
      const b0 = st0 > w ? st0 : w;
      const b1 = e === e && e < stop ? e : stop;
      if (b1 > b0) t.busyArea[s] += b1 - b0;
    }
    if (a < w) continue;
    t.arrivals[s]++;
    const st = start[v];
    if (st === st) {
      t.started[s]++;
      t.waitSum[s] += st - a;
    } else if (o !== Outcome.WAITING) {
      t.abandoned[s]++;
      if (o === Outcome.BALKED) t.balked[s]++;
      else if (o === Outcome.RENEGED) t.reneged[s]++;
      else if (o === Outcome.BLOCKED) t.blocked[s]++;
      else if (o === Outcome.SENT_HOME) t.sentHome[s]++;
    }
  }
  return t;
}

/** Waits of started cohort visits grouped by station (a counting sort) into `out`. */
function groupVisitWaits(r: CaseRecords, w: number, nS: number, started: Float64Array, out: Float64Array): Int32Array {
  const off = new Int32Array(nS + 1);
  for (let s = 0; s < nS; s++) off[s + 1] = off[s] + started[s];
  const fill = off.slice(0, nS);
  const station = r.visitStation;
  const arrive = r.visitArrive;
  const start = r.visitStart;
  for (let v = 0; v < r.visits; v++) {
    const st = start[v];
    const a = arrive[v];
    if (st === st && a >= w) out[fill[station[v]]++] = st - a;
  }
  return off;
}

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

/** A work buffer reused across reductions in this thread (they run one at a time). */
let scratchBuffer = new Float64Array(1024);
function scratchFor(n: number): Float64Array {
  if (scratchBuffer.length < n) scratchBuffer = new Float64Array(Math.max(n, scratchBuffer.length * 2));
  return scratchBuffer;
}

/**
 * Computes every metric of one replication from its records; pure. The statistics window is
 * [warmup, end]; case statistics cover the cohort that arrived in it (arrive ≥ warmup), time
 * averages the window. Waits are over served visits / completed cases; abandonment is the share of
 * the cohort that left unserved (balked, reneged, blocked, sent home).
 */
export function reduceReplication(m: NetworkModel, r: CaseRecords, areas: StationAreas): ReducedReplication {
  const w = r.warmup;
  const span = r.end - w;
  const perMinute = span > 0 ? 1 / span : NaN;
  const nC = m.nC;
  const nS = m.nS;
  const scratch = scratchFor(Math.max(r.cases, r.visits, 1));

  // ---- cases ----
  const ct = scanCases(r, w, nC, scratch);
  const nWaits = ct.nWaits;
  // deterministic subsample of case waits (every j-th, in arrival order)
  const step = Math.max(1, Math.ceil(nWaits / MAX_WAIT_SAMPLE));
  let waits: Float64Array;
  if (step === 1) waits = scratch.slice(0, nWaits); // a block copy
  else {
    waits = new Float64Array(Math.ceil(nWaits / step));
    for (let i = 0, j = 0; i < nWaits; i += step) waits[j++] = scratch[i];
  }
  const [p50, p90] = quantilesInPlace(scratch, nWaits, [0.5, 0.9]);
  const arrivals = sum(ct.arrivals);
  const done = sum(ct.done);
  const abandoned = sum(ct.abandoned);
  const kpis: Metrics = {
    meanWaitMinutes: done > 0 ? sum(ct.waitSum) / done : NaN,
    p50WaitMinutes: p50,
    p90WaitMinutes: p90,
    meanTimeInSystemMinutes: done > 0 ? sum(ct.tisSum) / done : NaN,
    casesCompleted: done,
    arrivals,
    abandoned,
    abandonedRate: arrivals > 0 ? abandoned / arrivals : 0,
    inSystemAtEnd: sum(ct.inSystem),
    throughputPerMinute: ct.departed * perMinute,
    meanInSystem: ct.systemArea * perMinute,
  };
  if (m.hasDeadlines) kpis.onTimeRate = done > 0 ? sum(ct.onTime) / done : NaN;
  for (let i = 0; i < r.counterIds.length; i++) kpis[`${r.counterIds[i]}PerCase`] = done > 0 ? ct.counterSums[i] / done : NaN;

  // ---- classes ----
  const grouped = nC === 1 ? null : groupCaseWaits(r, w, nC, ct.done);
  const classes: Record<string, Metrics> = {};
  for (let c = 0; c < nC; c++) {
    const n = ct.done[c];
    const [c50, c90] = grouped === null ? [p50, p90] : quantilesInPlace(grouped.values.subarray(grouped.off[c], grouped.off[c + 1]), n, [0.5, 0.9]);
    const cm: Metrics = {
      arrivals: ct.arrivals[c],
      casesCompleted: n,
      meanWaitMinutes: n > 0 ? ct.waitSum[c] / n : NaN,
      p50WaitMinutes: c50,
      p90WaitMinutes: c90,
      meanTimeInSystemMinutes: n > 0 ? ct.tisSum[c] / n : NaN,
      abandonedRate: ct.arrivals[c] > 0 ? ct.abandoned[c] / ct.arrivals[c] : 0,
    };
    if (m.hasDeadlines) cm.onTimeRate = n > 0 ? ct.onTime[c] / n : NaN;
    classes[m.classIds[c]] = cm;
  }

  // ---- stations (visits) ----
  const vt = scanVisits(r, w, nS);
  // one station, exactly one visit per cohort case, and as many started visits as completed
  // cases: the visit waits are exactly the completed cases' waits, whose quantiles are known
  const sameAsCases = nS === 1 && ct.notOneVisit === 0 && vt.arrivals[0] === arrivals && vt.started[0] === done;
  const off = sameAsCases ? null : groupVisitWaits(r, w, nS, vt.started, scratch);
  const stations: Record<string, Metrics> = {};
  for (let s = 0; s < nS; s++) {
    const seg = off === null ? null : scratch.subarray(off[s], off[s + 1]);
    const sm: Metrics = {
      arrivals: vt.arrivals[s],
      served: vt.served[s],
      meanWaitMinutes: vt.started[s] > 0 ? vt.waitSum[s] / vt.started[s] : NaN,
      p90WaitMinutes: seg === null ? p90 : quantilesInPlace(seg, seg.length, [0.9])[0],
      meanQueueLength: vt.queueArea[s] * perMinute,
      meanInService: vt.busyArea[s] * perMinute,
      throughputPerMinute: vt.served[s] * perMinute,
      abandoned: vt.abandoned[s],
      balked: vt.balked[s],
      reneged: vt.reneged[s],
      blocked: vt.blocked[s],
      sentHome: vt.sentHome[s],
    };
    if (m.infinite[s] === 0) sm.utilisation = areas.available[s] > 0 ? vt.busyArea[s] / areas.available[s] : 0;
    stations[m.stationIds[s]] = sm;
  }
  return { kpis, stations, classes, waits };
}
