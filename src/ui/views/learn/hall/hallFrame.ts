/**
 * The animated hall's per-frame state: where every applicant and file is at working minute t, and
 * the hall's counters, computed from one day's records (the engine's `dayRecords`). Pure and
 * allocation-free per frame (the output arrays are reused), so a canvas can call it at 60 frames
 * a second with thousands of applicants. Positions are in scene units: x and y in [0, 1].
 *
 * The scene: an entrance and ticket machine on the left; one band per window group with its queue
 * (snaking towards the windows) and its windows; the back offices on the right, split into those in
 * the centre, at the departments' headquarters and at their own offices; applicants leave towards
 * the exit at the bottom left.
 */
import type { CentreDayRecords, HallDayCounts, HallLayout, HallVisitFacts } from '../../../../client/simPool';

/** What the worker returns for the hall (the `hall` part of `dayRecords` and the records). */
export interface HallData {
  records: CentreDayRecords;
  layout: HallLayout;
  visits: HallVisitFacts;
  /** the engine's counts for the day at closing time */
  counts: HallDayCounts;
}

/** Kinds of dot the canvas draws (one colour each). */
export const DOT = {
  entering: 0,
  waiting: 1,
  atWindow: 2,
  leaving: 3,
  turnedAway: 4,
  fileInTransit: 5,
  fileAtBackOffice: 6,
} as const;
export const DOT_KINDS = 7;

/** Minutes an applicant takes to walk out of the hall, and a file's visible transit before it reaches its back office. */
const WALK_OUT = 3;
const FILE_TRANSIT = 10;
const X_ENTRANCE = 0.01;
const X_TICKET = 0.08;
const X_HALL = 0.11;
const X_HALL_END = 0.72;
const X_BACK = 0.75;

/** A rectangle in scene units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The prepared day: geometry and sorted records. */
export interface HallModel {
  /** opening and closing time of the day (working minutes of the run's clock) */
  from: number;
  to: number;
  data: HallData;
  /** per window group: its band, its queue area and its windows area */
  groups: Array<{ band: Box; queue: Box; windows: Box; servers: number; perRow: number }>;
  backOffices: Array<{ box: Box; place: HallLayout['backOffices'][number]['place'] }>;
  /** the three areas of back offices (centre, headquarters, own offices), for labels; `null` when empty */
  backAreas: Record<HallLayout['backOffices'][number]['place'], Box | null>;
  /** visit indices in order of enqueueing */
  visitOrder: Int32Array;
  /** first visit of each case (−1 without one) and the last end of a window service before each task */
  firstVisit: Int32Array;
  /** cases' arrival times, sorted (for the arrived counter) */
  arrivalsSorted: Float64Array;
  decidedSorted: Float64Array;
  tasksEnqueuedSorted: Float64Array;
  /** the number of dots a frame can hold */
  capacity: number;
}

/** One frame: dots and counters. */
export interface HallFrame {
  t: number;
  n: number;
  x: Float32Array;
  y: Float32Array;
  kind: Uint8Array;
  counts: HallDayCounts;
  /** per window group: visits waiting and at the windows; per back office: files there */
  groupWaiting: Int32Array;
  groupServing: Int32Array;
  backOfficeFiles: Int32Array;
}

/** A deterministic jitter in [0, 1) from an integer (a hash, so the same case always stands in the same spot). */
export function jitter(i: number, salt = 0): number {
  let h = Math.imul(i ^ (salt * 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function sorted(values: readonly number[], keep: (v: number) => boolean = () => true): Float64Array {
  return Float64Array.from(values.filter(keep)).sort();
}

/** Number of entries ≤ t in an ascending array. */
export function countUpTo(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lays out `n` boxes in a grid filling `area`, in rows of `cols`. */
function grid(area: Box, n: number, cols: number, gap: number): Box[] {
  const rows = Math.max(1, Math.ceil(n / cols));
  const w = (area.w - gap * (cols - 1)) / cols;
  const h = (area.h - gap * (rows - 1)) / rows;
  return Array.from({ length: n }, (_, i) => ({ x: area.x + (i % cols) * (w + gap), y: area.y + Math.floor(i / cols) * (h + gap), w, h }));
}

/** Prepares a day of records for drawing: geometry and sorted arrays; pure. `day` is the 0-based working day. */
export function prepareHall(data: HallData, day: number): HallModel {
  const { records, layout } = data;
  const from = day * layout.dayMinutes;
  const to = from + layout.dayMinutes;
  const G = layout.groups.length;
  const cols = G > 24 ? 3 : G > 8 ? 2 : 1;
  const bands = grid({ x: X_HALL, y: 0.06, w: X_HALL_END - X_HALL, h: 0.9 }, G, cols, 0.01);
  const groups = bands.map((band, g) => {
    const servers = layout.groups[g].servers;
    const windows = { x: band.x + band.w * 0.78, y: band.y, w: band.w * 0.22, h: band.h };
    const queue = { x: band.x, y: band.y, w: band.w * 0.76, h: band.h };
    return { band, queue, windows, servers, perRow: Math.max(4, Math.round((queue.w / Math.max(queue.h, 1e-6)) * 3)) };
  });
  const places = ['centre', 'headquarters', 'office'] as const;
  const present = places.filter((p) => layout.backOffices.some((b) => b.place === p));
  const areaH = 0.9 / Math.max(1, present.length);
  const backAreas: HallModel['backAreas'] = { centre: null, headquarters: null, office: null };
  present.forEach((p, k) => (backAreas[p] = { x: X_BACK, y: 0.06 + k * areaH, w: 1 - X_BACK - 0.01, h: areaH - 0.03 }));
  const backBoxes = new Array<Box>(layout.backOffices.length);
  for (const p of present) {
    const members = layout.backOffices.map((b, i) => (b.place === p ? i : -1)).filter((i) => i >= 0);
    const area = backAreas[p] as Box;
    grid({ x: area.x, y: area.y + 0.03, w: area.w, h: area.h - 0.03 }, members.length, members.length > 12 ? 4 : members.length > 4 ? 3 : 2, 0.004).forEach((box, k) => (backBoxes[members[k]] = box));
  }
  const v = records.visits;
  const visitOrder = Int32Array.from(v.enqueued.map((_, i) => i)).sort((a, b) => v.enqueued[a] - v.enqueued[b] || a - b);
  const nCases = records.cases.arrival.length;
  const firstVisit = new Int32Array(nCases).fill(-1);
  for (const i of visitOrder) if (firstVisit[v.case[i]] < 0) firstVisit[v.case[i]] = i;
  return {
    from,
    to,
    data,
    groups,
    backOffices: layout.backOffices.map((b, i) => ({ box: backBoxes[i], place: b.place })),
    backAreas,
    visitOrder,
    firstVisit,
    arrivalsSorted: sorted(records.cases.arrival),
    decidedSorted: sorted(records.cases.decided, (d) => d >= 0),
    tasksEnqueuedSorted: sorted(records.tasks.enqueued),
    capacity: nCases + v.case.length + records.tasks.case.length,
  };
}

/** An empty frame able to hold every dot of the model. */
export function createFrame(model: HallModel): HallFrame {
  const cap = Math.max(1, model.capacity);
  return {
    t: model.from,
    n: 0,
    x: new Float32Array(cap),
    y: new Float32Array(cap),
    kind: new Uint8Array(cap),
    counts: { arrived: 0, waiting: 0, served: 0, trips: 0, meanWaitMinutes: 0, files: 0, decided: 0 },
    groupWaiting: new Int32Array(model.groups.length),
    groupServing: new Int32Array(model.groups.length),
    backOfficeFiles: new Int32Array(model.backOffices.length),
  };
}

/**
 * The state of the hall at working minute `t` (clamped to the opening day), written into `out`
 * (or a new frame); pure apart from writing `out`. Counters count the day's cases only: cases
 * arrived (any channel), visits waiting now, services ended, trips to a window place, files handed
 * to back offices, cases decided, and the mean wait of visits called so far.
 */
export function hallFrame(model: HallModel, tIn: number, out: HallFrame = createFrame(model)): HallFrame {
  const t = Math.min(model.to, Math.max(model.from, tIn));
  const { records, visits: facts } = model.data;
  const v = records.visits;
  const c = records.cases;
  const tasks = records.tasks;
  out.t = t;
  out.groupWaiting.fill(0);
  out.groupServing.fill(0);
  out.backOfficeFiles.fill(0);
  let n = 0;
  const put = (x: number, y: number, kind: number) => {
    out.x[n] = x;
    out.y[n] = y;
    out.kind[n] = kind;
    n++;
  };

  // applicants walking from the entrance to the ticket machine (before their first queue)
  for (let k = 0; k < c.arrival.length; k++) {
    const a = c.arrival[k];
    const fv = model.firstVisit[k];
    if (fv < 0 || a > t) continue;
    const enq = v.enqueued[fv];
    if (t >= enq || enq - a > model.to - model.from) continue;
    const f = enq > a ? (t - a) / (enq - a) : 1;
    put(X_ENTRANCE + (X_TICKET - X_ENTRANCE) * f, 0.1 + 0.8 * jitter(k, 1), DOT.entering);
  }

  // window visits, in order of enqueueing (queue slots follow that order)
  let waiting = 0;
  let served = 0;
  let trips = 0;
  let called = 0;
  let sumWait = 0;
  for (let j = 0; j < model.visitOrder.length; j++) {
    const i = model.visitOrder[j];
    const enq = v.enqueued[i];
    if (enq > t) break;
    if (facts.newTrip[i] === 1) trips++;
    const g = v.group[i];
    const geo = model.groups[g];
    const qEnd = facts.queueEnd[i];
    const start = v.started[i];
    if (qEnd > t) {
      waiting++;
      const slot = out.groupWaiting[g]++;
      const perRow = geo.perRow;
      const row = Math.floor(slot / perRow);
      const col = slot % perRow;
      const rows = Math.max(1, Math.floor(geo.queue.h / (geo.queue.w / perRow)));
      // snake from the windows leftwards; overflow rows pile up at the back of the band
      const x = geo.queue.x + geo.queue.w * (1 - (col + 0.5) / perRow);
      const y = geo.queue.y + geo.queue.h * ((Math.min(row, rows - 1) + 0.5) / rows);
      put(x, y, DOT.waiting);
      continue;
    }
    if (facts.called[i] === 1) {
      called++;
      sumWait += start - enq;
      const end = start + v.minutes[i];
      if (end <= t) {
        served++;
        if (t - end < WALK_OUT) {
          const f = (t - end) / WALK_OUT;
          const x0 = geo.windows.x;
          const y0 = geo.windows.y + geo.windows.h / 2;
          put(x0 + (X_ENTRANCE - x0) * f, y0 + (0.98 - y0) * f, facts.wasted[i] === 1 ? DOT.turnedAway : DOT.leaving);
        }
      } else {
        const slot = out.groupServing[g]++ % geo.servers;
        const across = Math.min(geo.servers, 6);
        const down = Math.ceil(geo.servers / across);
        put(geo.windows.x + geo.windows.w * (((slot % across) + 0.5) / across), geo.windows.y + geo.windows.h * ((Math.floor(slot / across) + 0.5) / down), DOT.atWindow);
      }
    } else if (t - qEnd < WALK_OUT) {
      // gave up, turned away at a full hall or sent home at closing: leaves, to come back another day
      const f = (t - qEnd) / WALK_OUT;
      const x0 = geo.queue.x;
      const y0 = geo.queue.y + geo.queue.h / 2;
      put(x0 + (X_ENTRANCE - x0) * f, y0 + (0.98 - y0) * f, DOT.turnedAway);
    }
  }

  // files: in transit to their back office, then there until the department's work ends
  for (let k = 0; k < tasks.case.length; k++) {
    const at = tasks.enqueued[k];
    if (at - FILE_TRANSIT > t) continue;
    const ended = tasks.ended[k];
    if (ended >= 0 && ended <= t) continue;
    const b = model.data.layout.stepBackOffice[tasks.step[k]];
    const box = model.backOffices[b]?.box;
    if (!box) continue;
    const bx = box.x + box.w * (0.1 + 0.8 * jitter(k, 2));
    const by = box.y + box.h * (0.15 + 0.8 * jitter(k, 3));
    if (at > t) {
      const f = 1 - (at - t) / FILE_TRANSIT;
      const x0 = X_HALL_END;
      const y0 = 0.5;
      put(x0 + (bx - x0) * f, y0 + (by - y0) * f, DOT.fileInTransit);
    } else {
      out.backOfficeFiles[b]++;
      put(bx, by, DOT.fileAtBackOffice);
    }
  }

  out.n = n;
  const counts = out.counts;
  counts.arrived = countUpTo(model.arrivalsSorted, t);
  counts.waiting = waiting;
  counts.served = served;
  counts.trips = trips;
  counts.meanWaitMinutes = called > 0 ? sumWait / called : 0;
  counts.files = countUpTo(model.tasksEnqueuedSorted, t);
  counts.decided = countUpTo(model.decidedSorted, t);
  return out;
}
