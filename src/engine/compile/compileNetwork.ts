/**
 * Compiles a loaded network scenario into flat arrays the event loop indexes by station and
 * class (index s·C + c), so the hot loop does no lookups by name and allocates nothing.
 */
import { Sampler } from '../random/distributions';
import type { NetworkScenario, Route } from '../scenario/networkSchema';
import { routingRow } from '../scenario/routingRow';
import { DEFAULT_MAX_EVENTS } from '../scenario/estimateRun';

/** Servers of an "infinite" station (a pure delay). */
export const INFINITE_SERVERS = 0x3fffffff;

/** Queue disciplines as codes. */
export const Discipline = { FIFO: 0, PRIORITY: 1, EDF: 2 } as const;

/** A compiled servers schedule: `servers[j]` from `starts[j]` (cycle-relative) to the next start. */
export interface CompiledSchedule {
  period: number;
  starts: Float64Array;
  servers: Int32Array;
}

/** A compiled arrival-rate profile: equal slots of `slot` minutes, multipliers relative to `max`. */
export interface CompiledProfile {
  period: number;
  slot: number;
  /** acceptance probability per slot: multiplier / max multiplier */
  accept: Float64Array;
  /** the largest multiplier (candidates are drawn at rate × max) */
  max: number;
}

/** The flat form of a network the simulator runs; pure data. */
export interface NetworkModel {
  scenario: NetworkScenario;
  nS: number;
  nC: number;
  stationIds: string[];
  classIds: string[];
  servers: Int32Array;
  infinite: Uint8Array;
  /** 1 where service time counts opening hours only */
  workingTime: Uint8Array;
  discipline: Uint8Array;
  waitingRoom: Float64Array;
  balkAt: Float64Array;
  balkP: Float64Array;
  schedules: (CompiledSchedule | null)[];
  /** service[s·C + c] */
  service: Sampler[];
  /** patience[s·C + c], or null (infinite patience) */
  patience: (Sampler | null)[];
  /**
   * Routing rows: row s·C + c for leaving station s as class c; row S·C + c for entering as
   * class c. Branches of a row are [routeStart[row], routeEnd[row]) with cumulative probability
   * routeCum, target station routeTo (−1 = exit) and class after the branch routeClass.
   * routeDraw[row] = 0 when the row is certain (one branch with p = 1): no random draw.
   */
  routeStart: Int32Array;
  routeEnd: Int32Array;
  routeDraw: Uint8Array;
  routeCum: Float64Array;
  routeTo: Int32Array;
  routeClass: Int32Array;
  interarrival: (Sampler | null)[];
  profiles: (CompiledProfile | null)[];
  arrivalLimit: Float64Array;
  priority: Float64Array;
  /** fixed relative deadline per class (NaN if none or random) */
  deadlineFixed: Float64Array;
  deadline: (Sampler | null)[];
  hasDeadlines: boolean;
  stopMinutes: number;
  stopCustomers: number;
  drain: boolean;
  /** a replication needing more events than this throws (a runaway guard) */
  maxEvents: number;
  warmup: number | 'auto';
  calendar: { openMinutes: number; daysPerWeek: number; sendHome: boolean } | null;
  counters: { id: string; mask: Uint8Array }[];
}

/** Compiles a (validated) network scenario; pure. */
export function compileNetwork(sc: NetworkScenario): NetworkModel {
  const stationIds = sc.stations.map((s) => s.id);
  const classIds = sc.classes.map((c) => c.id);
  const nS = stationIds.length;
  const nC = classIds.length;
  const sIndex = new Map(stationIds.map((id, i) => [id, i]));
  const cIndex = new Map(classIds.map((id, i) => [id, i]));

  const servers = new Int32Array(nS);
  const infinite = new Uint8Array(nS);
  const workingTime = Uint8Array.from(sc.stations, (st) => (st.workingTime ? 1 : 0));
  const discipline = new Uint8Array(nS);
  const waitingRoom = new Float64Array(nS).fill(Infinity);
  const balkAt = new Float64Array(nS).fill(Infinity);
  const balkP = new Float64Array(nS);
  const schedules: (CompiledSchedule | null)[] = [];
  sc.stations.forEach((st, s) => {
    infinite[s] = st.servers === 'infinite' ? 1 : 0;
    servers[s] = st.servers === 'infinite' ? INFINITE_SERVERS : st.servers;
    discipline[s] = st.discipline === 'fifo' ? Discipline.FIFO : st.discipline === 'priority' ? Discipline.PRIORITY : Discipline.EDF;
    if (st.waitingRoom !== undefined) waitingRoom[s] = st.waitingRoom;
    if (st.balking) {
      balkAt[s] = st.balking.queueLength;
      balkP[s] = st.balking.probability;
    }
    schedules.push(
      st.schedule
        ? {
            period: st.schedule.periodMinutes,
            starts: Float64Array.from(st.schedule.windows.map((w) => w.start)),
            servers: Int32Array.from(st.schedule.windows.map((w) => w.servers)),
          }
        : null,
    );
  });

  const service: Sampler[] = [];
  const patience: (Sampler | null)[] = [];
  for (let s = 0; s < nS; s++) {
    const st = sc.stations[s];
    const base = new Sampler(st.service);
    const basePatience = st.patience ? new Sampler(st.patience) : null;
    for (let c = 0; c < nC; c++) {
      const cl = sc.classes[c];
      const own = cl.service !== undefined && Object.hasOwn(cl.service, st.id) ? cl.service[st.id] : undefined;
      service.push(own ? new Sampler(own) : base);
      const ownP = cl.patience !== undefined && Object.hasOwn(cl.patience, st.id) ? cl.patience[st.id] : undefined;
      patience.push(ownP ? new Sampler(ownP) : basePatience);
    }
  }

  // routing rows
  const rows = nS * nC + nC;
  const routeStart = new Int32Array(rows);
  const routeEnd = new Int32Array(rows);
  const routeDraw = new Uint8Array(rows);
  const cum: number[] = [];
  const to: number[] = [];
  const cls: number[] = [];
  const addRow = (row: number, routes: Route[], c: number) => {
    routeStart[row] = cum.length;
    let acc = 0;
    for (const r of routes) {
      if (r.p <= 0) continue;
      acc += r.p;
      cum.push(Math.min(acc, 1));
      to.push(r.to === 'exit' ? -1 : (sIndex.get(r.to) as number));
      cls.push(r.class === undefined ? c : (cIndex.get(r.class) as number));
    }
    routeEnd[row] = cum.length;
    const n = routeEnd[row] - routeStart[row];
    routeDraw[row] = n === 0 || (n === 1 && acc >= 1 - 1e-12) ? 0 : 1;
    if (n > 0 && acc >= 1 - 1e-12) cum[cum.length - 1] = 1;
  };
  for (let s = 0; s < nS; s++)
    for (let c = 0; c < nC; c++) {
      const id = stationIds[s];
      addRow(s * nC + c, routingRow(sc, sc.classes[c], id), c);
    }
  for (let c = 0; c < nC; c++) {
    const a = sc.classes[c].arrivals;
    const routes: Route[] = a === undefined ? [] : typeof a.to === 'string' ? [{ to: a.to, p: 1 }] : a.to;
    addRow(nS * nC + c, routes, c);
  }

  const interarrival = sc.classes.map((c) => (c.arrivals ? new Sampler(c.arrivals.interarrival) : null));
  const profiles = sc.classes.map((c): CompiledProfile | null => {
    const p = c.arrivals?.profile;
    if (!p) return null;
    const max = p.multipliers.reduce((a, m) => (m > a ? m : a), 0);
    return {
      period: p.periodMinutes,
      slot: p.periodMinutes / p.multipliers.length,
      accept: Float64Array.from(p.multipliers.map((m) => m / max)),
      max,
    };
  });
  const arrivalLimit = Float64Array.from(sc.classes.map((c) => c.arrivals?.limit ?? Infinity));
  const priority = Float64Array.from(sc.classes.map((c) => c.priority));
  const deadlineFixed = Float64Array.from(sc.classes.map((c) => (typeof c.deadline === 'number' ? c.deadline : NaN)));
  const deadline = sc.classes.map((c) => (c.deadline !== undefined && typeof c.deadline !== 'number' ? new Sampler(c.deadline) : null));

  const stopMinutes = sc.stop.minutes ?? Infinity;
  const stopCustomers = sc.stop.customers ?? Infinity;
  const drain = sc.stop.drain ?? sc.stop.customers !== undefined;
  const calendar = sc.calendar
    ? {
        openMinutes: Math.min(sc.calendar.hoursPerDay * 60, 1440),
        daysPerWeek: sc.calendar.daysPerWeek,
        sendHome: sc.calendar.closing === 'send-home',
      }
    : null;
  const counters = sc.counters.map((c) => {
    const mask = new Uint8Array(nS);
    for (const st of c.stations) mask[sIndex.get(st) as number] = 1;
    return { id: c.id, mask };
  });

  return {
    scenario: sc,
    nS,
    nC,
    stationIds,
    classIds,
    servers,
    infinite,
    workingTime,
    discipline,
    waitingRoom,
    balkAt,
    balkP,
    schedules,
    service,
    patience,
    routeStart,
    routeEnd,
    routeDraw,
    routeCum: Float64Array.from(cum),
    routeTo: Int32Array.from(to),
    routeClass: Int32Array.from(cls),
    interarrival,
    profiles,
    arrivalLimit,
    priority,
    deadlineFixed,
    deadline,
    hasDeadlines: sc.classes.some((c) => c.deadline !== undefined),
    stopMinutes,
    stopCustomers,
    drain,
    maxEvents: sc.stop.maxEvents ?? DEFAULT_MAX_EVENTS,
    warmup: sc.warmup === 'auto' ? 'auto' : sc.warmup.minutes,
    calendar,
    counters,
  };
}
