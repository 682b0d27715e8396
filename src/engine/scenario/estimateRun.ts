/**
 * The expected size of one replication of a network scenario, estimated at load so that a run that
 * would not finish in bounded time and memory is refused as input, naming what to change (issue 12:
 * an interarrival rate of 1e9, a profile multiplier of 1e29 or stop.minutes of 1e300 passed
 * validation and then hung the run). Pure.
 */
import { MAX_CASES_PER_REPLICATION } from '../../domain/parameters';
import { distributionMean } from '../random/distributions';
import type { NetworkScenario } from './networkSchema';
import { ScenarioError } from './ScenarioError';
import { routingRow } from './routingRow';

/** The default of `stop.maxEvents` (events per replication). */
export const DEFAULT_MAX_EVENTS = 1e9;
/** Work the visit estimate may do (branch relaxations) before it extrapolates the tail. */
const VISIT_WORK = 200_000;

/** What one replication is expected to hold. */
export interface RunEstimate {
  /** external arrivals (cases) */
  cases: number;
  /** station visits of all cases */
  visits: number;
  /** events: arrivals (and thinned candidates), two per visit, schedule and calendar changes; doubled by an automatic warm-up's pilot */
  events: number;
}

/**
 * Expected arrivals, visits and events of one replication: arrivals at the profile's mean rate
 * (candidates at its peak rate, as thinning draws them) up to stop.minutes, or stop.customers;
 * visits per arrival from the routing (the traffic equations, summed step by step and the tail
 * extrapolated geometrically). An estimate, not a bound: a replication can exceed it by chance.
 */
export function estimateRun(s: NetworkScenario): RunEstimate {
  const rates = s.classes.map((c) => {
    const a = c.arrivals;
    if (!a) return { mean: 0, peak: 0, limit: 0 };
    const base = 1 / distributionMean(a.interarrival);
    let sum = 0;
    let peak = 0;
    for (const m of a.profile?.multipliers ?? [1]) {
      sum += m;
      if (m > peak) peak = m;
    }
    const mean = sum / (a.profile?.multipliers.length ?? 1);
    return { mean: base * mean, peak: base * peak, limit: a.limit ?? Infinity };
  });
  const totalRate = rates.reduce((x, r) => x + r.mean, 0);
  const horizon = s.stop.minutes ?? Math.min(s.stop.customers ?? 0, rates.reduce((x, r) => x + r.limit, 0)) / Math.max(totalRate, 1e-300);
  const arrivals = rates.map((r) => Math.min(r.limit, r.mean * horizon));
  let cases = arrivals.reduce((x, y) => x + y, 0);
  if (s.stop.customers !== undefined) cases = Math.min(cases, s.stop.customers);
  const scale = arrivals.reduce((x, y) => x + y, 0) > 0 ? cases / arrivals.reduce((x, y) => x + y, 0) : 0;
  const candidates = rates.reduce((x, r, k) => x + (r.mean > 0 ? (arrivals[k] * scale * r.peak) / r.mean : 0), 0);
  const visits = expectedVisits(s, arrivals.map((a) => a * scale));
  let events = candidates + 2 * visits;
  for (const st of s.stations) if (st.schedule) events += (horizon / st.schedule.periodMinutes) * st.schedule.windows.length;
  if (s.calendar) events += (2 * horizon) / 1440;
  if (s.warmup === 'auto') events *= 2;
  return { cases, visits, events };
}

/**
 * Expected station visits when `arrivals[k]` cases of class k arrive: flow = arrivals + Pᵀ flow,
 * summed step by step over the (station, class) pairs that hold flow; after VISIT_WORK branch
 * relaxations the rest is extrapolated from the last step's decay. Linear in the work done; pure.
 */
function expectedVisits(s: NetworkScenario, arrivals: number[]): number {
  const nS = s.stations.length;
  const nC = s.classes.length;
  const sIdx = new Map(s.stations.map((st, i) => [st.id, i]));
  const cIdx = new Map(s.classes.map((c, i) => [c.id, i]));
  let cur = new Float64Array(nS * nC);
  let nxt = new Float64Array(nS * nC);
  let active: number[] = [];
  let nextActive: number[] = [];
  const add = (i: number, m: number) => {
    if (nxt[i] === 0) nextActive.push(i);
    nxt[i] += m;
  };
  s.classes.forEach((c, k) => {
    const a = c.arrivals;
    if (!a || arrivals[k] <= 0) return;
    const branches = typeof a.to === 'string' ? [{ to: a.to, p: 1, class: undefined as string | undefined }] : a.to;
    for (const b of branches) {
      const st = sIdx.get(b.to);
      if (st === undefined || b.p <= 0) continue;
      add(st * nC + (b.class !== undefined ? (cIdx.get(b.class) ?? k) : k), arrivals[k] * b.p);
    }
  });
  let total = 0;
  let work = 0;
  let previous = Infinity;
  for (;;) {
    [cur, nxt] = [nxt, cur];
    [active, nextActive] = [nextActive, active];
    nextActive.length = 0;
    let mass = 0;
    for (const i of active) mass += cur[i];
    total += mass;
    if (!(mass > 1e-9 * Math.max(1, total))) break;
    if (work > VISIT_WORK) {
      const r = mass / previous;
      return r >= 1 ? Infinity : total + (mass * r) / (1 - r);
    }
    previous = mass;
    for (const i of active) {
      const m = cur[i];
      cur[i] = 0;
      if (m === 0) continue;
      const st = Math.floor(i / nC);
      const k = i - st * nC;
      for (const r of routingRow(s, s.classes[k], s.stations[st].id)) {
        work++;
        if (r.p <= 0 || r.to === 'exit') continue;
        const to = sIdx.get(r.to);
        if (to === undefined) continue;
        add(to * nC + (r.class !== undefined ? (cIdx.get(r.class) ?? k) : k), m * r.p);
      }
    }
    for (const i of active) cur[i] = 0;
  }
  return total;
}

/** Refuses a scenario whose expected replication is over the case or event budget, naming what to change; pure. */
export function checkRunBudget(s: NetworkScenario): void {
  const e = estimateRun(s);
  const stopPath = s.stop.minutes !== undefined ? 'stop.minutes' : 'stop.customers';
  const stopValue = s.stop.minutes ?? s.stop.customers;
  if (!(e.cases <= MAX_CASES_PER_REPLICATION))
    throw new ScenarioError(
      stopPath,
      { code: 'run.maxCases', max: MAX_CASES_PER_REPLICATION, expected: e.cases, stop: stopPath },
      stopValue,
    );
  const max = s.stop.maxEvents ?? DEFAULT_MAX_EVENTS;
  if (!(e.events <= max))
    throw new ScenarioError(
      s.stop.maxEvents !== undefined ? 'stop.maxEvents' : stopPath,
      s.stop.maxEvents !== undefined
        ? { code: 'run.maxEventsBelow', expected: e.events, stop: stopPath }
        : { code: 'run.maxEvents', max, expected: e.events, visits: e.visits, stop: stopPath },
      s.stop.maxEvents ?? stopValue,
    );
}
