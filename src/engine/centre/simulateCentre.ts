/**
 * simulateCentre: one replication of a compiled centre as a discrete-event simulation on a
 * working-minute clock (opening hours × working days; back-office durations in working days of
 * that clock). The simulator does not know where a case goes: on arrival a case samples its
 * attributes (item, channel, materials, 两头办理, verification, 容缺), looks up its route program —
 * compiled from the centre-type statechart (routeProgram.ts) — and walks it. The simulator only
 * supplies time and resources: window groups, the first-inquiry desk, back-office staff, delays.
 * A department's back-office step is its staff's effort, the review, then its sign-off layers: each
 * an in-tray wait and a task for the same staff (compileCentre's stepLayers), so a loaded department's
 * staffing moves its lead time.
 *
 * It writes records as it goes — one per case, one per window visit (including wasted ones),
 * one per back-office task — and the KPIs are a reduce pass over them (reduceCentre).
 * Per-case random numbers come from a counter-based hash of (replication, case, purpose), so two
 * scenarios with the same demand share random numbers case by case (common random numbers).
 * Pure: the result depends on (compiled, replication) only; `clock` is read for engineSeconds alone.
 */
import type { DayProgressOptions, ReplicationResult } from '../types';
import { WAIT_STANDARD_MINUTES } from '../../domain/standards';
import { type Clock, defaultClock } from '../run/clock';
import { Rng, hashString } from '../random/rng';
import { caseNormal as caseNormalImport, caseUniform as caseUniformImport, replicationKey } from './caseRandom';
import { ROUTE_AUTH, ROUTE_COMPLETE, ROUTE_GAPS, ROUTE_HQ, ROUTE_OUTSIDE, ROUTE_ONLINE, ROUTE_VARIANTS, ROUTE_VERIFY, type CompiledCentre } from './compileCentre';
import { KeyedHeap } from './keyedHeap';
import {
  OP_ACCEPT, OP_ARRIVE, OP_AWAY, OP_BACK_OFFICE, OP_DECIDE, OP_DESK, OP_END, OP_HEADQUARTERS, OP_LOOP, OP_ON_SPOT,
  OP_PARALLEL, OP_PICKUP, OP_RETRY, OP_SERIAL_NEXT, OP_SESSION, OP_TRANSFER, OP_UPWARD, OP_VISIT, PLACE_HALL,
} from './routeProgram';
import {
  F_ACCEPTED, F_BAD, F_COMPLAINT, F_COUNTED, F_DEEMED, F_DECIDED, F_DONE, F_GREEN, F_INCENTRE, F_LATE_LEGAL, F_LATE_PROMISED, F_LONGWAIT, F_MISROUTED,
  F_ONLINE, F_ONLINE_AVAILABLE, F_ONSPOT, F_OVERDUE, F_RATED, F_TWOEND, OUT_BALKED, OUT_REJECTED, OUT_RENEGED, OUT_SENT_HOME,
  OUT_SERVED, V_MISROUTE, V_PICKUP, V_SUBMIT, dayRecords, reduceCentre, type CentreRecords,
} from './reduceCentre';
import { reduceCentreCharts } from './centreCharts';
import { exp, log } from '../random/fdlibm';

// event types (low 3 bits of an event code; the rest is a case, visit or task index)
const T_RESUME = 0; // a case continues its route at cPc
const T_WIN_END = 1; // a window service ends (visit index)
const T_BO_ENTER = 2; // a task reaches its back office after the hand-off (task index)
const T_BO_END = 3; // staff finish a task's effort (task index)
const T_TASK_DONE = 4; // a task's review is over (task index)
const T_QUEUE = 5; // a case joins a window queue (after a pickup delay or a return)
const T_CLOSE = 7;
const F_MISROUTE_TRIED = 1 << 17;
/** kept at the department's own office (体外循环): headquarters signs off */
const F_KEPT_OUT = 1 << 20;
// purposes of per-case random numbers (spaced so that indices can be added)
const P_ITEM = 0;
const P_CHANNEL = 1;
const P_GREEN = 2;
const P_MISROUTE = 3;
const P_MISGROUP = 4;
const P_HQ = 5;
const P_VERIFY = 6;
const P_RATED = 7;
const P_RATING = 8;
const P_COMPLAINT = 9;
const P_COMPLAINT_DAYS = 10;
const P_MISDIRECT = 11;
const P_PICKUP = 12;
const P_REFERRAL = 13;
const P_AUTH = 14;
const P_OUTSIDE = 15;
const P_MAT = 64;
const P_GAP = 128;
const P_RETURN = 192;
const P_SERVICE = 256;
const P_PATIENCE = 512;
const P_EFFORT = 832;
const P_REVIEW = 896;
const P_SIGN = 960;
/** a task's sign-off is over (deemed consent skips the remaining layers) */
const LAYERS_DONE = 255;

// local bindings: module loaders that compile to CommonJS (tsx) turn imported calls into getter calls
const caseUniform = caseUniformImport;
const caseNormal = caseNormalImport;

/** Priority offset: green-channel entries sort before all others in a queue. */
const NOT_GREEN = 1e12;

const sigmaOf = (cv: number) => Math.sqrt(log(1 + cv * cv));

/** Options of {@link simulateCentre}. */
export interface CentreSimulationOptions extends DayProgressOptions {
  /** also return the records of the cases arriving on this day (0-based, warm-up days included) */
  recordDay?: number;
  // onDays: the simulated working days finished (warm-up included), at each `progressEveryDays`
  // days of the clock and finally `cc.days` (the back offices' drain after the last day is in the final call)
}

/** How many pending events are closing-time events (only called at closing time). */
function countCloses(ev: KeyedHeap): number {
  let n = 0;
  for (let i = 0; i < ev.size; i++) if ((ev.vals[i] & 7) === T_CLOSE) n++;
  return n;
}

/** Generates the arrivals: piecewise-constant Poisson rates by day and opening hour; pure given rng. */
function generateArrivals(cc: CompiledCentre, rng: Rng): Float64Array {
  let total = 0;
  for (let d = 0; d < cc.days; d++) total += cc.dayVolume[d];
  let out = new Float64Array(Math.ceil(total * 1.05 + 10 * Math.sqrt(total) + 64));
  let n = 0;
  const hours = cc.hourWeight.length;
  for (let d = 0; d < cc.days; d++) {
    const base = d * cc.dayMinutes;
    for (let h = 0; h < hours; h++) {
      const lam = cc.dayVolume[d] * cc.hourWeight[h];
      if (lam <= 0) continue;
      const scale = 60 / lam;
      let t = -log(rng.next()) * scale;
      while (t < 60) {
        if (n === out.length) {
          const bigger = new Float64Array(out.length * 2);
          bigger.set(out);
          out = bigger;
        }
        out[n++] = base + h * 60 + t;
        t -= log(rng.next()) * scale;
      }
    }
  }
  return out.subarray(0, n);
}

/**
 * Arrivals of the stage-3 service lines, in time order: counter lines by opening hour (the hour
 * profile, same every day), trading lines uniformly over the period; pure given the streams.
 */
function generateLineArrivals(cc: CompiledCentre, replication: number): { time: Float64Array; line: Int32Array } {
  const times: number[] = [];
  const lines: number[] = [];
  const counters = new Rng(cc.seed, replication, hashString('centre.counters'));
  const trading = new Rng(cc.seed, replication, hashString('centre.trading'));
  for (let k = 0; k < cc.lineKind.length; k++) {
    const perDay = cc.linePerDay[k];
    if (perDay <= 0) continue;
    if (cc.lineKind[k] === 1) {
      for (let d = 0; d < cc.days; d++)
        for (let h = 0; h < cc.hourWeight.length; h++) {
          const lam = perDay * cc.hourWeight[h];
          if (lam <= 0) continue;
          let t = -log(counters.next()) * (60 / lam);
          while (t < 60) {
            times.push(d * cc.dayMinutes + h * 60 + t);
            lines.push(k);
            t -= log(counters.next()) * (60 / lam);
          }
        }
    } else {
      const gap = cc.dayMinutes / perDay;
      const end = cc.days * cc.dayMinutes;
      let t = -log(trading.next()) * gap;
      while (t < end) {
        times.push(t);
        lines.push(k);
        t -= log(trading.next()) * gap;
      }
    }
  }
  const order = times.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
  return { time: Float64Array.from(order, (i) => times[i]), line: Int32Array.from(order, (i) => lines[i]) };
}

/** A growable column of records. */
function grow<T extends Float64Array | Float32Array | Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Runs one replication of a compiled centre: every case walks its route; the records are then
 * reduced to KPIs (DESIGN.md § KPIs), per-station, per-class and per-department metrics and a
 * wait sample. Pure.
 */
export function simulateCentre(cc: CompiledCentre, replication: number, clock: Clock = defaultClock, options: CentreSimulationOptions = {}): ReplicationResult {
  const started = clock();
  const key = replicationKey(cc.seed, replication);
  const arrT = generateArrivals(cc, new Rng(cc.seed, replication, hashString('centre.arrivals')));
  const NA = arrT.length;
  // service-line cases are numbered after the approval cases, so approval cases keep their numbers (and random numbers)
  const lineArr = generateLineArrivals(cc, replication);
  const N = NA + lineArr.time.length;
  const arrivalOf = new Float64Array(N);
  arrivalOf.set(arrT);
  arrivalOf.set(lineArr.time, NA);
  const dayMin = cc.dayMinutes;
  const warmupEnd = cc.warmupDays * dayMin;
  const ops = cc.programOps;
  const args = cc.programArgs;
  const arrives = cc.programArrive;

  // per-case records
  const cItem = new Int32Array(N);
  const cFlags = new Int32Array(N);
  const cProg = new Int32Array(N);
  const cPc = new Int32Array(N);
  const cK = new Uint8Array(N);
  const cPending = new Uint8Array(N);
  const cTrips = new Uint8Array(N);
  const cWasted = new Uint8Array(N);
  /** trips the route adds beyond submitting and collecting: 两头办理, carrying a linked item to a further department */
  const cExtra = new Uint8Array(N);
  const cAttempt = new Uint8Array(N);
  const cVisitN = new Uint8Array(N);
  const cGroup = new Int32Array(N);
  const cKind = new Uint8Array(N);
  const cAccept = new Float64Array(N);
  const cDone = new Float64Array(N);
  const cWait = new Float32Array(N);
  const cLastVisit = new Int32Array(N);
  const cComplaintDays = new Float32Array(N);
  // per-visit records
  let nV = 0;
  let vCase = new Int32Array(Math.max(64, N * 2));
  let vGroup = new Int32Array(vCase.length);
  let vDep = new Int32Array(vCase.length);
  let vKind = new Uint8Array(vCase.length);
  let vOut = new Uint8Array(vCase.length);
  let vEnq = new Float64Array(vCase.length);
  let vStart = new Float64Array(vCase.length);
  let vDur = new Float32Array(vCase.length);
  // per-task records (back offices)
  let nT = 0;
  let tCase = new Int32Array(Math.max(64, N));
  let tStep = new Int32Array(tCase.length);
  let tK = new Uint8Array(tCase.length);
  let tEnq = new Float64Array(tCase.length);
  let tStart = new Float64Array(tCase.length);
  let tEffort = new Float32Array(tCase.length);
  let tEnd = new Float64Array(tCase.length);
  /** a co-reviewing department's limit under 超时默许 (Infinity for the lead department, or without the mechanism) */
  let tLimit = new Float64Array(tCase.length);
  /** sign-off layers a task has entered (0 while in review; LAYERS_DONE when finished or skipped) */
  let tLayer = new Uint8Array(tCase.length);

  // resources
  const G = cc.groupServers.length;
  /** the approval windows (misrouting picks among these; counter lines come after them) */
  let GA = 0;
  while (GA < G && cc.groupCounter[GA] === 0) GA++;
  /** the departments' own offices (a city without a centre: misrouting there costs a trip) */
  const officeGroups: number[] = [];
  for (let g = 0; g < GA; g++) if (cc.groupOffice[g] === 1) officeGroups.push(g);
  const NO = officeGroups.length;
  const B = cc.boServers.length;
  const gBusy = new Int32Array(G);
  const gQueue: KeyedHeap[] = [];
  for (let g = 0; g < G; g++) gQueue.push(new KeyedHeap(256));
  const bBusy = new Int32Array(B);
  /** feedback from complaints: multiplier of each back office's review time (≥ 0.7) */
  const bReview = new Float64Array(B).fill(1);
  const bQueue: KeyedHeap[] = [];
  for (let b = 0; b < B; b++) bQueue.push(new KeyedHeap(256));
  const deskFree = new Float64Array(Math.max(1, cc.desks));
  let sumDesk = 0;
  let nDesk = 0;
  const ev = new KeyedHeap(1 << 14);

  const sSig = sigmaOf(cc.serviceCv);
  const sMu = -0.5 * sSig * sSig;
  const eSig = sigmaOf(cc.effortCv);
  const eMu = -0.5 * eSig * eSig;
  const rSig = sigmaOf(cc.reviewCv);
  const rMu = -0.5 * rSig * rSig;
  let events = 0;
  let now = 0;

  const schedule = (t: number, x: number, type: number) => ev.push(t, (x << 3) | type);
  /** 限时办结: the deadline set at acceptance (the green channel's shorter limit for its cases) */
  const cDeadline = new Float64Array(N);
  /** time a referred item (上报件) spent at the higher level */
  const cUpward = new Float32Array(N);
  const deadlineOf = (c: number) => cDeadline[c];
  const depOfStep = (c: number) => cc.stepDep[cc.itemStepStart[cItem[c]] + cK[c]];
  /** a department's own office (its centre windows when it keeps none) */
  const officeOf = (dep: number) => (cc.depOffice[dep] >= 0 ? cc.depOffice[dep] : cc.depGroup[dep]);
  /** sign-off layers of a task and the in-tray wait before each: the step's, or headquarters' for a case kept at the department's office */
  const layersOf = (t: number) => ((cFlags[tCase[t]] & F_KEPT_OUT) !== 0 ? cc.outsideLayers : cc.stepLayers[tStep[t]]);
  const signWaitOf = (t: number) => ((cFlags[tCase[t]] & F_KEPT_OUT) !== 0 ? cc.outsideSignWaitMin : cc.stepSignWaitMin[tStep[t]]);

  // ---- windows ----
  /** A wasted visit (balked, reneged, sent home): the applicant comes back another day — a new trip. */
  const comeBack = (c: number) => {
    cWasted[c]++;
    cTrips[c]++;
    const a = cAttempt[c] + cWasted[c];
    if (cKind[c] === V_MISROUTE) {
      // left before reaching the right window: next time the applicant goes straight there
      cKind[c] = V_SUBMIT;
      cGroup[c] = cc.itemGroup[cItem[c]];
    }
    schedule(now + cc.returnDelayMin * -log(caseUniform(key, c, P_RETURN + (a & 63))), c, T_QUEUE);
  };
  const startService = (v: number, g: number) => {
    const c = vCase[v];
    const w = now - vEnq[v];
    vStart[v] = now;
    cWait[c] += w;
    if (w > WAIT_STANDARD_MINUTES) cFlags[c] |= F_LONGWAIT;
    const kind = vKind[v];
    const dur = kind !== V_SUBMIT ? cc.pickupMin : cc.itemServiceMin[cItem[c]] * exp(sMu + sSig * caseNormal(key, c, P_SERVICE + (cVisitN[c] & 255)));
    cVisitN[c]++;
    vDur[v] = dur;
    gBusy[g]++;
    schedule(now + dur, v, T_WIN_END);
  };
  const serveNextWindow = (g: number) => {
    const q = gQueue[g];
    const servers = cc.groupServers[g];
    while (q.size > 0 && gBusy[g] < servers) {
      const v = q.pop();
      const c = vCase[v];
      if (cc.patienceMin > 0) {
        const patience = -log(caseUniform(key, c, P_PATIENCE + (cVisitN[c] & 255))) * cc.patienceMin;
        if (now - vEnq[v] > patience) {
          // reneged: left the hall at enqueue + patience
          cWait[c] += patience;
          vOut[v] = OUT_RENEGED;
          vStart[v] = vEnq[v] + patience;
          comeBack(c);
          continue;
        }
      }
      startService(v, g);
    }
  };
  /** The case joins the queue of its current group (cGroup) for its current purpose (cKind). */
  const enqueue = (c: number) => {
    const g = cGroup[c];
    if (nV === vCase.length) {
      const n2 = nV * 2;
      vCase = grow(vCase, n2);
      vGroup = grow(vGroup, n2);
      vDep = grow(vDep, n2);
      vKind = grow(vKind, n2);
      vOut = grow(vOut, n2);
      vEnq = grow(vEnq, n2);
      vStart = grow(vStart, n2);
      vDur = grow(vDur, n2);
    }
    const v = nV++;
    cLastVisit[c] = v;
    vCase[v] = c;
    vGroup[v] = g;
    vDep[v] = cc.groupDep[g] >= 0 ? cc.groupDep[g] : cKind[c] === V_MISROUTE ? -1 : depOfStep(c);
    vKind[v] = cKind[c];
    vOut[v] = OUT_SERVED;
    vEnq[v] = now;
    vStart[v] = -1;
    if (cc.balkQueueLength > 0 && gQueue[g].size >= cc.balkQueueLength) {
      vOut[v] = OUT_BALKED;
      comeBack(c);
      return;
    }
    if (gBusy[g] < cc.groupServers[g] && gQueue[g].size === 0) startService(v, g);
    else gQueue[g].push(((cFlags[c] & F_GREEN) !== 0 ? 0 : NOT_GREEN) + now, v);
  };
  const closeHall = () => {
    for (let g = 0; g < G; g++) {
      const q = gQueue[g];
      while (q.size > 0) {
        const v = q.pop();
        const c = vCase[v];
        cWait[c] += now - vEnq[v];
        if (now - vEnq[v] > WAIT_STANDARD_MINUTES) cFlags[c] |= F_LONGWAIT;
        vOut[v] = OUT_SENT_HOME;
        comeBack(c);
      }
    }
  };

  // ---- back offices ----
  const newTask = (c: number, k: number) => {
    if (nT === tCase.length) {
      const n2 = nT * 2;
      tCase = grow(tCase, n2);
      tStep = grow(tStep, n2);
      tK = grow(tK, n2);
      tEnq = grow(tEnq, n2);
      tStart = grow(tStart, n2);
      tEffort = grow(tEffort, n2);
      tEnd = grow(tEnd, n2);
      tLimit = grow(tLimit, n2);
      tLayer = grow(tLayer, n2);
    }
    const t = nT++;
    tCase[t] = c;
    tK[t] = k;
    tStep[t] = cc.itemStepStart[cItem[c]] + k;
    tStart[t] = -1;
    tEnd[t] = -1;
    tLayer[t] = 0;
    return t;
  };
  const boStart = (t: number, b: number) => {
    const c = tCase[t];
    const layer = tLayer[t];
    if (layer === 0) {
      const effort = cc.stepEffortMin[tStep[t]] * exp(eMu + eSig * caseNormal(key, c, P_EFFORT + (tK[t] & 63)));
      tStart[t] = now;
      tEffort[t] = effort;
      bBusy[b]++;
      schedule(now + effort, t, T_BO_END);
      return;
    }
    // a sign-off layer: the same staff, a shorter task; the task's effort record adds it up
    const effort = cc.signOffMin * exp(eMu + eSig * caseNormal(key, c, P_SIGN + ((tK[t] * 8 + layer) & 63)));
    tEffort[t] += effort;
    bBusy[b]++;
    schedule(now + effort, t, T_BO_END);
  };
  const serveNextBo = (b: number) => {
    const q = bQueue[b];
    const servers = cc.boServers[b];
    while (q.size > 0 && bBusy[b] < servers) {
      const t = q.pop();
      const c = tCase[t];
      if (now > tLimit[t] + 1e-9) {
        // 超时联审默许: a co-reviewing department silent past its limit is deemed to consent
        cFlags[c] |= F_DEEMED;
        if (tLayer[t] === 0) {
          tStart[t] = now;
          tEffort[t] = 0;
        }
        tLayer[t] = LAYERS_DONE;
        schedule(now, t, T_TASK_DONE);
        continue;
      }
      boStart(t, b);
    }
  };
  const boEnter = (t: number) => {
    const c = tCase[t];
    if (tLayer[t] === 0) tEnq[t] = now;
    const b = cc.stepBo[tStep[t]];
    if (bBusy[b] < cc.boServers[b] && bQueue[b].size === 0) boStart(t, b);
    else bQueue[b].push(((cFlags[c] & F_GREEN) !== 0 ? 0 : NOT_GREEN) + (cc.edf ? deadlineOf(c) : now), t);
  };
  /** A department's task: the hand-off to its back office (unless the file just arrived by transfer), then the queue for staff. */
  const beginTask = (c: number, k: number, handedOver: boolean, parallel: boolean) => {
    const t = newTask(c, k);
    const delay = handedOver ? 0 : cc.stepHandoffMin[tStep[t]];
    tEnq[t] = now + delay;
    // 超时联审默许: a department co-reviewing a linked item has its share of the limit (all of it in parallel review)
    const n = cc.itemStepCount[cItem[c]];
    tLimit[t] = cc.deemedApproval && k > 0 && (cFlags[c] & F_ACCEPTED) !== 0 ? now + (deadlineOf(c) - cAccept[c]) / (parallel ? 1 : n) : Infinity;
    if (delay > 0) schedule(now + delay, t, T_BO_ENTER);
    else boEnter(t);
  };

  // ---- the end of a case: ratings and complaints (which feed back on the back office) ----
  const finalize = (c: number) => {
    cFlags[c] |= F_DONE;
    if (cItem[c] >= cc.nItems) return; // service lines: no ratings or complaints modelled
    const f = cFlags[c];
    // extra trips: 两头办理, office to office, and wasted visits
    const extra = cExtra[c] + cWasted[c];
    const overdue = (f & F_OVERDUE) !== 0 ? 1 : 0;
    const longWait = (f & F_LONGWAIT) !== 0 ? 1 : 0;
    const mis = (f & F_MISROUTED) !== 0 ? 1 : 0;
    const r = cc.ratings;
    if (caseUniform(key, c, P_RATED) < r.participation) {
      cFlags[c] |= F_RATED;
      const pBad = r.baseBadP + overdue * r.overdueBadP + extra * r.extraTripBadP + longWait * r.longWaitBadP + mis * r.misroutedBadP;
      if (caseUniform(key, c, P_RATING) < pBad) cFlags[c] |= F_BAD;
    }
    const k = cc.complaints;
    const pC = k.baseP + overdue * k.overdueP + extra * k.extraTripP + longWait * k.longWaitP + mis * k.misroutedP;
    if (caseUniform(key, c, P_COMPLAINT) < pC) {
      cFlags[c] |= F_COMPLAINT;
      // forwarded to separate bodies: a share first reaches the wrong body and is passed on
      let days = k.days * exp(rMu + rSig * caseNormal(key, c, P_COMPLAINT_DAYS));
      if (k.forwarded && caseUniform(key, c, P_MISDIRECT) < k.misdirectShare) days += k.referralDays;
      cComplaintDays[c] = days;
      // supervision: the complaint reaches the offending (first) back office, which speeds up
      if (k.feedbackNow > 0 && cc.itemStepCount[cItem[c]] > 0) {
        const b = cc.stepBo[cc.itemStepStart[cItem[c]]];
        bReview[b] = Math.max(0.7, bReview[b] * (1 - k.feedbackNow));
      }
    }
  };
  /** 办结: the decision; the time a referred item spent at the higher level does not count against the centre's limits. */
  const decideAt = (c: number, t: number) => {
    cFlags[c] |= F_DECIDED;
    cDone[c] = t;
    const own = t - cUpward[c];
    if (own > deadlineOf(c) + 1e-9) cFlags[c] |= F_OVERDUE;
    const i = cItem[c];
    if (own > cAccept[c] + cc.itemLegalMin[i] + 1e-9) cFlags[c] |= F_LATE_LEGAL;
    if (own > cAccept[c] + cc.itemPromisedMin[i] + 1e-9) cFlags[c] |= F_LATE_PROMISED;
  };

  /** A task's review or sign-off layer is over: the next layer (its in-tray, then the staff), or the case walks on. */
  const taskDone = (x: number): void => {
    const c = tCase[x];
    if (tLayer[x] < layersOf(x)) {
      // the next sign-off layer: the file waits in its in-tray, then for the department's staff
      tLayer[x]++;
      let wait = signWaitOf(x);
      if (cc.expediteFloor < 1 && wait > 0 && (cFlags[c] & F_ACCEPTED) !== 0) {
        // the same pressure or alert hurries an at-risk file up the hierarchy, down to the same floor
        const slack = deadlineOf(c) - now - (layersOf(x) - tLayer[x]) * (signWaitOf(x) + cc.signOffMin) - cc.signOffMin;
        if (wait > slack) wait = Math.max(slack, wait * cc.expediteFloor, 0);
      }
      if (wait > 0) schedule(now + wait, x, T_BO_ENTER);
      else boEnter(x);
      return;
    }
    tLayer[x] = LAYERS_DONE;
    tEnd[x] = now;
    if (ops[cPc[c] - 1] === OP_PARALLEL) {
      if (--cPending[c] === 0) walk(c);
    } else walk(c);
  };

  // ---- the route walker: executes steps until one has to wait for time or a resource ----
  const walk = (c: number): void => {
    for (;;) {
      const pc = cPc[c];
      const op = ops[pc];
      if (arrives[pc] === 1) cTrips[c]++;
      switch (op) {
        case OP_DESK: {
          if (cc.desks === 0) break;
          // the pre-ticket queue: first come, first served at the desk that frees first
          let k = 0;
          for (let j = 1; j < cc.desks; j++) if (deskFree[j] < deskFree[k]) k = j;
          const begin = deskFree[k] > now ? deskFree[k] : now;
          deskFree[k] = begin + cc.deskMin;
          if ((cFlags[c] & F_COUNTED) !== 0) {
            nDesk++;
            sumDesk += begin - now;
          }
          cWait[c] += begin - now;
          cPc[c] = pc + 1;
          schedule(begin + cc.deskMin, c, T_RESUME);
          return;
        }
        case OP_VISIT: {
          cKind[c] = V_SUBMIT;
          if (args[pc] === PLACE_HALL) {
            const g = cc.itemGroup[cItem[c]];
            if (g < 0) break; // served where the applicant is (a trading registration): no queue
            // the first hall visit may end at the wrong window first (误导), before the right one
            cGroup[c] = g;
            if ((cFlags[c] & F_MISROUTE_TRIED) === 0) {
              cFlags[c] |= F_MISROUTE_TRIED;
              if (cc.misrouteP > 0 && GA > 1 && g < GA && cItem[c] < cc.nItems && caseUniform(key, c, P_MISROUTE) < cc.misrouteP) {
                cFlags[c] |= F_MISROUTED;
                cKind[c] = V_MISROUTE;
                cGroup[c] = (g + 1 + Math.floor(caseUniform(key, c, P_MISGROUP) * (GA - 1))) % GA;
              }
            }
            enqueue(c);
            return;
          }
          // a department's own office: for a further department the applicant first carries the file there (its hand-off time)
          cGroup[c] = officeOf(depOfStep(c));
          if (cK[c] === 0 && (cFlags[c] & F_MISROUTE_TRIED) === 0) {
            // without a centre, asking at the wrong department's office (误导) means travelling on to the right one
            cFlags[c] |= F_MISROUTE_TRIED;
            if (cc.misrouteP > 0 && NO > 1 && cItem[c] < cc.nItems && caseUniform(key, c, P_MISROUTE) < cc.misrouteP) {
              const own = officeGroups.indexOf(cGroup[c]);
              cFlags[c] |= F_MISROUTED;
              cKind[c] = V_MISROUTE;
              cGroup[c] = officeGroups[(own + 1 + Math.floor(caseUniform(key, c, P_MISGROUP) * (NO - 1))) % NO];
            }
          }
          if (cK[c] > 0) cExtra[c]++;
          if (cK[c] > 0) schedule(now + cc.stepHandoffMin[cc.itemStepStart[cItem[c]] + cK[c]], c, T_QUEUE);
          else enqueue(c);
          return;
        }
        case OP_PICKUP:
          cKind[c] = V_PICKUP;
          cGroup[c] = args[pc] === PLACE_HALL ? cc.itemGroup[cItem[c]] : officeOf(depOfStep(c));
          schedule(now + dayMin * (0.5 + caseUniform(key, c, P_PICKUP)), c, T_QUEUE);
          return;
        case OP_ACCEPT: {
          cAccept[c] = now;
          const lim = cc.itemDeadlineMin[cItem[c]];
          cDeadline[c] = now + ((cFlags[c] & F_GREEN) !== 0 && cc.greenDeadlineMin < lim ? cc.greenDeadlineMin : lim);
          cFlags[c] |= F_ACCEPTED;
          break;
        }
        case OP_ON_SPOT:
          cFlags[c] |= F_ONSPOT;
          break;
        case OP_AWAY: {
          // sent home to complete the materials: the visit that just ended was wasted
          if (args[pc] === 1) {
            vOut[cLastVisit[c]] = OUT_REJECTED;
            cWasted[c]++;
          }
          const a = cAttempt[c] + cWasted[c];
          cPc[c] = pc + 1;
          schedule(now + cc.returnDelayMin * -log(caseUniform(key, c, P_RETURN + (a & 63))), c, T_RESUME);
          return;
        }
        case OP_RETRY: {
          const a = ++cAttempt[c];
          if (caseUniform(key, c, P_MAT + (a & 63)) >= cc.pCompleteRetry && caseUniform(key, c, P_GAP + (a & 63)) >= cc.acceptWithGapsP) {
            cPc[c] = args[pc];
            continue;
          }
          break;
        }
        case OP_BACK_OFFICE:
          cPc[c] = pc + 1;
          beginTask(c, cK[c], args[pc] === 1, false);
          return;
        case OP_SERIAL_NEXT:
          if (cK[c] + 1 < cc.itemStepCount[cItem[c]]) cK[c]++;
          else {
            cPc[c] = args[pc];
            continue;
          }
          break;
        case OP_LOOP:
          cPc[c] = args[pc];
          continue;
        case OP_PARALLEL: {
          const n = cc.itemStepCount[cItem[c]];
          cPc[c] = pc + 1;
          cPending[c] = n;
          for (let k = 0; k < n; k++) beginTask(c, k, false, true);
          return;
        }
        case OP_TRANSFER:
          cPc[c] = pc + 1;
          schedule(now + cc.depTransferMin[depOfStep(c)], c, T_RESUME);
          return;
        case OP_HEADQUARTERS:
          cFlags[c] |= F_TWOEND;
          cExtra[c]++;
          cPc[c] = pc + 1;
          schedule(now + cc.twoEndMin, c, T_RESUME);
          return;
        case OP_UPWARD: {
          const away = cc.referralMin * exp(rMu + rSig * caseNormal(key, c, P_REFERRAL));
          cUpward[c] += away;
          cPc[c] = pc + 1;
          schedule(now + away, c, T_RESUME);
          return;
        }
        case OP_DECIDE:
          if ((cFlags[c] & F_DECIDED) === 0) decideAt(c, now);
          break;
        case OP_SESSION: {
          // a trading transaction: ready after its cycle, then waits for the next scheduled session
          const k = cItem[c] - cc.nItems;
          const ready = now + cc.lineCycleMin[k];
          const every = cc.lineSessionMin[k];
          cPc[c] = pc + 1;
          schedule(every > 0 ? Math.ceil(ready / every - 1e-9) * every : ready, c, T_RESUME);
          return;
        }
        case OP_ARRIVE:
          break;
        case OP_END:
          finalize(c);
          return;
      }
      cPc[c] = pc + 1;
    }
  };

  // closing policy `sendHome`: at each closing time the waiting queues go home (a wasted trip)
  if (cc.sendHomeAtClose) for (let d = 1; d <= cc.days + 400; d++) schedule(d * dayMin - 1e-9, d, T_CLOSE);

  // ---- main loop ----
  const nItems = cc.nItems;
  let pa = 0;
  let px = 0;
  const NX = N - NA;
  // progress by simulated days: the next day boundary to report (never reached without a callback)
  const onDays = options.onDays;
  const everyDays = Math.max(1, Math.floor(options.progressEveryDays ?? 1));
  let daysReported = 0;
  let reportAt = onDays && everyDays < cc.days ? everyDays * dayMin : Infinity;
  for (;;) {
    const ta = pa < NA ? arrT[pa] : Infinity;
    const tx = px < NX ? lineArr.time[px] : Infinity;
    const te = ev.size > 0 ? ev.keys[0] : Infinity;
    if (ta === Infinity && te === Infinity && tx === Infinity) break;
    if (ta >= reportAt && tx >= reportAt && te >= reportAt) {
      // every event before the boundary is done: report the whole days passed (those before the last day)
      const next = Math.min(ta, tx, te);
      while (reportAt <= next && daysReported + everyDays < cc.days) {
        daysReported += everyDays;
        reportAt += everyDays * dayMin;
        onDays!(daysReported, cc.days);
      }
      if (daysReported + everyDays >= cc.days) reportAt = Infinity;
    }
    events++;
    if (tx < ta && tx <= te) {
      // a service-line case (counter request, trading transaction): its service's route
      const c = NA + px;
      const k = lineArr.line[px++];
      now = tx;
      cItem[c] = cc.nItems + k;
      cFlags[c] = now >= warmupEnd ? F_COUNTED : 0;
      const prog = cc.lineProgram[k];
      cProg[c] = prog;
      cPc[c] = cc.programStart[prog];
      cDone[c] = -1;
      walk(c);
      continue;
    }
    if (ta <= te) {
      // a new case: sample its attributes, look up its route, start walking
      const c = pa++;
      now = ta;
      const u = caseUniform(key, c, P_ITEM);
      let lo = 0;
      let hi = nItems - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cc.itemCum[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      cItem[c] = lo;
      let f = now >= warmupEnd ? F_COUNTED : 0;
      if (cc.greenP > 0 && caseUniform(key, c, P_GREEN) < cc.greenP) f |= F_GREEN;
      const base = lo * ROUTE_VARIANTS;
      let variant = 0;
      if (cc.itemRoute[base + ROUTE_ONLINE + ROUTE_COMPLETE] >= 0) {
        f |= F_ONLINE_AVAILABLE;
        if (caseUniform(key, c, P_CHANNEL) < cc.onlineAdoption) {
          f |= F_ONLINE;
          variant |= ROUTE_ONLINE;
          if (caseUniform(key, c, P_VERIFY) < cc.verificationP) variant |= ROUTE_VERIFY;
        }
      }
      if (caseUniform(key, c, P_MAT) < cc.pCompleteFirst) variant |= ROUTE_COMPLETE;
      else if (caseUniform(key, c, P_GAP) < cc.acceptWithGapsP) variant |= ROUTE_GAPS;
      if (cc.itemHqP[lo] > 0 && caseUniform(key, c, P_HQ) < cc.itemHqP[lo]) variant |= ROUTE_HQ;
      if (cc.itemAuthP[lo] >= 1 || caseUniform(key, c, P_AUTH) < cc.itemAuthP[lo]) variant |= ROUTE_AUTH;
      if (cc.itemOutP[lo] > 0 && caseUniform(key, c, P_OUTSIDE) < cc.itemOutP[lo]) {
        // kept at the department's own office (体外循环): the baseline's route there, never online
        variant = (variant & ~(ROUTE_ONLINE | ROUTE_VERIFY)) | ROUTE_OUTSIDE;
        f |= F_KEPT_OUT;
        f &= ~F_ONLINE;
      }
      cFlags[c] = f;
      const prog = cc.itemRoute[base + variant];
      cProg[c] = prog;
      cPc[c] = cc.programStart[prog];
      if (cc.programInCentre[prog] === 1) cFlags[c] |= F_INCENTRE;
      cDone[c] = -1;
      walk(c);
      continue;
    }
    now = te;
    const code = ev.pop();
    const x = code >>> 3;
    switch (code & 7) {
      case T_RESUME:
        walk(x);
        break;
      case T_QUEUE:
        enqueue(x);
        break;
      case T_WIN_END: {
        const c = vCase[x];
        const g = vGroup[x];
        gBusy[g]--;
        serveNextWindow(g);
        if (cKind[c] === V_MISROUTE) {
          // at the wrong window: sent on to the right one in the same hall (no new trip); at the wrong office, on to the right office (a trip)
          cKind[c] = V_SUBMIT;
          if (cc.groupOffice[g] === 1) {
            cGroup[c] = officeOf(depOfStep(c));
            vOut[x] = OUT_REJECTED;
            cWasted[c]++;
            cTrips[c]++;
          } else cGroup[c] = cc.itemGroup[cItem[c]];
          enqueue(c);
        } else {
          cPc[c]++;
          walk(c);
        }
        break;
      }
      case T_BO_ENTER:
        boEnter(x);
        break;
      case T_BO_END: {
        const c = tCase[x];
        const s = tStep[x];
        const b = cc.stepBo[s];
        bBusy[b]--;
        serveNextBo(b);
        if (tLayer[x] > 0) {
          // a layer signed: on to the next one
          taskDone(x);
          break;
        }
        let review = cc.stepReviewMin[s] * bReview[b] * exp(rMu + rSig * caseNormal(key, c, P_REVIEW + (tK[x] & 63)));
        // 网上审批: pre-checked online and passed on electronically, an online case's review is shorter
        if ((cFlags[c] & F_ONLINE) !== 0) review *= cc.onlineReviewFactor;
        if (cc.expediteFloor < 1 && (cFlags[c] & F_ACCEPTED) !== 0) {
          // 限时办结 (pressure) or 电子监察 (an alert): a review whose decision (after its sign-off layers) would come past the deadline is hurried, down to a floor
          const slack = deadlineOf(c) - now - layersOf(x) * (signWaitOf(x) + cc.signOffMin);
          if (review > slack) review = Math.max(slack, review * cc.expediteFloor);
        }
        if (now + review > tLimit[x]) {
          // 超时联审默许: the co-reviewer's silence at its limit is consent; its lateness is recorded
          review = Math.max(0, tLimit[x] - now);
          cFlags[c] |= F_DEEMED;
          tLayer[x] = LAYERS_DONE;
        }
        schedule(now + review, x, T_TASK_DONE);
        break;
      }
      case T_TASK_DONE:
        taskDone(x);
        break;
      case T_CLOSE:
        closeHall();
        // stop the close events once nothing else is pending
        if (pa >= NA && px >= NX && ev.size > 0 && ev.size === countCloses(ev)) ev.size = 0;
        break;
    }
  }

  onDays?.(cc.days, cc.days);

  const records: CentreRecords = {
    nCases: N,
    arrival: arrivalOf,
    item: cItem,
    flags: cFlags,
    program: cProg,
    trips: cTrips,
    wasted: cWasted,
    accepted: cAccept,
    decided: cDone,
    wait: cWait,
    complaintDays: cComplaintDays,
    nVisits: nV,
    visitCase: vCase,
    visitGroup: vGroup,
    visitDep: vDep,
    visitKind: vKind,
    visitOutcome: vOut,
    visitEnqueued: vEnq,
    visitStarted: vStart,
    visitMinutes: vDur,
    nTasks: nT,
    taskCase: tCase,
    taskStep: tStep,
    taskEnqueued: tEnq,
    taskStarted: tStart,
    taskEffort: tEffort,
    taskEnded: tEnd,
    preTicketWaitMinutes: nDesk > 0 ? sumDesk / nDesk : 0,
  };
  const reduced = reduceCentre(cc, records);
  return {
    replication,
    kpis: reduced.kpis,
    stations: reduced.stations,
    classes: reduced.classes,
    departments: reduced.departments,
    events,
    waits: reduced.waits,
    kpiBasis: reduced.kpiBasis,
    charts: reduceCentreCharts(cc, records),
    engineSeconds: clock() - started,
    ...(options.recordDay !== undefined ? { records: dayRecords(records, options.recordDay, dayMin) } : {}),
  };
}
