/**
 * reduceCentre: a centre replication's records (one per case, window visit and back-office task,
 * written by simulateCentre) reduced to its KPIs, per-station, per-class and per-department
 * metrics and a wait sample. Everything a run reports is derived here, from the records alone.
 * Pure.
 */
import type { Metrics } from '../types';
import type { CompiledCentre } from './compileCentre';
import { COUNTER_SERVICES, ITEM_CLASSES, TRADING_SERVICES } from '../../domain/vocabulary';
import { WAIT_STANDARD_MINUTES } from '../../domain/standards';
import { tripClass } from '../../domain/caseFlows';

/** The records of one replication (columns; the first n entries of each are used). */
export interface CentreRecords {
  nCases: number;
  /** arrival time of each case (working minutes) */
  arrival: Float64Array;
  item: Int32Array;
  /** outcome flags (simulateCentre F_*) */
  flags: Int32Array;
  /** the route program the case walked */
  program: Int32Array;
  /** trips (跑动): arrivals at a place, wasted visits included */
  trips: Uint8Array;
  /** wasted visits: rejected for materials, balked, reneged, sent home at closing */
  wasted: Uint8Array;
  /** acceptance (受理) time */
  accepted: Float64Array;
  /** decision (办结) time, −1 if never decided */
  decided: Float64Array;
  /** total waiting of the case, minutes */
  wait: Float32Array;
  /** resolution days of the case's complaint (0 without a complaint) */
  complaintDays: Float32Array;
  nVisits: number;
  visitCase: Int32Array;
  visitGroup: Int32Array;
  /** department whose window the visit was at, or −1 */
  visitDep: Int32Array;
  /** V_SUBMIT, V_PICKUP or V_MISROUTE */
  visitKind: Uint8Array;
  /** OUT_SERVED, OUT_BALKED, OUT_RENEGED, OUT_SENT_HOME or OUT_REJECTED */
  visitOutcome: Uint8Array;
  visitEnqueued: Float64Array;
  /** service start (−1 if not served) */
  visitStarted: Float64Array;
  visitMinutes: Float32Array;
  nTasks: number;
  taskCase: Int32Array;
  /** department step (compiled step index) */
  taskStep: Int32Array;
  taskEnqueued: Float64Array;
  taskStarted: Float64Array;
  taskEffort: Float32Array;
  taskEnded: Float64Array;
  /** mean wait at the first-inquiry desk (a FCFS delay without its own records) */
  preTicketWaitMinutes: number;
}

/** Records' codes: what a window visit was for, how it ended, and the case flags. */
// what a window visit is for
export const V_SUBMIT = 0;
export const V_PICKUP = 1;
export const V_MISROUTE = 2;
// how a visit ended
export const OUT_SERVED = 0;
export const OUT_BALKED = 1;
export const OUT_RENEGED = 2;
export const OUT_SENT_HOME = 3;
export const OUT_REJECTED = 4;
// case flags
export const F_ONLINE = 1;
export const F_GREEN = 2;
export const F_LONGWAIT = 4;
export const F_MISROUTED = 8;
export const F_TWOEND = 16;
export const F_OVERDUE = 32;
export const F_DEEMED = 64;
export const F_ONSPOT = 128;
export const F_COUNTED = 256;
export const F_DECIDED = 512;
export const F_INCENTRE = 1024;
export const F_ACCEPTED = 2048;
export const F_COMPLAINT = 4096;
export const F_RATED = 8192;
export const F_BAD = 16384;
export const F_ONLINE_AVAILABLE = 32768;
export const F_DONE = 65536;
/** decided after the legal limit (法定时限), time at a higher level not counted */
export const F_LATE_LEGAL = 1 << 18;
/** decided after the promised limit (承诺时限) */
export const F_LATE_PROMISED = 1 << 19;

const WAIT_BIN = 0.25;
const WAIT_BINS = 2400;
const LEAD_BIN = 0.05;
const LEAD_BINS = 6000;
const MAX_WAIT_SAMPLE = 20_000;

/** Quantile from a histogram whose bin 0 holds exact zeros and bin i ≥ 1 holds [(i−1)·bin, i·bin); the last bin is open. */
function quantileOf(hist: Float64Array, bin: number, q: number, max: number): number {
  let total = 0;
  for (let i = 0; i < hist.length; i++) total += hist[i];
  if (total === 0) return 0;
  const target = q * total;
  let acc = 0;
  for (let i = 0; i < hist.length - 1; i++) {
    if (acc + hist[i] >= target) return i === 0 ? 0 : (i - 1 + (target - acc) / hist[i]) * bin;
    acc += hist[i];
  }
  // in the open last bin: the largest value seen bounds it
  return max;
}

const nz = (a: number, b: number) => (b > 0 ? a / b : 0);

/** What reduceCentre returns. */
export interface ReducedCentre {
  kpis: Metrics;
  stations: Record<string, Metrics>;
  classes: Record<string, Metrics>;
  departments: Record<string, Metrics>;
  waits: Float64Array;
  /** what each ratio KPI is over (its denominator: visits, cases, decided cases, capacity…); 0 = the KPI does not apply in this replication */
  kpiBasis: Metrics;
}

/** Reduces one replication's records; pure. */
export function reduceCentre(cc: CompiledCentre, r: CentreRecords): ReducedCentre {
  const dayMin = cc.dayMinutes;
  const horizon = cc.days * dayMin;
  const days = cc.days - cc.warmupDays;
  const observed = days * dayMin;
  const D = cc.depIds.length;
  const G = cc.groupServers.length;
  const B = cc.boServers.length;

  // ---- cases ----
  let nCases = 0;
  let nDecided = 0;
  let sumTrips = 0;
  let sumWasted = 0;
  let nAtMostOne = 0;
  let nThreeOrMore = 0;
  let nZero = 0;
  let nOnSpot = 0;
  let nOnTime = 0;
  let nOverdue = 0;
  let nDeemed = 0;
  let nLegalOnTime = 0;
  let nPromisedOnTime = 0;
  let sumLead = 0;
  let maxLead = 0;
  let sumLeadNonSpot = 0;
  let nNonSpot = 0;
  let sumLegal = 0;
  let sumPromised = 0;
  let nOnline = 0;
  let nOnlineAvail = 0;
  let nTwoEnd = 0;
  let nMisrouted = 0;
  let nComplaints = 0;
  let sumComplaintDays = 0;
  let nRated = 0;
  let nBad = 0;
  let sumApplicantHours = 0;
  let nGreen = 0;
  let nInCentre = 0;
  const leadHist = new Float64Array(LEAD_BINS + 2);
  const classN = new Float64Array(4);
  const classTrips = new Float64Array(4);
  const classCases = new Float64Array(4);
  const classLead = new Float64Array(4);
  const classOverdue = new Float64Array(4);
  const classOnSpot = new Float64Array(4);
  const depCases = new Float64Array(D);
  const depDecided = new Float64Array(D);
  const depLead = new Float64Array(D);
  const depOverdue = new Float64Array(D);
  const depTrips = new Float64Array(D);
  // stage-3 service lines (counter requests, trading transactions): counted apart
  let nCounter = 0;
  let nTrading = 0;
  let sumTradingDays = 0;
  /** service lines that handled at least one request or transaction in the run (the stage guards' simulated shares) */
  const lineHandled = new Uint8Array(cc.lineIds.length);
  let nAcceptedInCentre = 0;
  for (let c = 0; c < r.nCases; c++) {
    const f = r.flags[c];
    if ((f & F_COUNTED) === 0) continue;
    const i = r.item[c];
    if (i >= cc.nItems) {
      if ((f & F_DECIDED) !== 0 || cc.lineKind[i - cc.nItems] === 1) lineHandled[i - cc.nItems] = 1;
      if (cc.lineKind[i - cc.nItems] === 1) nCounter++;
      else {
        nTrading++;
        sumTradingDays += (r.decided[c] - r.accepted[c]) / dayMin;
      }
      continue;
    }
    const cls = cc.itemClass[i];
    const dep = cc.itemDep[i];
    const trips = r.trips[c];
    nCases++;
    if (cc.groupOffice[cc.itemGroup[i]] === 0) nAcceptedInCentre++;
    sumTrips += trips;
    sumWasted += r.wasted[c];
    const tc = tripClass(trips);
    if (tc === 0) nAtMostOne++;
    else if (tc === 2) nThreeOrMore++;
    if (trips === 0) nZero++;
    classCases[cls]++;
    classTrips[cls] += trips;
    depCases[dep]++;
    depTrips[dep] += trips;
    if ((f & F_TWOEND) !== 0) nTwoEnd++;
    if ((f & F_MISROUTED) !== 0) nMisrouted++;
    if ((f & F_ONLINE) !== 0) nOnline++;
    if ((f & F_ONLINE_AVAILABLE) !== 0) nOnlineAvail++;
    if ((f & F_GREEN) !== 0) nGreen++;
    sumApplicantHours += trips * cc.travelHours + r.wait[c] / 60;
    if ((f & F_RATED) !== 0) {
      nRated++;
      if ((f & F_BAD) !== 0) nBad++;
    }
    if ((f & F_COMPLAINT) !== 0) {
      nComplaints++;
      sumComplaintDays += r.complaintDays[c];
    }
    if ((f & F_DECIDED) === 0) continue;
    const lead = (r.decided[c] - r.accepted[c]) / dayMin;
    nDecided++;
    classN[cls]++;
    sumLead += lead;
    if (lead > maxLead) maxLead = lead;
    classLead[cls] += lead;
    depDecided[dep]++;
    depLead[dep] += lead;
    leadHist[lead <= 0 ? 0 : Math.min(LEAD_BINS + 1, 1 + Math.floor(lead / LEAD_BIN))]++;
    sumLegal += cc.itemLegalMin[i] / dayMin;
    sumPromised += cc.itemPromisedMin[i] / dayMin;
    if ((f & F_ONSPOT) !== 0) {
      nOnSpot++;
      classOnSpot[cls]++;
    } else {
      sumLeadNonSpot += lead;
      nNonSpot++;
    }
    // 超时默许 is reported beside the deadline outcome, not instead of it
    if ((f & F_DEEMED) !== 0) nDeemed++;
    if ((f & F_OVERDUE) !== 0) {
      nOverdue++;
      classOverdue[cls]++;
      depOverdue[dep]++;
    } else nOnTime++;
    if ((f & F_LATE_LEGAL) === 0) nLegalOnTime++;
    if ((f & F_LATE_PROMISED) === 0) nPromisedOnTime++;
    if ((f & F_INCENTRE) !== 0) nInCentre++;
  }

  // ---- window visits ----
  const waitHist = new Float64Array(WAIT_BINS + 2);
  let nVisits = 0;
  let sumWait = 0;
  let maxWait = 0;
  let nWithin15 = 0;
  let nGreenVisits = 0;
  let sumGreenWait = 0;
  let nOtherVisits = 0;
  let sumOtherWait = 0;
  const gVisits = new Float64Array(G);
  const gWait = new Float64Array(G);
  const gBusy = new Float64Array(G);
  const gBusyCounted = new Float64Array(G);
  let nCounterVisits = 0;
  let sumCounterWait = 0;
  const depVisits = new Float64Array(D);
  const depWait = new Float64Array(D);
  // time spent in a department's queue, including by those who left it out of patience (Little's L)
  const depQueueTime = new Float64Array(D);
  const depWithin15 = new Float64Array(D);
  let served = 0;
  let nWindowVisits = 0;
  let nAbandoned = 0;
  // approval-window visits that left the queue out of patience, and their time in it up to leaving
  let nReneged = 0;
  let sumRenegedWait = 0;
  const approval = (v: number) => r.item[r.visitCase[v]] < cc.nItems;
  for (let v = 0; v < r.nVisits; v++) if (r.visitStarted[v] >= 0 && r.visitOutcome[v] !== OUT_BALKED && approval(v) && (r.flags[r.visitCase[v]] & F_COUNTED) !== 0) served++;
  const stride = Math.max(1, Math.ceil(served / MAX_WAIT_SAMPLE));
  const waits = new Float64Array(Math.min(MAX_WAIT_SAMPLE, served));
  let nWaits = 0;
  let seq = 0;
  for (let v = 0; v < r.nVisits; v++) {
    const start = r.visitStarted[v];
    const g = r.visitGroup[v];
    const servedHere = start >= 0 && (r.visitOutcome[v] === OUT_SERVED || r.visitOutcome[v] === OUT_REJECTED);
    if (servedHere && start < horizon) gBusy[g] += r.visitMinutes[v];
    const c = r.visitCase[v];
    // visits to the approval windows, and those the applicant abandoned (balked, or reneged out of patience)
    if ((r.flags[c] & F_COUNTED) !== 0 && approval(v)) {
      nWindowVisits++;
      if (r.visitOutcome[v] === OUT_BALKED || r.visitOutcome[v] === OUT_RENEGED) nAbandoned++;
      const d = r.visitDep[v];
      if (d >= 0 && start >= 0 && (servedHere || r.visitOutcome[v] === OUT_RENEGED)) depQueueTime[d] += start - r.visitEnqueued[v];
      if (start >= 0 && r.visitOutcome[v] === OUT_RENEGED) {
        nReneged++;
        sumRenegedWait += start - r.visitEnqueued[v];
      }
    }
    if (!servedHere || (r.flags[c] & F_COUNTED) === 0) continue;
    const w = start - r.visitEnqueued[v];
    if (!approval(v)) {
      if (cc.groupCounter[g] === 1) {
        nCounterVisits++;
        sumCounterWait += w;
        gBusyCounted[g] += r.visitMinutes[v];
      }
      continue;
    }
    nVisits++;
    sumWait += w;
    if (w > maxWait) maxWait = w;
    if (w <= WAIT_STANDARD_MINUTES) nWithin15++;
    waitHist[w <= 0 ? 0 : Math.min(WAIT_BINS + 1, 1 + Math.floor(w / WAIT_BIN))]++;
    gVisits[g]++;
    gWait[g] += w;
    const d = r.visitDep[v];
    if (d >= 0) {
      depVisits[d]++;
      depWait[d] += w;
      if (w <= 15) depWithin15[d]++;
    }
    if ((r.flags[c] & F_GREEN) !== 0) {
      sumGreenWait += w;
      nGreenVisits++;
    } else {
      sumOtherWait += w;
      nOtherVisits++;
    }
    if (seq++ % stride === 0 && nWaits < waits.length) waits[nWaits++] = w;
  }

  // ---- back-office tasks ----
  const bBusy = new Float64Array(B);
  for (let t = 0; t < r.nTasks; t++) {
    const start = r.taskStarted[t];
    if (start >= 0 && start < horizon) bBusy[cc.stepBo[r.taskStep[t]]] += r.taskEffort[t];
  }

  let winCap = 0;
  let winBusy = 0;
  let counterCap = 0;
  let counterBusy = 0;
  for (let g = 0; g < G; g++) {
    if (cc.groupCounter[g] === 1) {
      counterCap += cc.groupServers[g] * observed;
      counterBusy += gBusyCounted[g];
    } else {
      winCap += cc.groupServers[g] * horizon;
      winBusy += gBusy[g];
    }
  }
  const boCap = cc.boServers.reduce((a, b) => a + b, 0) * horizon;
  const kpis: Metrics = {
    casesArrived: nCases,
    casesCompleted: nDecided,
    throughputPerDay: nz(nDecided, days),
    meanWaitMinutes: nz(sumWait, nVisits),
    meanWaitInclAbandonedMinutes: nz(sumWait + sumRenegedWait, nVisits + nReneged),
    preTicketWaitMinutes: r.preTicketWaitMinutes,
    p90WaitMinutes: quantileOf(waitHist, WAIT_BIN, 0.9, maxWait),
    waitWithin15MinRate: nz(nWithin15, nVisits),
    abandonedVisitRate: nz(nAbandoned, nWindowVisits),
    leadTimeDays: nz(sumLead, nDecided),
    p90LeadTimeDays: quantileOf(leadHist, LEAD_BIN, 0.9, maxLead),
    promisedLeadTimeDays: nz(sumLeadNonSpot, nNonSpot),
    tripsPerCase: nz(sumTrips, nCases),
    atMostOneTripRate: nz(nAtMostOne, nCases),
    threeOrMoreTripRate: nz(nThreeOrMore, nCases),
    zeroTripRate: nz(nZero, nCases),
    rejectedTripsPerCase: nz(sumWasted, nCases),
    twoEndRate: nz(nTwoEnd, nCases),
    misroutedRate: nz(nMisrouted, nCases),
    onTheSpotRate: nz(nOnSpot, nDecided),
    onTimeRate: nz(nOnTime, nDecided),
    overdueRate: nz(nOverdue, nDecided),
    deemedApprovalRate: nz(nDeemed, nDecided),
    legalOnTimeRate: nz(nLegalOnTime, nDecided),
    promisedOnTimeRate: nz(nPromisedOnTime, nDecided),
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
    windowUtilisation: nz(winBusy, winCap),
    backOfficeUtilisation: nz(bBusy.reduce((a, b) => a + b, 0), boCap),
    staff: cc.staff,
    windows: cc.windows,
    costPerCase: nz(cc.annualCost * (days / cc.workingDaysPerYear), nDecided),
    applicantHoursPerCase: nz(sumApplicantHours, nCases),
    integrationIndex: cc.measured.integrationIndex,
    decidedInCentreRate: nz(nInCentre, nDecided),
    acceptedInCentreRate: nz(nAcceptedInCentre, nCases),
    tradingServicesShare: cc.lineIds.filter((_id, k) => lineHandled[k] === 1 && cc.lineKind[k] === 2).length / TRADING_SERVICES.length,
    citizenServicesShare: cc.lineIds.filter((_id, k) => lineHandled[k] === 1 && cc.lineKind[k] === 1).length / COUNTER_SERVICES.length,
    acceptedInCentreShare: cc.measured.acceptedInCentreShare,
    decidedInCentreShare: cc.measured.decidedInCentreShare,
    tradingTransactions: nTrading,
    tradingCycleDays: nz(sumTradingDays, nTrading),
    counterRequests: nCounter,
    counterWaitMinutes: nz(sumCounterWait, nCounterVisits),
    counterUtilisation: nz(counterBusy, counterCap),
  };

  const stations: Record<string, Metrics> = {};
  for (let g = 0; g < G; g++)
    stations[`window:${cc.groupIds[g]}`] = {
      servers: cc.groupServers[g],
      visits: gVisits[g],
      meanWaitMinutes: nz(gWait[g], gVisits[g]),
      utilisation: nz(gBusy[g], cc.groupServers[g] * horizon),
    };
  for (let b = 0; b < B; b++) stations[`backOffice:${cc.boIds[b]}`] = { servers: cc.boServers[b], utilisation: nz(bBusy[b], cc.boServers[b] * horizon) };

  const classes: Record<string, Metrics> = {};
  ITEM_CLASSES.forEach((name, k) => {
    classes[name] = {
      casesCompleted: classN[k],
      leadTimeDays: nz(classLead[k], classN[k]),
      tripsPerCase: nz(classTrips[k], classCases[k]),
      overdueRate: nz(classOverdue[k], classN[k]),
      onTheSpotRate: nz(classOnSpot[k], classN[k]),
    };
  });

  const departments: Record<string, Metrics> = {};
  for (let d = 0; d < D; d++) {
    const g = cc.depGroup[d];
    const b = cc.depBo[d];
    departments[cc.depIds[d]] = {
      casesArrived: depCases[d],
      casesCompleted: depDecided[d],
      meanWaitMinutes: nz(depWait[d], depVisits[d]),
      waitWithin15MinRate: nz(depWithin15[d], depVisits[d]),
      // time-average number waiting for this department's windows (Little: Σ time in its queue, the
      // reneged included, ÷ time observed); meanWaitMinutes is the wait of those served
      meanQueueLength: nz(depQueueTime[d], observed),
      windowUtilisation: g >= 0 ? nz(gBusy[g], cc.groupServers[g] * horizon) : 0,
      backOfficeUtilisation: b >= 0 ? nz(bBusy[b], cc.boServers[b] * horizon) : 0,
      leadTimeDays: nz(depLead[d], depDecided[d]),
      overdueRate: nz(depOverdue[d], depDecided[d]),
      tripsPerCase: nz(depTrips[d], depCases[d]),
    };
  }
  const kpiBasis: Metrics = {
    meanWaitMinutes: nVisits,
    meanWaitInclAbandonedMinutes: nVisits + nReneged,
    p90WaitMinutes: nVisits,
    waitWithin15MinRate: nVisits,
    leadTimeDays: nDecided,
    p90LeadTimeDays: nDecided,
    promisedLeadTimeDays: nNonSpot,
    tripsPerCase: nCases,
    atMostOneTripRate: nCases,
    threeOrMoreTripRate: nCases,
    zeroTripRate: nCases,
    onTheSpotRate: nDecided,
    onTimeRate: nDecided,
    overdueRate: nDecided,
    deemedApprovalRate: cc.deemedApproval ? nDecided : 0,
    legalOnTimeRate: nDecided,
    promisedOnTimeRate: nDecided,
    promisedLimitCompression: sumLegal > 0 ? nDecided : 0,
    actualSpeedup: sumLegal > 0 ? nDecided : 0,
    greenChannelRate: cc.greenP > 0 ? nCases : 0,
    greenWaitMinutes: nGreenVisits,
    otherWaitMinutes: nOtherVisits,
    complaintResolutionDays: nComplaints,
    badRatingRate: nRated,
    windowUtilisation: winCap,
    backOfficeUtilisation: boCap,
    costPerCase: nDecided,
    tradingTransactions: cc.lineKind.includes(2) ? 1 : 0,
    tradingCycleDays: nTrading,
    counterRequests: cc.lineKind.includes(1) ? 1 : 0,
    counterWaitMinutes: nCounterVisits,
    counterUtilisation: counterCap,
  };
  return { kpis, stations, classes, departments, waits: nWaits === waits.length ? waits : waits.slice(0, nWaits), kpiBasis };
}

/** One day's records: the cases arriving that day, their visits and their tasks (case indices renumbered from 0). */
export interface CentreDayRecords {
  day: number;
  /** the route states of each program (index = program) */
  cases: { arrival: number[]; item: number[]; program: number[]; flags: number[]; trips: number[]; wasted: number[]; accepted: number[]; decided: number[] };
  visits: { case: number[]; group: number[]; department: number[]; kind: number[]; outcome: number[]; enqueued: number[]; started: number[]; minutes: number[] };
  tasks: { case: number[]; step: number[]; enqueued: number[]; started: number[]; effort: number[]; ended: number[] };
}

/** The rows of `columns` for which `keep(i)` is true, as plain arrays (a record's case index renumbered by `renumber`). */
function pick<K extends string>(n: number, columns: Record<K, ArrayLike<number>>, keep: (i: number) => boolean, renumber?: { column: NoInfer<K>; to: Map<number, number> }): Record<K, number[]> {
  const names = Object.keys(columns) as K[];
  const out = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    for (const k of names) out[k].push(renumber && k === renumber.column ? (renumber.to.get(columns[k][i]) as number) : columns[k][i]);
  }
  return out;
}

/** Cuts one day's records out of a replication's (plain arrays, structured-cloneable); pure. */
export function dayRecords(r: CentreRecords, day: number, dayMinutes: number): CentreDayRecords {
  const from = day * dayMinutes;
  const to = from + dayMinutes;
  const index = new Map<number, number>();
  for (let c = 0; c < r.nCases; c++) if (r.arrival[c] >= from && r.arrival[c] < to) index.set(c, index.size);
  const cases = pick(
    r.nCases,
    { arrival: r.arrival, item: r.item, program: r.program, flags: r.flags, trips: r.trips, wasted: r.wasted, accepted: r.accepted, decided: r.decided },
    (c) => index.has(c),
  );
  const visits = pick(
    r.nVisits,
    { case: r.visitCase, group: r.visitGroup, department: r.visitDep, kind: r.visitKind, outcome: r.visitOutcome, enqueued: r.visitEnqueued, started: r.visitStarted, minutes: r.visitMinutes },
    (v) => index.has(r.visitCase[v]),
    { column: 'case', to: index },
  );
  const tasks = pick(
    r.nTasks,
    { case: r.taskCase, step: r.taskStep, enqueued: r.taskEnqueued, started: r.taskStarted, effort: r.taskEffort, ended: r.taskEnded },
    (t) => index.has(r.taskCase[t]),
    { column: 'case', to: index },
  );
  return { day, cases, visits, tasks };
}
