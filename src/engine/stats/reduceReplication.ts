/** Reduces one replication's records and time integrals to its metrics (KPIs). */
import type { NetworkModel } from '../compile/compileNetwork';
import { type CaseRecords, Outcome } from '../des/records';
import type { StationAreas } from '../des/Simulator';
import type { Metrics } from '../types';
import { quantileInPlace } from './quantile';

/** Largest pooled wait sample kept per replication. */
export const MAX_WAIT_SAMPLE = 20_000;

/** What a replication's reduction returns. */
export interface ReducedReplication {
  kpis: Metrics;
  stations: Record<string, Metrics>;
  classes: Record<string, Metrics>;
  waits: Float64Array;
}

/**
 * Computes every metric of one replication from its records; pure. The statistics window is
 * [warmup, end]; case statistics cover the cohort that arrived in it (arrive ≥ warmup), time
 * averages the window. Waits are over served visits / completed cases; abandonment is the share of
 * the cohort that left unserved (balked, reneged, blocked, sent home).
 */
export function reduceReplication(
  m: NetworkModel,
  r: CaseRecords,
  areas: StationAreas,
  areaInSystem: number,
): ReducedReplication {
  const w = r.warmup;
  const span = r.end - w;
  const perMinute = span > 0 ? 1 / span : NaN;
  const nC = m.nC;
  const nS = m.nS;

  // ---- cases ----
  const scratch = new Float64Array(Math.max(r.cases, r.visits, 1));
  const classWaitSum = new Float64Array(nC);
  const classTisSum = new Float64Array(nC);
  const classArr = new Float64Array(nC);
  const classDone = new Float64Array(nC);
  const classAband = new Float64Array(nC);
  const classOnTime = new Float64Array(nC);
  const counterSums = r.counters.map(() => 0);
  let arrivals = 0;
  let done = 0;
  let abandoned = 0;
  let inSystem = 0;
  let waitSum = 0;
  let tisSum = 0;
  let departed = 0;
  let onTime = 0;
  let nWaits = 0;
  for (let k = 0; k < r.cases; k++) {
    const o = r.caseOutcome[k];
    const dep = r.caseDepart[k];
    if (o === Outcome.DONE && dep >= w) departed++;
    if (r.caseArrive[k] < w) continue;
    const c = r.caseClass[k];
    arrivals++;
    classArr[c]++;
    if (o === Outcome.DONE) {
      done++;
      classDone[c]++;
      const wt = r.caseWait[k];
      const tis = dep - r.caseArrive[k];
      waitSum += wt;
      tisSum += tis;
      classWaitSum[c] += wt;
      classTisSum[c] += tis;
      scratch[nWaits++] = wt;
      if (dep <= r.caseDeadline[k]) {
        onTime++;
        classOnTime[c]++;
      }
      for (let i = 0; i < r.counters.length; i++) counterSums[i] += r.counters[i][k];
    } else if (o === Outcome.WAITING) inSystem++;
    else {
      abandoned++;
      classAband[c]++;
    }
  }
  // deterministic subsample of case waits (every j-th, in arrival order)
  const step = Math.max(1, Math.ceil(nWaits / MAX_WAIT_SAMPLE));
  const waits = new Float64Array(Math.ceil(nWaits / step));
  for (let i = 0, j = 0; i < nWaits; i += step) waits[j++] = scratch[i];
  const p50 = quantileInPlace(scratch, nWaits, 0.5);
  const p90 = quantileInPlace(scratch, nWaits, 0.9);

  const kpis: Metrics = {
    meanWaitMinutes: done > 0 ? waitSum / done : NaN,
    p50WaitMinutes: p50,
    p90WaitMinutes: p90,
    meanTimeInSystemMinutes: done > 0 ? tisSum / done : NaN,
    casesCompleted: done,
    arrivals,
    abandoned,
    abandonedRate: arrivals > 0 ? abandoned / arrivals : 0,
    inSystemAtEnd: inSystem,
    throughputPerMinute: departed * perMinute,
    meanInSystem: areaInSystem * perMinute,
  };
  if (m.hasDeadlines) kpis.onTimeRate = done > 0 ? onTime / done : NaN;
  r.counterIds.forEach((id, i) => (kpis[`${id}PerCase`] = done > 0 ? counterSums[i] / done : NaN));

  // ---- classes: completed cohort waits grouped by class (counting sort) for quantiles ----
  const classes: Record<string, Metrics> = {};
  let classQ: Float64Array;
  const classOff = new Int32Array(nC + 1);
  if (nC === 1) {
    classQ = scratch; // already partitioned, quantiles equal the overall ones
  } else {
    for (let c = 0; c < nC; c++) classOff[c + 1] = classOff[c] + classDone[c];
    classQ = new Float64Array(done);
    const fill = classOff.slice(0, nC);
    for (let k = 0; k < r.cases; k++)
      if (r.caseOutcome[k] === Outcome.DONE && r.caseArrive[k] >= w) classQ[fill[r.caseClass[k]]++] = r.caseWait[k];
  }
  for (let c = 0; c < nC; c++) {
    const seg = nC === 1 ? classQ.subarray(0, done) : classQ.subarray(classOff[c], classOff[c + 1]);
    const cm: Metrics = {
      arrivals: classArr[c],
      casesCompleted: classDone[c],
      meanWaitMinutes: classDone[c] > 0 ? classWaitSum[c] / classDone[c] : NaN,
      p50WaitMinutes: nC === 1 ? p50 : quantileInPlace(seg, seg.length, 0.5),
      p90WaitMinutes: nC === 1 ? p90 : quantileInPlace(seg, seg.length, 0.9),
      meanTimeInSystemMinutes: classDone[c] > 0 ? classTisSum[c] / classDone[c] : NaN,
      abandonedRate: classArr[c] > 0 ? classAband[c] / classArr[c] : 0,
    };
    if (m.hasDeadlines) cm.onTimeRate = classDone[c] > 0 ? classOnTime[c] / classDone[c] : NaN;
    classes[m.classIds[c]] = cm;
  }

  // ---- stations (visits) ----
  const sArr = new Float64Array(nS);
  const sServed = new Float64Array(nS);
  const sStarted = new Float64Array(nS);
  const sWaitSum = new Float64Array(nS);
  const sAband = new Float64Array(nS);
  const sBalk = new Float64Array(nS);
  const sRenege = new Float64Array(nS);
  const sBlock = new Float64Array(nS);
  const sHome = new Float64Array(nS);
  // single station: waits go straight into the scratch array; otherwise grouped afterwards
  const single = nS === 1;
  let nStarted = 0;
  for (let v = 0; v < r.visits; v++) {
    const s = r.visitStation[v];
    const o = r.visitOutcome[v];
    if (o === Outcome.DONE && r.visitEnd[v] >= w) sServed[s]++;
    const a = r.visitArrive[v];
    if (a < w) continue;
    sArr[s]++;
    const st = r.visitStart[v];
    if (st === st) {
      sStarted[s]++;
      sWaitSum[s] += st - a;
      if (single) scratch[nStarted] = st - a;
      nStarted++;
    } else if (o !== Outcome.WAITING) {
      sAband[s]++;
      if (o === Outcome.BALKED) sBalk[s]++;
      else if (o === Outcome.RENEGED) sRenege[s]++;
      else if (o === Outcome.BLOCKED) sBlock[s]++;
      else if (o === Outcome.SENT_HOME) sHome[s]++;
    }
  }
  const stOff = new Int32Array(nS + 1);
  for (let s = 0; s < nS; s++) stOff[s + 1] = stOff[s] + sStarted[s];
  if (!single) {
    const fill = stOff.slice(0, nS);
    for (let v = 0; v < r.visits; v++) {
      const st = r.visitStart[v];
      const a = r.visitArrive[v];
      if (st === st && a >= w) scratch[fill[r.visitStation[v]]++] = st - a;
    }
  }
  const stations: Record<string, Metrics> = {};
  for (let s = 0; s < nS; s++) {
    const seg = scratch.subarray(stOff[s], stOff[s + 1]);
    const sm: Metrics = {
      arrivals: sArr[s],
      served: sServed[s],
      meanWaitMinutes: sStarted[s] > 0 ? sWaitSum[s] / sStarted[s] : NaN,
      p90WaitMinutes: quantileInPlace(seg, seg.length, 0.9),
      meanQueueLength: areas.queue[s] * perMinute,
      meanInService: areas.busy[s] * perMinute,
      throughputPerMinute: sServed[s] * perMinute,
      abandoned: sAband[s],
      balked: sBalk[s],
      reneged: sRenege[s],
      blocked: sBlock[s],
      sentHome: sHome[s],
    };
    if (m.infinite[s] === 0) sm.utilisation = areas.available[s] > 0 ? areas.busy[s] / areas.available[s] : 0;
    stations[m.stationIds[s]] = sm;
  }
  return { kpis, stations, classes, waits };
}
