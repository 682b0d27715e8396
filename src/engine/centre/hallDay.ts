/**
 * hallDay: one working day of a centre replication as the hall sees it — the places (window
 * groups, back offices) and, from the day's records, which window visits are new trips and the
 * day's counts (arrivals, services, trips, waits). An animated hall replays the same records, so
 * its counters at closing time must equal these counts. Pure.
 */
import type { CompiledCentre } from './compileCentre';
import { OUT_BALKED, OUT_REJECTED, OUT_RENEGED, OUT_SERVED, V_MISROUTE, type CentreDayRecords } from './reduceCentre';
import { STATIONINGS } from '../../domain/vocabulary';

/** Where a back office works: in the centre, at the department's headquarters (reception windows), or at its own office (no centre). */
export type BackOfficePlace = 'centre' | 'headquarters' | 'office';

/** The places of a compiled centre that an animated hall draws. */
export interface HallLayout {
  /** working minutes per opening day */
  dayMinutes: number;
  /** window groups (a department's windows, the comprehensive windows, the bureau, or a department's own office) */
  groups: Array<{ id: string; servers: number; office: boolean }>;
  backOffices: Array<{ id: string; servers: number; place: BackOfficePlace }>;
  /** back office of each compiled step (index = `records.tasks.step`) */
  stepBackOffice: number[];
}

/** What happened in the hall between opening and closing of the day (cases arriving that day only). */
export interface HallDayCounts {
  /** cases arriving during the day, any channel */
  arrived: number;
  /** window visits waiting at closing time (in the queue, not yet called) */
  waiting: number;
  /** window visits whose service ended by closing time (served, or turned away for materials) */
  served: number;
  /** arrivals at a window place: a first visit, a return after a wasted visit, a pickup, the next department's office */
  trips: number;
  /** mean wait of the visits called by closing time (minutes; 0 without any) */
  meanWaitMinutes: number;
  /** files handed to a back office by closing time (tasks begun) */
  files: number;
  /** cases decided by closing time */
  decided: number;
}

/** The places of a compiled centre; pure. */
export function hallLayout(cc: CompiledCentre): HallLayout {
  const place = (b: number): BackOfficePlace => {
    const d = Array.from(cc.depBo).indexOf(b);
    const stationing = d >= 0 ? STATIONINGS[cc.depStationing[d]] : 'bureau';
    return stationing === 'absent' ? 'office' : stationing === 'reception' ? 'headquarters' : 'centre';
  };
  return {
    dayMinutes: cc.dayMinutes,
    groups: cc.groupIds.map((id, g) => ({ id, servers: cc.groupServers[g], office: cc.groupOffice[g] === 1 })),
    backOffices: cc.boIds.map((id, b) => ({ id, servers: cc.boServers[b], place: place(b) })),
    stepBackOffice: Array.from(cc.stepBo),
  };
}

/**
 * For each visit of the day's records, 1 if it is a new trip: the case's first window visit, or any
 * later one except the right window after a misrouted visit in the same hall (the applicant walks
 * over, no new journey). Pure.
 */
export function visitNewTrips(records: CentreDayRecords): number[] {
  const v = records.visits;
  const n = v.case.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => v.case[a] - v.case[b] || v.enqueued[a] - v.enqueued[b] || a - b);
  const out = new Array<number>(n).fill(0);
  let prev = -1;
  for (const i of order) {
    const first = prev < 0 || v.case[prev] !== v.case[i];
    const walkedOver = !first && v.kind[prev] === V_MISROUTE && v.outcome[prev] === OUT_SERVED;
    out[i] = first || !walkedOver ? 1 : 0;
    prev = i;
  }
  return out;
}

/**
 * For each visit of the day's records, when it left the queue: called to the window (service
 * start), gave up (reneged: the recorded start is the moment of leaving), turned away at a full
 * hall (balked: at once), or sent home at closing time (the end of the opening day). Pure.
 */
export function visitQueueEnds(records: CentreDayRecords, dayMinutes: number): number[] {
  const v = records.visits;
  return v.enqueued.map((enq, i) => {
    const out = v.outcome[i];
    if (out === OUT_BALKED) return enq;
    if (v.started[i] >= 0 && (out === OUT_SERVED || out === OUT_REJECTED || out === OUT_RENEGED)) return v.started[i];
    return (Math.floor(enq / dayMinutes) + 1) * dayMinutes;
  });
}

/** Per-visit facts the hall and the day's counts share (one entry per visit of the day's records). */
export interface HallVisitFacts {
  /** 1 if the visit is a new trip ({@link visitNewTrips}) */
  newTrip: number[];
  /** when the visit left the queue ({@link visitQueueEnds}) */
  queueEnd: number[];
  /** 1 if the visit reached a window (served, or turned away there for incomplete materials) */
  called: number[];
  /** 1 if the visit was wasted: turned away for materials, gave up, turned away at a full hall, sent home at closing */
  wasted: number[];
}

/** A visit that reached a window: served, or turned away there for incomplete materials. */
const calledToWindow = (records: CentreDayRecords, i: number): boolean =>
  records.visits.started[i] >= 0 && (records.visits.outcome[i] === OUT_SERVED || records.visits.outcome[i] === OUT_REJECTED);

/** The per-visit facts of a day's records; pure. */
export function hallVisitFacts(records: CentreDayRecords, dayMinutes: number): HallVisitFacts {
  const v = records.visits;
  return {
    newTrip: visitNewTrips(records),
    queueEnd: visitQueueEnds(records, dayMinutes),
    called: v.case.map((_, i) => (calledToWindow(records, i) ? 1 : 0)),
    wasted: v.outcome.map((o) => (o === OUT_SERVED ? 0 : 1)),
  };
}

/** The day's counts up to `until` (working minutes; the day's closing time for the day's KPIs); pure. */
export function hallDayCounts(records: CentreDayRecords, facts: HallVisitFacts, until: number): HallDayCounts {
  const c = records.cases;
  const v = records.visits;
  let arrived = 0;
  for (const a of c.arrival) if (a <= until) arrived++;
  let decided = 0;
  for (const d of c.decided) if (d >= 0 && d <= until) decided++;
  let waiting = 0;
  let served = 0;
  let trips = 0;
  let called = 0;
  let sumWait = 0;
  for (let i = 0; i < v.case.length; i++) {
    const enq = v.enqueued[i];
    if (enq > until) continue;
    if (facts.newTrip[i] === 1) trips++;
    if (facts.queueEnd[i] > until) waiting++;
    const start = v.started[i];
    if (facts.called[i] === 1 && start <= until) {
      called++;
      sumWait += start - enq;
      if (start + v.minutes[i] <= until) served++;
    }
  }
  let files = 0;
  for (const s of records.tasks.enqueued) if (s <= until) files++;
  return { arrived, waiting, served, trips, meanWaitMinutes: called > 0 ? sumWait / called : 0, files, decided };
}
