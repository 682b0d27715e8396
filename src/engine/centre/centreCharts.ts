/**
 * centreCharts: the data behind a centre run's charts, reduced from a replication's records
 * (reduceCentreCharts) and merged over replications (mergeCentreCharts) — wait and lead-time
 * histograms, the time-average queue by opening hour, window and back-office utilisation by
 * opening hour, and the case flows entrance → window → where decided → result. Fixed bins and
 * fixed flow keys, so replications add up. Pure.
 */
import { estimateKpi } from '../stats/estimate';
import type { Estimate } from '../types';
import type { CompiledCentre } from './compileCentre';
import { FLOW_SIZE, flowIndex as flowIndexImport, tripClass as tripClassImport } from '../../domain/caseFlows';
import { OP_BACK_OFFICE, OP_PARALLEL, OP_UPWARD, OP_VISIT, OP_END, PLACE_HALL } from './routeProgram';
import * as codes from './reduceCentre';
import type { CentreRecords } from './reduceCentre';

// local bindings: module loaders that compile to CommonJS (tsx, the CLI's) turn each use of an
// imported binding into a property read, which the hot loops below would pay per record
const { F_COUNTED, F_DECIDED, F_ONLINE, F_OVERDUE, OUT_BALKED, OUT_REJECTED, OUT_SERVED } = codes;
const flowIndex = flowIndexImport;
const tripClass = tripClassImport;

/** Width of a wait-histogram bin, minutes; the last bin is open (≥ WAIT_CHART_BINS · width). */
export const WAIT_CHART_BIN_MINUTES = 1;
export const WAIT_CHART_BINS = 240;
/** Width of a lead-time-histogram bin, working days; the last bin is open. */
export const LEAD_CHART_BIN_DAYS = 0.25;
export const LEAD_CHART_BINS = 480;

/** One replication's chart data. */
export interface CentreChartRecord {
  /** counted window visits served by wait: bin 0 = [0, 1) min, …, last bin open */
  waitHist: number[];
  /** decided cases by lead time (working days), same layout */
  leadHist: number[];
  /** opening hours per day (length of the hourly arrays) */
  hours: number;
  /** time-average number of applicants waiting at the approval windows in each opening hour (after warm-up) */
  queueByHour: number[];
  /** the same per department (the department whose window the visit was at), keyed by department id */
  depQueueByHour: Record<string, number[]>;
  /** busy share of each window group and back office by opening hour, keyed `window:<id>` / `backOffice:<id>` */
  utilisationByHour: Record<string, number[]>;
  /** counted approval cases by flow key (flowIndex); sums to the cases counted */
  flows: number[];
  /** the department of each window group and back office that belongs to one department */
  stationDepartment: Record<string, string>;
}

/** What a run's summary carries for its charts (merged over replications). */
export interface CentreCharts {
  waitBinMinutes: number;
  /** counts summed over replications */
  waitHist: number[];
  leadBinDays: number;
  leadHist: number[];
  hours: number;
  /** mean over replications, 95% CI */
  queueByHour: Estimate[];
  depQueueByHour: Record<string, Estimate[]>;
  utilisationByHour: Record<string, Estimate[]>;
  /** cases per replication (mean over replications) by flow key */
  flows: number[];
  /** the department each window group and back office belongs to (absent when shared by several) */
  stationDepartment: Record<string, string>;
}

/**
 * Adds the overlap of [a, b) with each opening hour to acc[base + hour] and, when `base2` ≥ 0, to
 * acc2[base2 + hour] too (times in working minutes, clipped to [from, to)); an interval inside
 * one hour, the common case, takes one step.
 */
function addByHour(acc: Float64Array, base: number, acc2: Float64Array, base2: number, a: number, b: number, from: number, to: number, dayMin: number, H: number): void {
  if (a < from) a = from;
  if (b > to) b = to;
  while (a < b) {
    const inDay = a - Math.floor(a / dayMin) * dayMin;
    let h = (inDay / 60) | 0;
    if (h >= H) h = H - 1;
    const hourEnd = a - inDay + (h + 1) * 60;
    const end = b < hourEnd ? b : hourEnd;
    acc[base + h] += end - a;
    if (base2 >= 0) acc2[base2 + h] += end - a;
    if (end <= a) break;
    a = end;
  }
}

/** Per program: window kind (given the item's group) is decided at run time; decision place from the compiled ops. */
function programDecision(cc: CompiledCentre, p: number): number {
  if (cc.programOnSpot[p] === 1) return 0;
  let hasUpward = false;
  let hasBackOffice = false;
  for (let pc = cc.programStart[p]; pc < cc.programOps.length; pc++) {
    const op = cc.programOps[pc];
    if (op === OP_UPWARD) hasUpward = true;
    if (op === OP_BACK_OFFICE || op === OP_PARALLEL) hasBackOffice = true;
    if (op === OP_END) break;
  }
  if (hasUpward) return 3;
  if (cc.programInCentre[p] === 0) return 2;
  return hasBackOffice ? 1 : 0;
}

function programVisit(cc: CompiledCentre, p: number): number {
  for (let pc = cc.programStart[p]; pc < cc.programOps.length; pc++) {
    const op = cc.programOps[pc];
    if (op === OP_VISIT) return cc.programArgs[pc] === PLACE_HALL ? 0 : 1;
    if (op === OP_END) break;
  }
  return -1;
}

/** Reduces one replication's records to its chart data; pure. */
export function reduceCentreCharts(cc: CompiledCentre, r: CentreRecords): CentreChartRecord {
  const dayMin = cc.dayMinutes;
  const H = Math.max(1, Math.round(dayMin / 60));
  const from = cc.warmupDays * dayMin;
  const to = cc.days * dayMin;
  const days = Math.max(1, cc.days - cc.warmupDays);
  const D = cc.depIds.length;
  const G = cc.groupServers.length;
  const B = cc.boServers.length;

  // ---- window visits: waits and queue by hour (flat arrays: [group or department × hour]) ----
  const waitHist = new Float64Array(WAIT_CHART_BINS + 1);
  const queue = new Float64Array(H);
  const depQueue = new Float64Array(D * H);
  const gBusy = new Float64Array(G * H);
  const nItems = cc.nItems;
  for (let v = 0; v < r.nVisits; v++) {
    const start = r.visitStarted[v];
    if (start < 0) continue; // never served (balked, sent home): no busy time, no wait recorded here
    const g = r.visitGroup[v];
    const out = r.visitOutcome[v];
    const servedHere = out === OUT_SERVED || out === OUT_REJECTED;
    if (servedHere) addByHour(gBusy, g * H, gBusy, -1, start, start + r.visitMinutes[v], from, to, dayMin, H);
    const c = r.visitCase[v];
    if (r.item[c] >= nItems || cc.groupCounter[g] === 1 || out === OUT_BALKED) continue;
    // waiting: from joining the queue to service (or to leaving it: reneged)
    const enq = r.visitEnqueued[v];
    if (start > enq && start > from && enq < to) {
      const d = r.visitDep[v];
      addByHour(queue, 0, depQueue, d >= 0 ? d * H : -1, enq, start, from, to, dayMin, H);
    }
    if (servedHere && (r.flags[c] & F_COUNTED) !== 0) {
      const w = start - enq;
      const bin = (w / WAIT_CHART_BIN_MINUTES) | 0;
      waitHist[bin < WAIT_CHART_BINS ? bin : WAIT_CHART_BINS]++;
    }
  }
  // ---- back-office busy time by hour ----
  const bBusy = new Float64Array(B * H);
  for (let t = 0; t < r.nTasks; t++) {
    const st = r.taskStarted[t];
    const e = r.taskEffort[t];
    if (st >= 0 && e > 0 && st + e > from && st < to) addByHour(bBusy, cc.stepBo[r.taskStep[t]] * H, bBusy, -1, st, st + e, from, to, dayMin, H);
  }

  // ---- cases: lead times and flows ----
  const leadHist = new Float64Array(LEAD_CHART_BINS + 1);
  const flows = new Float64Array(FLOW_SIZE);
  const P = cc.programStart.length;
  const decisionOf = new Int8Array(P);
  const visitOf = new Int8Array(P);
  for (let p = 0; p < P; p++) {
    decisionOf[p] = programDecision(cc, p);
    visitOf[p] = programVisit(cc, p);
  }
  for (let c = 0; c < r.nCases; c++) {
    const f = r.flags[c];
    const i = r.item[c];
    if ((f & F_COUNTED) === 0 || i >= cc.nItems) continue;
    const decided = (f & F_DECIDED) !== 0;
    if (decided) {
      const lead = (r.decided[c] - r.accepted[c]) / dayMin;
      leadHist[lead <= 0 ? 0 : Math.min(LEAD_CHART_BINS, Math.floor(lead / LEAD_CHART_BIN_DAYS))]++;
    }
    const p = r.program[c];
    const g = cc.itemGroup[i];
    const visit = visitOf[p];
    const win = visit < 0 || g < 0 ? 3 : visit === 1 || cc.groupOffice[g] === 1 ? 2 : cc.groupIds[g] === 'comprehensive' ? 0 : 1;
    const result = !decided ? 2 : (f & F_OVERDUE) !== 0 ? 1 : 0;
    flows[flowIndex((f & F_ONLINE) !== 0 ? 1 : 0, win, decisionOf[p], result, tripClass(r.trips[c]))]++;
  }

  /** row k of a flat [row × hour] array divided by servers × the minutes each hour was observed */
  const per = (acc: Float64Array, k: number, servers: number) => Array.from(acc.subarray(k * H, (k + 1) * H), (x) => (servers > 0 ? x / (servers * 60 * days) : 0));
  const utilisationByHour: Record<string, number[]> = {};
  for (let g = 0; g < G; g++) if (cc.groupCounter[g] === 0) utilisationByHour[`window:${cc.groupIds[g]}`] = per(gBusy, g, cc.groupServers[g]);
  for (let b = 0; b < B; b++) utilisationByHour[`backOffice:${cc.boIds[b]}`] = per(bBusy, b, cc.boServers[b]);
  const depQueueByHour: Record<string, number[]> = {};
  for (let d = 0; d < D; d++) depQueueByHour[cc.depIds[d]] = per(depQueue, d, 1);
  return {
    waitHist: Array.from(waitHist),
    leadHist: Array.from(leadHist),
    hours: H,
    queueByHour: per(queue, 0, 1),
    depQueueByHour,
    utilisationByHour,
    flows: Array.from(flows),
    stationDepartment: stationDepartments(cc),
  };
}

/** The department of each window group and back office, where it has one. */
function stationDepartments(cc: CompiledCentre): Record<string, string> {
  const out: Record<string, string> = {};
  for (let g = 0; g < cc.groupIds.length; g++) if (cc.groupDep[g] >= 0) out[`window:${cc.groupIds[g]}`] = cc.depIds[cc.groupDep[g]];
  for (let d = 0; d < cc.depIds.length; d++) {
    const b = cc.depBo[d];
    if (b >= 0 && cc.boIds[b] === cc.depIds[d]) out[`backOffice:${cc.boIds[b]}`] = cc.depIds[d];
  }
  return out;
}

const sumArrays = (rows: number[][]) => {
  const out = new Array<number>(rows[0]?.length ?? 0).fill(0);
  for (const r of rows) for (let i = 0; i < out.length; i++) out[i] += r[i] ?? 0;
  return out;
};

/** Per-hour estimates over replications (the hourly values as per-replication KPIs). */
function hourly(name: string, rows: number[][]): Estimate[] {
  const H = rows[0]?.length ?? 0;
  return Array.from({ length: H }, (_, h) => estimateKpi(name, rows.map((r) => r[h] ?? 0)));
}

function hourlyNested(name: string, rows: Record<string, number[]>[]): Record<string, Estimate[]> {
  const out: Record<string, Estimate[]> = {};
  for (const id of Object.keys(rows[0] ?? {})) out[id] = hourly(name, rows.map((r) => r[id] ?? []));
  return out;
}

/** Merges replications' chart data (histograms summed, hourly values as mean with 95% CI, flows per replication); pure. */
export function mergeCentreCharts(rows: readonly CentreChartRecord[]): CentreCharts | undefined {
  if (rows.length === 0) return undefined;
  const n = rows.length;
  return {
    waitBinMinutes: WAIT_CHART_BIN_MINUTES,
    waitHist: sumArrays(rows.map((r) => r.waitHist)),
    leadBinDays: LEAD_CHART_BIN_DAYS,
    leadHist: sumArrays(rows.map((r) => r.leadHist)),
    hours: rows[0].hours,
    queueByHour: hourly('meanQueueLength', rows.map((r) => r.queueByHour)),
    depQueueByHour: hourlyNested('meanQueueLength', rows.map((r) => r.depQueueByHour)),
    utilisationByHour: hourlyNested('windowUtilisation', rows.map((r) => r.utilisationByHour)),
    flows: sumArrays(rows.map((r) => r.flows)).map((x) => x / n),
    stationDepartment: rows[0].stationDepartment,
  };
}
