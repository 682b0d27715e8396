/**
 * simulateCentre: one replication of a compiled centre — every case's journey of DESIGN.md
 * § The centre model as a discrete-event simulation on a working-minute clock (opening hours ×
 * working days; back-office durations in working days of that clock). Cases are numbered in
 * arrival order; their state lives in typed arrays (no object per case, no closure per event);
 * per-case random numbers come from a counter-based hash of (replication, case, purpose), so two
 * scenarios with the same demand share random numbers case by case (common random numbers).
 * Pure: the result depends on (compiled, replication) only; `clock` is read for engineSeconds alone.
 */
import type { ReplicationResult } from '../types';
import { type Clock, defaultClock } from '../run/clock';
import { Rng, hashString } from '../random/rng';
import { caseNormal as caseNormalImport, caseUniform as caseUniformImport, replicationKey } from './caseRandom';
import type { CompiledCentre } from './compileCentre';
import { KeyedHeap } from './keyedHeap';
import { ITEM_CLASSES } from '../../domain/vocabulary';

// event types (low 3 bits of an event code)
const T_HALL = 0;
const T_WIN_END = 1;
const T_BO_ENTER = 2;
const T_BO_END = 3;
const T_STEP_DONE = 4;
const T_DECIDED = 5;
const T_ONLINE = 6;
const T_CLOSE = 7;
// what a window visit is for
const V_ACCEPT = 0;
const V_PICKUP = 1;
const V_STEP = 2;
const V_MISROUTE = 3;
/** marks a visit that has been through the desk and now takes its ticket */
const V_DESK_DONE = 16;
// case flags
const F_ONLINE = 1;
const F_GREEN = 2;
const F_LONGWAIT = 4;
const F_MISROUTED = 8;
const F_TWOEND = 16;
const F_OVERDUE = 32;
const F_DEEMED = 64;
const F_ONSPOT = 128;
const F_COUNTED = 256;
const F_DECIDED = 512;
const F_INCENTRE = 1024;
// purposes of per-case random numbers (spaced so that indices can be added)
const P_ITEM = 0;
const P_CHANNEL = 1;
const P_GREEN = 2;
const P_MISROUTE = 3;
const P_MISGROUP = 4;
const P_ONSPOT = 5;
const P_VERIFY = 6;
const P_RATED = 7;
const P_RATING = 8;
const P_COMPLAINT = 9;
const P_COMPLAINT_DAYS = 10;
const P_MISDIRECT = 11;
const P_PICKUP = 12;
const P_REFERRAL = 13;
const P_MAT = 64;
const P_GAP = 128;
const P_RETURN = 192;
const P_SERVICE = 256;
const P_PATIENCE = 512;
const P_TWOEND = 768;
const P_EFFORT = 832;
const P_REVIEW = 896;

// local bindings: module loaders that compile to CommonJS (tsx) turn imported calls into getter calls
const caseUniform = caseUniformImport;
const caseNormal = caseNormalImport;

/** Priority offset: green-channel entries sort before all others in a queue. */
const NOT_GREEN = 1e12;
const WAIT_BIN = 0.25;
const WAIT_BINS = 2400;
const LEAD_BIN = 0.05;
const LEAD_BINS = 6000;
const MAX_WAIT_SAMPLE = 20_000;

const sigmaOf = (cv: number) => Math.sqrt(Math.log(1 + cv * cv));

/** Quantile from a histogram whose bin 0 holds exact zeros and bin i ≥ 1 holds [(i−1)·bin, i·bin). */
function quantileOf(hist: Float64Array, bin: number, q: number): number {
  let total = 0;
  for (let i = 0; i < hist.length; i++) total += hist[i];
  if (total === 0) return 0;
  const target = q * total;
  let acc = 0;
  for (let i = 0; i < hist.length; i++) {
    if (acc + hist[i] >= target) return i === 0 ? 0 : (i - 1 + (target - acc) / hist[i]) * bin;
    acc += hist[i];
  }
  return (hist.length - 1) * bin;
}

/** How many pending events are closing-time events (only called at closing time). */
function countCloses(ev: KeyedHeap): number {
  let n = 0;
  for (let i = 0; i < ev.size; i++) if ((ev.vals[i] & 7) === T_CLOSE) n++;
  return n;
}

/** Generates the day's arrivals: piecewise-constant Poisson rates by opening hour; pure given rng. */
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
      let t = -Math.log(rng.next()) * scale;
      while (t < 60) {
        if (n === out.length) {
          const bigger = new Float64Array(out.length * 2);
          bigger.set(out);
          out = bigger;
        }
        out[n++] = base + h * 60 + t;
        t -= Math.log(rng.next()) * scale;
      }
    }
  }
  return out.subarray(0, n);
}

/**
 * Runs one replication of a compiled centre and reduces it to KPIs (DESIGN.md § KPIs),
 * per-station and per-class metrics and a wait sample. Pure.
 */
export function simulateCentre(cc: CompiledCentre, replication: number, clock: Clock = defaultClock): ReplicationResult {
  const started = clock();
  const key = replicationKey(cc.seed, replication);
  const arrT = generateArrivals(cc, new Rng(cc.seed, replication, hashString('centre.arrivals')));
  const N = arrT.length;
  const dayMin = cc.dayMinutes;
  const horizon = cc.days * dayMin;
  const warmupEnd = cc.warmupDays * dayMin;

  // per-case state
  const cItem = new Int32Array(N);
  const cFlags = new Int32Array(N);
  const cGroup = new Int32Array(N);
  const cTrips = new Uint8Array(N);
  const cRej = new Uint8Array(N);
  /** trips beyond submission and pickup: 两头办理, office-to-office (跑断腿) */
  const cExtra = new Uint8Array(N);
  const cAttempt = new Uint8Array(N);
  const cVisit = new Uint8Array(N);
  const cVisitN = new Uint8Array(N);
  const cStep = new Uint8Array(N);
  const cPending = new Uint8Array(N);
  const cEnq = new Float64Array(N);
  const cAccept = new Float64Array(N);
  const cWait = new Float32Array(N);

  // stations
  const G = cc.groupServers.length;
  const B = cc.boServers.length;
  const gBusy = new Int32Array(G);
  const gBusyMin = new Float64Array(G);
  const gVisits = new Float64Array(G);
  const gWaitSum = new Float64Array(G);
  const gQueue: KeyedHeap[] = [];
  for (let g = 0; g < G; g++) gQueue.push(new KeyedHeap(256));
  const bBusy = new Int32Array(B);
  const bBusyMin = new Float64Array(B);
  /** feedback from complaints: multiplier of each back office's review time (≥ 0.7) */
  const bReview = new Float64Array(B).fill(1);
  const bQueue: KeyedHeap[] = [];
  for (let b = 0; b < B; b++) bQueue.push(new KeyedHeap(256));
  const ev = new KeyedHeap(1 << 14);

  const sSig = sigmaOf(cc.serviceCv);
  const sMu = -0.5 * sSig * sSig;
  const eSig = sigmaOf(cc.effortCv);
  const eMu = -0.5 * eSig * eSig;
  const rSig = sigmaOf(cc.reviewCv);
  const rMu = -0.5 * rSig * rSig;

  // accumulators (counted cases only)
  let nCases = 0;
  let nDecided = 0;
  let sumTrips = 0;
  let sumRej = 0;
  let nAtMostOne = 0;
  let nZero = 0;
  let nOnSpot = 0;
  let nOnTime = 0;
  let nOverdue = 0;
  let nDeemed = 0;
  let sumLead = 0;
  let sumLeadNonSpot = 0;
  let nNonSpot = 0;
  let sumLegal = 0;
  let sumPromised = 0;
  let nOnline = 0;
  let nOnlineAvail = 0;
  let nVisits = 0;
  let sumWait = 0;
  let nWithin15 = 0;
  let nTwoEnd = 0;
  let nMisrouted = 0;
  let nComplaints = 0;
  let sumComplaintDays = 0;
  let nRated = 0;
  let nBad = 0;
  let sumApplicantHours = 0;
  let nGreen = 0;
  let sumGreenWait = 0;
  let nGreenVisits = 0;
  let sumOtherWait = 0;
  let nOtherVisits = 0;
  let nInCentre = 0;
  let nDesk = 0;
  let sumDesk = 0;
  let events = 0;
  const waitHist = new Float64Array(WAIT_BINS + 2);
  const leadHist = new Float64Array(LEAD_BINS + 2);
  const classN = new Float64Array(4);
  const classTrips = new Float64Array(4);
  const classLead = new Float64Array(4);
  const classOverdue = new Float64Array(4);
  const classOnSpot = new Float64Array(4);
  const waitStride = Math.max(1, Math.ceil((N * 1.6) / MAX_WAIT_SAMPLE));
  const waits = new Float64Array(MAX_WAIT_SAMPLE);
  let nWaits = 0;
  let visitSeq = 0;
  let now = 0;

  const deadlineOf = (c: number) => {
    const i = cItem[c];
    const lim = cc.itemDeadlineMin[i];
    return cAccept[c] + ((cFlags[c] & F_GREEN) !== 0 && cc.greenDeadlineMin < lim ? cc.greenDeadlineMin : lim);
  };
  const schedule = (t: number, x: number, type: number) => ev.push(t, (x << 3) | type);
  const returnLater = (c: number, type: number) => {
    if (cVisit[c] === V_MISROUTE) {
      // left before reaching the right window: next time the applicant goes straight there
      cVisit[c] = V_ACCEPT;
      cGroup[c] = cc.itemGroup[cItem[c]];
    }
    const a = cAttempt[c] + cRej[c];
    schedule(now + cc.returnDelayMin * -Math.log(caseUniform(key, c, P_RETURN + (a & 63))), c, type);
  };

  // ---- windows ----
  const startService = (c: number, g: number) => {
    const w = now - cEnq[c];
    const f = cFlags[c];
    if ((f & F_COUNTED) !== 0) {
      nVisits++;
      sumWait += w;
      if (w <= 15) nWithin15++;
      waitHist[w <= 0 ? 0 : Math.min(WAIT_BINS, 1 + Math.floor(w / WAIT_BIN))]++;
      gVisits[g]++;
      gWaitSum[g] += w;
      if ((f & F_GREEN) !== 0) {
        sumGreenWait += w;
        nGreenVisits++;
      } else {
        sumOtherWait += w;
        nOtherVisits++;
      }
      if (visitSeq++ % waitStride === 0 && nWaits < MAX_WAIT_SAMPLE) waits[nWaits++] = w;
    }
    cWait[c] += w;
    if (w > 15) cFlags[c] |= F_LONGWAIT;
    const v = cVisit[c];
    let dur: number;
    if (v === V_PICKUP || v === V_MISROUTE) dur = cc.pickupMin;
    else dur = cc.itemServiceMin[cItem[c]] * Math.exp(sMu + sSig * caseNormal(key, c, P_SERVICE + (cVisitN[c] & 255)));
    cVisitN[c]++;
    gBusy[g]++;
    if (now < horizon) gBusyMin[g] += dur;
    schedule(now + dur, c, T_WIN_END);
  };
  const serveNextWindow = (g: number) => {
    const q = gQueue[g];
    const servers = cc.groupServers[g];
    while (q.size > 0 && gBusy[g] < servers) {
      const c = q.pop();
      if (cc.patienceMin > 0) {
        const patience = -Math.log(caseUniform(key, c, P_PATIENCE + (cVisitN[c] & 255))) * cc.patienceMin;
        if (now - cEnq[c] > patience) {
          // reneged: left the hall at cEnq + patience; a wasted trip, back another day
          cWait[c] += patience;
          cRej[c]++;
          returnLater(c, T_HALL);
          continue;
        }
      }
      startService(c, g);
    }
  };
  const enqueueWindow = (c: number) => {
    const g = cGroup[c];
    cEnq[c] = now;
    if (gBusy[g] < cc.groupServers[g] && gQueue[g].size === 0) startService(c, g);
    else gQueue[g].push(((cFlags[c] & F_GREEN) !== 0 ? 0 : NOT_GREEN) + now, c);
  };
  const deskFree = new Float64Array(Math.max(1, cc.desks));
  const hallArrive = (c: number) => {
    const g = cGroup[c];
    if (cc.desks > 0 && cc.groupOffice[g] === 0) {
      if ((cVisit[c] & V_DESK_DONE) === 0) {
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
        cVisit[c] |= V_DESK_DONE;
        schedule(begin + cc.deskMin, c, T_HALL);
        return;
      }
      cVisit[c] &= ~V_DESK_DONE;
    }
    if (cc.balkQueueLength > 0 && gQueue[g].size >= cc.balkQueueLength) {
      cRej[c]++;
      returnLater(c, T_HALL);
      return;
    }
    if (cVisit[c] === V_ACCEPT && cAttempt[c] === 0 && cc.misrouteP > 0 && G > 1 && caseUniform(key, c, P_MISROUTE) < cc.misrouteP) {
      cFlags[c] |= F_MISROUTED;
      cVisit[c] = V_MISROUTE;
      cGroup[c] = (g + 1 + Math.floor(caseUniform(key, c, P_MISGROUP) * (G - 1))) % G;
    }
    enqueueWindow(c);
  };

  // ---- decisions ----
  const finalize = (c: number) => {
    const f = cFlags[c];
    if ((f & F_COUNTED) === 0) return;
    const trips = cTrips[c];
    const rej = cRej[c];
    const cls = cc.itemClass[cItem[c]];
    sumTrips += trips;
    sumRej += rej;
    if (trips <= 1) nAtMostOne++;
    if (trips === 0) nZero++;
    classTrips[cls] += trips;
    if ((f & F_TWOEND) !== 0) nTwoEnd++;
    if ((f & F_MISROUTED) !== 0) nMisrouted++;
    sumApplicantHours += (trips + rej) * cc.travelHours + cWait[c] / 60;
    const extra = cExtra[c] + rej;
    const overdue = (f & F_OVERDUE) !== 0 ? 1 : 0;
    const longWait = (f & F_LONGWAIT) !== 0 ? 1 : 0;
    const mis = (f & F_MISROUTED) !== 0 ? 1 : 0;
    const r = cc.ratings;
    if (caseUniform(key, c, P_RATED) < r.participation) {
      nRated++;
      const pBad = r.baseBadP + overdue * r.overdueBadP + extra * r.extraTripBadP + longWait * r.longWaitBadP + mis * r.misroutedBadP;
      if (caseUniform(key, c, P_RATING) < pBad) nBad++;
    }
    const k = cc.complaints;
    const pC = k.baseP + overdue * k.overdueP + extra * k.extraTripP + longWait * k.longWaitP + mis * k.misroutedP;
    if (caseUniform(key, c, P_COMPLAINT) < pC) {
      nComplaints++;
      // six separate bodies: a share of complaints first reaches the wrong body and is passed on
      let days = k.days * Math.exp(rMu + rSig * caseNormal(key, c, P_COMPLAINT_DAYS));
      if (k.days === k.resolutionDays.separate && caseUniform(key, c, P_MISDIRECT) < k.misdirectShare) days += k.referralDays;
      sumComplaintDays += days;
      // supervision: the complaint reaches the offending (first) back office, which speeds up
      if (k.feedbackNow > 0 && cc.itemStepCount[cItem[c]] > 0) {
        const b = cc.stepBo[cc.itemStepStart[cItem[c]]];
        bReview[b] = Math.max(0.7, bReview[b] * (1 - k.feedbackNow));
      }
    }
  };
  const handOver = (c: number) => {
    const f = cFlags[c];
    if ((f & F_ONSPOT) !== 0 || cc.delivery) {
      finalize(c);
    } else if (cc.itemOwnOffice[cItem[c]] === 1) {
      cTrips[c]++; // collect the result at the department's office
      finalize(c);
    } else {
      cVisit[c] = V_PICKUP;
      cGroup[c] = cc.itemGroup[cItem[c]];
      schedule(now + dayMin * (0.5 + caseUniform(key, c, P_PICKUP)), c, T_HALL);
    }
  };
  const record = (c: number, done: number) => {
    const f = cFlags[c];
    if ((f & F_COUNTED) === 0) return;
    const i = cItem[c];
    const cls = cc.itemClass[i];
    const lead = (done - cAccept[c]) / dayMin;
    nDecided++;
    classN[cls]++;
    sumLead += lead;
    classLead[cls] += lead;
    leadHist[lead <= 0 ? 0 : Math.min(LEAD_BINS, 1 + Math.floor(lead / LEAD_BIN))]++;
    sumLegal += cc.itemLegalMin[i] / dayMin;
    sumPromised += cc.itemPromisedMin[i] / dayMin;
    if ((f & F_ONSPOT) !== 0) {
      nOnSpot++;
      classOnSpot[cls]++;
    } else {
      sumLeadNonSpot += lead;
      nNonSpot++;
    }
    if ((f & F_DEEMED) !== 0) nDeemed++;
    else if ((f & F_OVERDUE) !== 0) {
      nOverdue++;
      classOverdue[cls]++;
    } else nOnTime++;
    if ((f & F_INCENTRE) !== 0) nInCentre++;
  };
  const decide = (c: number) => {
    cFlags[c] |= F_DECIDED;
    if (now > deadlineOf(c) + 1e-9) cFlags[c] |= F_OVERDUE;
    record(c, now);
    handOver(c);
  };
  /** 超时默许: not decided by the deadline → deemed approved at the deadline (noticed lazily). */
  const deem = (c: number) => {
    cFlags[c] |= F_DECIDED | F_DEEMED;
    record(c, deadlineOf(c));
    handOver(c);
  };
  const pastDeadline = (c: number) => cc.deemedApproval && now > deadlineOf(c) + 1e-9;

  // ---- back offices ----
  const boStart = (x: number, b: number) => {
    const c = x >> 6;
    const s = cc.itemStepStart[cItem[c]] + (x & 63);
    const effort = cc.stepEffortMin[s] * Math.exp(eMu + eSig * caseNormal(key, c, P_EFFORT + (x & 63)));
    bBusy[b]++;
    if (now < horizon) bBusyMin[b] += effort;
    schedule(now + effort, x, T_BO_END);
  };
  const serveNextBo = (b: number) => {
    const q = bQueue[b];
    const servers = cc.boServers[b];
    while (q.size > 0 && bBusy[b] < servers) {
      const x = q.pop();
      const c = x >> 6;
      if ((cFlags[c] & F_DECIDED) !== 0) continue;
      if (pastDeadline(c)) {
        deem(c);
        continue;
      }
      boStart(x, b);
    }
  };
  const boEnter = (x: number) => {
    const c = x >> 6;
    if ((cFlags[c] & F_DECIDED) !== 0) return;
    if (pastDeadline(c)) {
      deem(c);
      return;
    }
    const b = cc.stepBo[cc.itemStepStart[cItem[c]] + (x & 63)];
    if (bBusy[b] < cc.boServers[b] && bQueue[b].size === 0) boStart(x, b);
    else bQueue[b].push(((cFlags[c] & F_GREEN) !== 0 ? 0 : NOT_GREEN) + (cc.edf ? deadlineOf(c) : now), x);
  };
  const stepBegin = (c: number, k: number) => {
    const s = cc.itemStepStart[cItem[c]] + k;
    const x = (c << 6) | k;
    const office = cc.stepOfficeGroup[s];
    if (office >= 0) {
      // dispersed: collect the previous office's result, then queue at the next office
      cTrips[c]++;
      cExtra[c] += 2;
      cStep[c] = k;
      cVisit[c] = V_STEP;
      cGroup[c] = office;
      schedule(now + cc.stepHandoffMin[s], c, T_HALL);
      return;
    }
    let delay = cc.stepHandoffMin[s];
    const p2 = cc.stepTwoEndP[s];
    if (p2 > 0 && caseUniform(key, c, P_TWOEND + k) < p2) {
      // 两头办理: the applicant must also go to the department's headquarters
      cTrips[c]++;
      cExtra[c]++;
      cFlags[c] |= F_TWOEND;
      delay += cc.twoEndMin;
    }
    if (delay > 0) schedule(now + delay, x, T_BO_ENTER);
    else boEnter(x);
  };
  const afterSteps = (c: number) => {
    if (cc.itemReferred[cItem[c]] === 1) schedule(now + cc.referralMin * Math.exp(rMu + rSig * caseNormal(key, c, P_REFERRAL)), c, T_DECIDED);
    else decide(c);
  };
  const stepDone = (x: number) => {
    const c = x >> 6;
    if ((cFlags[c] & F_DECIDED) !== 0) return;
    if (pastDeadline(c)) {
      deem(c);
      return;
    }
    const i = cItem[c];
    if (cc.itemParallel[i] === 1) {
      if (--cPending[c] === 0) afterSteps(c);
    } else if ((x & 63) + 1 < cc.itemStepCount[i]) stepBegin(c, (x & 63) + 1);
    else afterSteps(c);
  };
  const accept = (c: number) => {
    cAccept[c] = now;
    const i = cItem[c];
    const pSpot = cc.itemOnSpotP[i];
    if (pSpot > 0 && caseUniform(key, c, P_ONSPOT) < pSpot) {
      cFlags[c] |= F_ONSPOT | (cc.itemOwnOffice[i] === 0 ? F_INCENTRE : 0);
      decide(c);
      return;
    }
    let inCentre = true;
    const n = cc.itemStepCount[i];
    const s0 = cc.itemStepStart[i];
    for (let k = 0; k < n; k++) if (cc.stepStationing[s0 + k] < 2) inCentre = false; // absent, reception
    if (inCentre) cFlags[c] |= F_INCENTRE;
    if (cc.itemParallel[i] === 1) {
      cPending[c] = n;
      for (let k = 0; k < n; k++) stepBegin(c, k);
    } else stepBegin(c, 0);
  };
  const materialsComplete = (c: number) => {
    const a = cAttempt[c]++;
    const p = a === 0 ? cc.pCompleteFirst : cc.pCompleteRetry;
    if (caseUniform(key, c, P_MAT + (a & 63)) < p) return true;
    return caseUniform(key, c, P_GAP + (a & 63)) < cc.acceptWithGapsP; // 容缺受理
  };
  const windowEnd = (c: number) => {
    const g = cGroup[c];
    gBusy[g]--;
    serveNextWindow(g);
    const v = cVisit[c];
    if (v === V_MISROUTE) {
      cVisit[c] = V_ACCEPT;
      cGroup[c] = cc.itemGroup[cItem[c]];
      enqueueWindow(c);
    } else if (v === V_ACCEPT) {
      if (!materialsComplete(c)) {
        cRej[c]++; // rejected: not a trip under the Zhejiang definition, counted apart
        returnLater(c, T_HALL);
        return;
      }
      cTrips[c]++;
      accept(c);
    } else if (v === V_PICKUP) {
      cTrips[c]++;
      finalize(c);
    } else {
      cTrips[c]++;
      boEnter((c << 6) | cStep[c]);
    }
  };
  const online = (c: number) => {
    if (!materialsComplete(c)) {
      returnLater(c, T_ONLINE); // resubmitted online: no trip
      return;
    }
    if (caseUniform(key, c, P_VERIFY) < cc.verificationTripP) cTrips[c]++;
    accept(c);
  };

  // closing policy `sendHome`: at each closing time the waiting queues go home (a wasted trip)
  if (cc.sendHomeAtClose) for (let d = 1; d <= cc.days + 400; d++) schedule(d * dayMin - 1e-9, d, T_CLOSE);
  const closeHall = () => {
    for (let g = 0; g < G; g++) {
      const q = gQueue[g];
      while (q.size > 0) {
        const c = q.pop();
        cWait[c] += now - cEnq[c];
        if (now - cEnq[c] > 15) cFlags[c] |= F_LONGWAIT;
        cRej[c]++;
        returnLater(c, T_HALL);
      }
    }
  };

  // ---- main loop ----
  const nItems = cc.nItems;
  let pa = 0;
  for (;;) {
    const ta = pa < N ? arrT[pa] : Infinity;
    const te = ev.size > 0 ? ev.keys[0] : Infinity;
    if (ta === Infinity && te === Infinity) break;
    events++;
    if (ta <= te) {
      const c = pa++;
      now = ta;
      // choose the item by its share of volume
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
      const isOnline = cc.online && cc.itemOnline[lo] === 1;
      if (isOnline && caseUniform(key, c, P_CHANNEL) < cc.onlineAdoption) f |= F_ONLINE;
      cFlags[c] = f;
      if ((f & F_COUNTED) !== 0) {
        nCases++;
        if (isOnline) nOnlineAvail++;
        if ((f & F_ONLINE) !== 0) nOnline++;
        if ((f & F_GREEN) !== 0) nGreen++;
      }
      if ((f & F_ONLINE) !== 0) online(c);
      else {
        cVisit[c] = V_ACCEPT;
        cGroup[c] = cc.itemGroup[lo];
        hallArrive(c);
      }
      continue;
    }
    now = te;
    const code = ev.pop();
    const x = code >>> 3;
    switch (code & 7) {
      case T_HALL:
        hallArrive(x);
        break;
      case T_WIN_END:
        windowEnd(x);
        break;
      case T_BO_ENTER:
        boEnter(x);
        break;
      case T_BO_END: {
        const c = x >> 6;
        const s = cc.itemStepStart[cItem[c]] + (x & 63);
        const b = cc.stepBo[s];
        bBusy[b]--;
        serveNextBo(b);
        let review = cc.stepReviewMin[s] * bReview[b] * Math.exp(rMu + rSig * caseNormal(key, c, P_REVIEW + (x & 63)));
        if (cc.expediteFloor < 1) {
          // 电子监察: an alert hurries a review that would end past the deadline, down to a floor
          const slack = deadlineOf(c) - now - cc.stepBackMin[s];
          if (review > slack) review = Math.max(slack, review * cc.expediteFloor);
        }
        schedule(now + review + cc.stepBackMin[s], x, T_STEP_DONE);
        break;
      }
      case T_STEP_DONE:
        stepDone(x);
        break;
      case T_DECIDED:
        if ((cFlags[x] & F_DECIDED) !== 0) break;
        if (pastDeadline(x)) deem(x);
        else decide(x);
        break;
      case T_ONLINE:
        online(x);
        break;
      case T_CLOSE:
        closeHall();
        // stop the close events once nothing else is pending
        if (pa >= N && ev.size > 0 && ev.size === countCloses(ev)) ev.size = 0;
        break;
    }
  }

  // ---- reduce ----
  const days = cc.days - cc.warmupDays;
  const winCap = cc.groupServers.reduce((a, b) => a + b, 0) * horizon;
  const boCap = cc.boServers.reduce((a, b) => a + b, 0) * horizon;
  const nz = (a: number, b: number) => (b > 0 ? a / b : 0);
  const kpis: Record<string, number> = {
    casesArrived: nCases,
    casesCompleted: nDecided,
    throughputPerDay: nz(nDecided, days),
    meanWaitMinutes: nz(sumWait, nVisits),
    preTicketWaitMinutes: nz(sumDesk, nDesk),
    p90WaitMinutes: quantileOf(waitHist, WAIT_BIN, 0.9),
    waitWithin15MinRate: nz(nWithin15, nVisits),
    leadTimeDays: nz(sumLead, nDecided),
    p90LeadTimeDays: quantileOf(leadHist, LEAD_BIN, 0.9),
    promisedLeadTimeDays: nz(sumLeadNonSpot, nNonSpot),
    tripsPerCase: nz(sumTrips, nCases),
    atMostOneTripRate: nz(nAtMostOne, nCases),
    zeroTripRate: nz(nZero, nCases),
    rejectedTripsPerCase: nz(sumRej, nCases),
    twoEndRate: nz(nTwoEnd, nCases),
    misroutedRate: nz(nMisrouted, nCases),
    onTheSpotRate: nz(nOnSpot, nDecided),
    onTimeRate: nz(nOnTime, nDecided),
    overdueRate: nz(nOverdue, nDecided),
    deemedApprovalRate: nz(nDeemed, nDecided),
    promisedLimitCompression: sumLegal > 0 ? 1 - sumPromised / sumLegal : 0,
    actualSpeedup: sumLegal > 0 ? 1 - sumLead / sumLegal : 0,
    onlineRate: nz(nOnline, nCases),
    onlineAvailableRate: nz(nOnlineAvail, nCases),
    greenChannelRate: nz(nGreen, nCases),
    greenWaitMinutes: nz(sumGreenWait, nGreenVisits),
    otherWaitMinutes: nz(sumOtherWait, nOtherVisits),
    complaintsPer10k: nz(nComplaints * 10_000, nCases),
    complaintResolutionDays: nz(sumComplaintDays, nComplaints),
    badRatingRate: nz(nBad, nRated),
    windowUtilisation: nz(gBusyMin.reduce((a, b) => a + b, 0), winCap),
    backOfficeUtilisation: nz(bBusyMin.reduce((a, b) => a + b, 0), boCap),
    staff: cc.staff,
    windows: cc.windows,
    costPerCase: nz(cc.annualCost * (days / cc.workingDaysPerYear), nDecided),
    applicantHoursPerCase: nz(sumApplicantHours, nCases),
    integrationIndex: cc.measured.integrationIndex,
    decidedInCentreRate: nz(nInCentre, nDecided),
    acceptedInCentreShare: cc.measured.acceptedInCentreShare,
    decidedInCentreShare: cc.measured.decidedInCentreShare,
    ...tradingKpis(cc, replication, days),
    ...counterKpis(cc, replication),
  };
  const stations: Record<string, Record<string, number>> = {};
  for (let g = 0; g < G; g++)
    stations[`window:${cc.groupIds[g]}`] = {
      servers: cc.groupServers[g],
      visits: gVisits[g],
      meanWaitMinutes: nz(gWaitSum[g], gVisits[g]),
      utilisation: nz(gBusyMin[g], cc.groupServers[g] * horizon),
    };
  for (let b = 0; b < B; b++)
    stations[`backOffice:${cc.boIds[b]}`] = { servers: cc.boServers[b], utilisation: nz(bBusyMin[b], cc.boServers[b] * horizon) };
  const classes: Record<string, Record<string, number>> = {};
  ITEM_CLASSES.forEach((name, k) => {
    classes[name] = {
      casesCompleted: classN[k],
      leadTimeDays: nz(classLead[k], classN[k]),
      tripsPerCase: nz(classTrips[k], classN[k]),
      overdueRate: nz(classOverdue[k], classN[k]),
      onTheSpotRate: nz(classOnSpot[k], classN[k]),
    };
  });
  return {
    replication,
    kpis,
    stations,
    classes,
    events,
    waits: waits.slice(0, nWaits),
    engineSeconds: clock() - started,
  };
}

/** Stage-3 trading lines: transactions wait for their cycle, then for the next scheduled session. */
function tradingKpis(cc: CompiledCentre, replication: number, days: number): Record<string, number> {
  const rng = new Rng(cc.seed, replication, hashString('centre.trading'));
  let n = 0;
  let sum = 0;
  for (const [volume, every, cycle] of cc.trading) {
    const expected = (volume * days) / cc.workingDaysPerYear;
    if (expected <= 0) continue;
    // Poisson count by summing exponential gaps over the period
    let t = -Math.log(rng.next()) / expected;
    while (t < 1) {
      const ready = t * days + cycle;
      const session = Math.ceil(ready / every) * every;
      sum += session - t * days;
      n++;
      t -= Math.log(rng.next()) / expected;
    }
  }
  return { tradingTransactions: n, tradingCycleDays: n > 0 ? sum / n : 0 };
}

/**
 * Stage-3 counter lines (convenience services, the information reading room): Poisson arrivals
 * over the opening hours (hour profile), FCFS at c counters — each arrival takes the counter that
 * frees first, which is exact for first-come-first-served.
 */
function counterKpis(cc: CompiledCentre, replication: number): Record<string, number> {
  const rng = new Rng(cc.seed, replication, hashString('centre.counters'));
  const sig = sigmaOf(cc.serviceCv);
  const mu = -0.5 * sig * sig;
  let n = 0;
  let wait = 0;
  let busy = 0;
  let capacity = 0;
  const start = cc.warmupDays * cc.dayMinutes;
  for (const [volume, minutes, counters] of cc.counters) {
    const free = new Float64Array(counters);
    const perDay = volume / cc.workingDaysPerYear;
    capacity += counters * (cc.days - cc.warmupDays) * cc.dayMinutes;
    for (let d = 0; d < cc.days; d++) {
      for (let h = 0; h < cc.hourWeight.length; h++) {
        const lam = perDay * cc.hourWeight[h];
        if (lam <= 0) continue;
        let t = -Math.log(rng.next()) * (60 / lam);
        while (t < 60) {
          const at = d * cc.dayMinutes + h * 60 + t;
          let k = 0;
          for (let j = 1; j < counters; j++) if (free[j] < free[k]) k = j;
          const begin = free[k] > at ? free[k] : at;
          const z = Math.sqrt(-2 * Math.log(rng.next())) * Math.cos(6.283185307179586 * rng.next());
          const dur = minutes * Math.exp(mu + sig * z);
          free[k] = begin + dur;
          if (at >= start) {
            n++;
            wait += begin - at;
            busy += dur;
          }
          t -= Math.log(rng.next()) * (60 / lam);
        }
      }
    }
  }
  return { counterRequests: n, counterWaitMinutes: n > 0 ? wait / n : 0, counterUtilisation: capacity > 0 ? busy / capacity : 0 };
}
