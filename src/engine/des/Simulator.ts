/**
 * The discrete-event loop of one replication of a compiled network. All state lives in typed
 * arrays and numeric fields; the loop takes the earlier of the (time, seq) heap's top and the next
 * external arrival (kept outside the heap, one per class) and switches on the event kind — no
 * Promise, generator or closure per event. Random streams are per (seed, replication, source), so
 * results depend on the replication index only.
 */
import { Discipline, type NetworkModel } from '../compile/compileNetwork';
import { EXPONENTIAL, type Sampler } from '../random/distributions';
import { Rng, hashString } from '../random/rng';
import { standardExponential } from '../random/ziggurat';
import { EventHeap } from './EventHeap';
import { type CaseRecords, Outcome, RecordStore } from './records';
import { StationQueue } from './StationQueue';
import { ScenarioError } from '../scenario/ScenarioError';

/** event kinds, packed into the low bits of an event's payload: (id << KIND_BITS) | kind */
const KIND_BITS = 3;
const KIND_MASK = 7;
const ARRIVAL = 0;
const DEPART = 1;
const RENEGE = 2;
const SCHEDULE = 3;
const OPEN = 4;
const CLOSE = 5;
const WARMUP = 6;
const STOP = 7;

const DAY = 1440;
const WEEK = 7 * DAY;

/**
 * Per-station time integrals over the statistics window (minutes × count) that records cannot
 * give. (∫ queue length and ∫ busy servers are sums of visit durations: the reduction computes
 * them from the records.)
 */
export interface StationAreas {
  /** ∫ servers available dt (scheduled servers while open; those still busy after closing) */
  available: Float64Array;
}

/**
 * The event loop of a compiled network; stateful. `start(replication, warmup)` resets it (the
 * record arrays are kept and reused, so one simulator can run many replications without
 * allocating), `run()` runs to the end, `records()` exposes the flat records until the next start.
 */
export class Simulator {
  readonly m: NetworkModel;
  replication = 0;
  warmup = 0;
  /** events processed */
  events = 0;
  /** the clock, minutes */
  now = 0;
  /** set if an event was ever scheduled in the past (a bug guard for the property tests) */
  clockWentBack = false;
  /** time the run ended */
  end = 0;

  private readonly nS: number;
  private readonly nC: number;
  private readonly heap = new EventHeap(256);
  // streams
  private readonly streams: Rng[];
  private readonly streamKeys: Int32Array;
  private readonly arrRng: Rng[];
  private readonly entryRng: Rng[];
  private readonly deadlineRng: Rng[];
  private readonly svcRng: Rng[];
  private readonly routeRng: Rng[];
  private readonly behRng: Rng[];
  // model, copied into fields for the hot loop
  private readonly service: Sampler[];
  private readonly patience: (Sampler | null)[];
  private readonly hasPatience: boolean;
  private readonly keyIsPriority: Uint8Array;
  private readonly keyIsDeadline: Uint8Array;
  private readonly priority: Float64Array;
  private readonly waitingRoom: Float64Array;
  private readonly balkAt: Float64Array;
  private readonly balkP: Float64Array;
  private readonly calendarFree: Uint8Array;
  private readonly workingTime: Uint8Array;
  private readonly sendHome: boolean;
  private readonly routeStart: Int32Array;
  private readonly routeEnd: Int32Array;
  private readonly routeDraw: Uint8Array;
  private readonly routeCum: Float64Array;
  private readonly routeTo: Int32Array;
  private readonly routeClass: Int32Array;
  private readonly entryRow: number;
  private readonly arrivalLimit: Float64Array;
  private readonly interarrival: (Sampler | null)[];
  private readonly profiles: NetworkModel['profiles'];
  private readonly hasCalendar: boolean;
  private readonly hasDeadlines: boolean;
  /** deadlines are drawn (some class has one) or read (an EDF station) during the run */
  private readonly writesDeadlines: boolean;
  /** some routing branch switches class */
  private readonly switches: boolean;
  private readonly drain: boolean;
  private readonly stopCustomers: number;
  private readonly stopMinutes: number;
  // station state
  private readonly busy: Int32Array;
  private readonly cap: Int32Array;
  private readonly capSched: Int32Array;
  private readonly schedCode: Int32Array;
  private readonly nq: Int32Array;
  /** most servers a station ever has (its schedule's maximum) */
  private readonly maxServers: Int32Array;
  /** DEPART and RENEGE events in the heap */
  private pendingService = 0;
  private readonly queues: StationQueue[];
  private readonly last: Float64Array;
  readonly areas: StationAreas;
  private readonly tracked: Uint8Array;
  // system
  private open = true;
  private nInSystem = 0;
  private pendingArrivals = 0;
  /**
   * External arrivals live outside the heap: one pending time per class, and the earliest of
   * them. The loop takes the heap's top or this, whichever is earlier (the heap on ties, so a
   * departure at the same instant frees its server for the arrival). This halves heap traffic.
   */
  private readonly nextArrival: Float64Array;
  private nextArrivalTime = Infinity;
  private nextArrivalClass = -1;
  private arrivals = 0;
  private readonly arrClock: Float64Array;
  private readonly arrCount: Float64Array;
  private switchTo = -1;
  // records
  private nCases = 0;
  private nVisits = 0;
  private caseClass: Int32Array;
  private caseCur: Int32Array;
  private caseArrive: Float64Array;
  private caseDepart: Float64Array;
  private caseOutcome: Uint8Array;
  private caseWait: Float64Array;
  private caseDeadline: Float64Array;
  private caseVisits: Int32Array;
  private counters: Int32Array[];
  private readonly counterMasks: Uint8Array[];
  private readonly counterIds: string[];
  private readonly store: RecordStore;
  private readonly expectedCases: number;
  private visitCase: Int32Array;
  private visitStation: Int32Array;
  private visitClass: Int32Array;
  private visitArrive: Float64Array;
  private visitStart: Float64Array;
  private visitEnd: Float64Array;
  private visitOutcome: Uint8Array;

  /**
   * Allocates state for a model; records go to `store` (shared between simulators that run one
   * after another) or to a new store sized for about `expectedCases` cases.
   */
  constructor(model: NetworkModel, expectedCases = 1024, store?: RecordStore) {
    this.m = model;
    const nS = (this.nS = model.nS);
    const nC = (this.nC = model.nC);
    // one stream per random source, keyed by its name: `service:hall`, `arrivals:walk-in`, …
    const streams: Rng[] = [];
    const keys: number[] = [];
    const make = (prefix: string, ids: string[]) =>
      ids.map((id) => {
        const g = new Rng(0, 0, 0);
        streams.push(g);
        keys.push(hashString(prefix + id));
        return g;
      });
    this.arrRng = make('arrivals:', model.classIds);
    this.entryRng = make('entry:', model.classIds);
    this.deadlineRng = make('deadline:', model.classIds);
    this.svcRng = make('service:', model.stationIds);
    this.routeRng = make('routing:', model.stationIds);
    this.behRng = make('behaviour:', model.stationIds);
    this.streams = streams;
    this.streamKeys = Int32Array.from(keys);

    this.service = model.service;
    this.patience = model.patience;
    this.hasPatience = model.patience.some((p) => p !== null);
    this.keyIsPriority = Uint8Array.from(model.discipline, (d) => (d === Discipline.PRIORITY ? 1 : 0));
    this.keyIsDeadline = Uint8Array.from(model.discipline, (d) => (d === Discipline.EDF ? 1 : 0));
    this.priority = model.priority;
    this.waitingRoom = model.waitingRoom;
    this.balkAt = model.balkAt;
    this.balkP = model.balkP;
    this.calendarFree = Uint8Array.from(model.infinite);
    this.workingTime = model.workingTime;
    this.sendHome = model.calendar !== null && model.calendar.sendHome;
    this.routeStart = model.routeStart;
    this.routeEnd = model.routeEnd;
    this.routeDraw = model.routeDraw;
    this.routeCum = model.routeCum;
    this.routeTo = model.routeTo;
    this.routeClass = model.routeClass;
    this.entryRow = nS * nC;
    this.arrivalLimit = model.arrivalLimit;
    this.interarrival = model.interarrival;
    this.profiles = model.profiles;
    this.hasCalendar = model.calendar !== null;
    this.hasDeadlines = model.hasDeadlines;
    this.writesDeadlines = model.hasDeadlines || model.discipline.some((d) => d === Discipline.EDF);
    this.switches = model.routeClass.some((c, i) => {
      // a branch switches if its class differs from its row's class
      for (let row = 0; row < model.routeStart.length; row++)
        if (i >= model.routeStart[row] && i < model.routeEnd[row]) return c !== row % nC;
      return false;
    });
    this.drain = model.drain;
    this.stopCustomers = model.stopCustomers;
    this.stopMinutes = model.stopMinutes;

    this.busy = new Int32Array(nS);
    this.cap = new Int32Array(nS);
    this.capSched = new Int32Array(nS);
    this.schedCode = new Int32Array(nS);
    this.maxServers = Int32Array.from(model.servers);
    model.schedules.forEach((sch, i) => {
      if (sch !== null) this.maxServers[i] = Math.max(...sch.servers);
    });
    this.nq = new Int32Array(nS);
    this.queues = [];
    for (let s = 0; s < nS; s++) this.queues.push(new StationQueue(model.discipline[s] !== Discipline.FIFO));
    this.last = new Float64Array(nS);
    this.areas = { available: new Float64Array(nS) };
    // stations whose available servers change over time need the online integral
    this.tracked = Uint8Array.from(model.schedules, (sch, i) => (sch !== null || (model.calendar !== null && model.infinite[i] === 0) ? 1 : 0));
    this.arrClock = new Float64Array(nC);
    this.nextArrival = new Float64Array(nC).fill(Infinity);
    this.arrCount = new Float64Array(nC);

    this.counterMasks = model.counters.map((c) => c.mask);
    this.counterIds = model.counters.map((c) => c.id);
    this.store = store ?? new RecordStore(expectedCases);
    this.expectedCases = Math.max(16, expectedCases | 0);
    this.counters = [];
    this.caseClass = this.caseCur = this.caseVisits = this.visitCase = this.visitStation = this.visitClass = new Int32Array(0);
    this.caseArrive = this.caseDepart = this.caseWait = this.caseDeadline = new Float64Array(0);
    this.visitArrive = this.visitStart = this.visitEnd = new Float64Array(0);
    this.caseOutcome = this.visitOutcome = new Uint8Array(0);
    this.adopt();
  }

  /** Resets every stream and all state for `replication` and schedules the first events. */
  start(replication: number, warmup: number): void {
    const m = this.m;
    this.replication = replication;
    this.warmup = warmup;
    const seed = m.scenario.seed;
    const streams = this.streams;
    for (let i = 0; i < streams.length; i++) streams[i].reseed(seed, replication, this.streamKeys[i]);
    this.events = 0;
    this.now = 0;
    this.end = 0;
    this.clockWentBack = false;
    this.heap.clear();
    this.busy.fill(0);
    this.cap.set(m.servers);
    this.capSched.set(m.servers);
    this.nq.fill(0);
    for (const q of this.queues) q.clear();
    this.last.fill(0);
    this.areas.available.fill(0);
    this.open = true;
    this.calendarDay = 0;
    this.nInSystem = 0;
    this.pendingArrivals = 0;
    this.nextArrival.fill(Infinity);
    this.nextArrivalTime = Infinity;
    this.nextArrivalClass = -1;
    this.pendingService = 0;
    this.arrivals = 0;
    this.arrClock.fill(0);
    this.arrCount.fill(0);
    this.switchTo = -1;
    this.nCases = 0;
    this.nVisits = 0;
    this.store.reserve(this.expectedCases, this.expectedCases, this.counterMasks.length);
    this.adopt();

    // first events
    if (warmup > 0) this.heap.push(warmup, WARMUP);
    if (!this.drain && this.stopMinutes < Infinity) this.heap.push(this.stopMinutes, STOP);
    for (let c = 0; c < this.nC; c++) if (m.interarrival[c] !== null && m.arrivalLimit[c] > 0) this.scheduleArrival(c);
    for (let s = 0; s < this.nS; s++) {
      const sch = m.schedules[s];
      if (sch === null) continue;
      const k = sch.starts.length;
      // the window in force at time 0 is the last one starting at or before 0 (wrapping)
      const j0 = sch.starts[0] > 0 ? k - 1 : 0;
      this.capSched[s] = this.cap[s] = sch.servers[j0];
      if (k > 1 || sch.starts[0] > 0) {
        const j = sch.starts[0] > 0 ? 0 : 1;
        this.schedCode[s] = j;
        this.heap.push(sch.starts[j % k] + (j >= k ? sch.period : 0), (s << KIND_BITS) | SCHEDULE);
      }
    }
    const cal = m.calendar;
    if (cal !== null && (cal.openMinutes < DAY || cal.daysPerWeek < 7)) this.heap.push(cal.openMinutes, CLOSE);
  }

  /** Runs the loop to the end; mutates this simulator. */
  run(): void {
    this.loop();
    this.finish();
  }

  /** The event loop proper: pop, dispatch on kind, check the stop rule. */
  private loop(): void {
    const heap = this.heap;
    const drain = this.drain;
    // without a STOP event the run ends when no arrivals are left and the system is empty
    const untilEmpty = drain || this.stopMinutes === Infinity;
    const maxEvents = this.m.maxEvents;
    let now = this.now;
    let events = this.events;
    for (;;) {
      const ta = this.nextArrivalTime;
      let t: number;
      let kind: number;
      let id: number;
      if (heap.size > 0 && heap.topTime() <= ta) {
        heap.pop();
        t = heap.t;
        const payload = heap.payload;
        kind = payload & KIND_MASK;
        id = payload >> KIND_BITS;
      } else if (ta < Infinity) {
        t = ta;
        kind = ARRIVAL;
        id = this.nextArrivalClass;
      } else break;
      if (t < now) this.clockWentBack = true;
      now = this.now = t;
      if (++events > maxEvents)
        throw new ScenarioError('stop.maxEvents', { code: 'run.eventsExceeded', minute: Number(t.toPrecision(6)) }, maxEvents);
      if (kind === DEPART) this.onDepart(id, t);
      else if (kind === ARRIVAL) this.onArrival(id, t);
      else if (kind === RENEGE) this.onRenege(id, t);
      else if (kind === SCHEDULE) this.onSchedule(id, t);
      else if (kind === CLOSE) this.onClose(t);
      else if (kind === OPEN) this.onOpen(t);
      else if (kind === WARMUP) this.onWarmup(t);
      else if (kind === STOP) break;
      if (this.pendingArrivals === 0 && untilEmpty) {
        // drained; or stuck: only waiting cases left, at stations that never have a server
        if (this.nInSystem === 0 || (this.pendingService === 0 && this.stuck())) break;
      } else if (this.arrivals >= this.stopCustomers && !drain) break;
    }
    this.events = events;
  }

  /** Closes the time integrals at the end time and marks visits still in service. */
  private finish(): void {
    const now = this.now;
    const drain = this.drain;
    this.end = drain ? now : this.stopMinutes < Infinity ? this.stopMinutes : now;
    if (this.end < this.warmup) this.end = this.warmup;
    const span = this.end - this.warmup;
    for (let s = 0; s < this.nS; s++) {
      if (this.tracked[s] === 1) this.touch(s, this.end);
      else this.areas.available[s] = this.m.servers[s] * span; // constant servers, never exceeded
    }
    // visits still there at the end: in service, or waiting; neither has ended (visitEnd held
    // their planned service time)
    for (let v = 0; v < this.nVisits; v++) {
      if (this.visitOutcome[v] !== Outcome.WAITING) continue;
      if (this.visitStart[v] === this.visitStart[v]) this.visitOutcome[v] = Outcome.IN_SERVICE;
      this.visitEnd[v] = NaN;
    }
  }

  private counterViews(c: number): Int32Array[] {
    const out: Int32Array[] = [];
    for (let i = 0; i < this.counters.length; i++) out.push(this.counters[i].subarray(0, c));
    return out;
  }

  /** True if no waiting case can ever be served (every station holding one has no servers, ever). */
  private stuck(): boolean {
    for (let s = 0; s < this.nS; s++) if (this.nq[s] > 0 && this.maxServers[s] > 0) return false;
    return true;
  }

  /** The flat records (views valid up to the counts); pure read after `run`. */
  records(): CaseRecords {
    const c = this.nCases;
    const v = this.nVisits;
    return {
      cases: c,
      visits: v,
      stationIds: this.m.stationIds,
      classIds: this.m.classIds,
      counterIds: this.counterIds,
      warmup: this.warmup,
      end: this.end,
      caseClass: this.caseClass.subarray(0, c),
      caseArrive: this.caseArrive.subarray(0, c),
      caseDepart: this.caseDepart.subarray(0, c),
      caseOutcome: this.caseOutcome.subarray(0, c),
      caseWait: this.caseWait.subarray(0, c),
      caseDeadline: this.writesDeadlines ? this.caseDeadline.subarray(0, c) : this.caseDeadline.subarray(0, c).fill(Infinity),
      caseVisits: this.caseVisits.subarray(0, c),
      counters: this.counterViews(c),
      visitCase: this.visitCase.subarray(0, v),
      visitStation: this.visitStation.subarray(0, v),
      visitClass: this.visitClass.subarray(0, v),
      visitArrive: this.visitArrive.subarray(0, v),
      visitStart: this.visitStart.subarray(0, v),
      visitEnd: this.visitEnd.subarray(0, v),
      visitOutcome: this.visitOutcome.subarray(0, v),
    };
  }

  // ---- arrivals -------------------------------------------------------------------------

  /** Draws the next arrival time of class c on its arrival clock and schedules it. */
  private scheduleArrival(c: number): void {
    const sampler = this.interarrival[c] as Sampler;
    const rng = this.arrRng[c];
    const prof = this.profiles[c];
    let x = this.arrClock[c];
    // the exponential draw is inlined: a call returning a double would box it
    if (prof === null) x += sampler.kind === EXPONENTIAL ? sampler.p0 * standardExponential(rng) : sampler.sample(rng);
    else {
      // thinning: candidates at rate × max, kept with probability multiplier(slot) / max
      for (;;) {
        x += sampler.sample(rng) / prof.max;
        const slot = Math.floor((x % prof.period) / prof.slot);
        const keep = prof.accept[slot < prof.accept.length ? slot : prof.accept.length - 1];
        if (keep >= 1 || rng.next() < keep) break;
        if (this.toWall(x) >= this.stopMinutes) break;
      }
    }
    this.arrClock[c] = x;
    const t = this.hasCalendar ? this.toWall(x) : x;
    if (t >= this.stopMinutes) return;
    this.pendingArrivals++;
    this.nextArrival[c] = t;
    if (t < this.nextArrivalTime) {
      this.nextArrivalTime = t;
      this.nextArrivalClass = c;
    }
  }

  /** Recomputes the earliest pending arrival after class c's was taken. */
  private takeArrival(c: number): void {
    this.nextArrival[c] = Infinity;
    const next = this.nextArrival;
    let best = Infinity;
    let bc = -1;
    for (let i = 0; i < next.length; i++) {
      if (next[i] < best) {
        best = next[i];
        bc = i;
      }
    }
    this.nextArrivalTime = best;
    this.nextArrivalClass = bc;
  }

  /** Maps open time (minutes the centre has been open) to calendar time. */
  private toWall(x: number): number {
    const cal = this.m.calendar;
    if (cal === null) return x;
    const o = cal.openMinutes;
    const weekOpen = o * cal.daysPerWeek;
    const w = Math.floor(x / weekOpen);
    const r = x - w * weekOpen;
    const d = Math.floor(r / o);
    return w * WEEK + d * DAY + (r - d * o);
  }

  /** Maps calendar time to open time (a closed instant maps to the next opening). */
  private toOpen(t: number): number {
    const cal = this.m.calendar!;
    const o = cal.openMinutes;
    const days = cal.daysPerWeek;
    const w = Math.floor(t / WEEK);
    const r = t - w * WEEK;
    const d = Math.floor(r / DAY);
    const within = r - d * DAY;
    if (d >= days) return (w + 1) * o * days;
    if (within >= o) return (w * days + d + 1) * o;
    return (w * days + d) * o + within;
  }

  /** Like toWall, but the end of an opening day maps to its closing time, not the next opening. */
  private toWallEnd(x: number): number {
    const cal = this.m.calendar!;
    const o = cal.openMinutes;
    const weekOpen = o * cal.daysPerWeek;
    const w = Math.floor(x / weekOpen);
    const r = x - w * weekOpen;
    const d = Math.floor(r / o);
    const within = r - d * o;
    if (within === 0 && x > 0) return d === 0 ? (w - 1) * WEEK + (cal.daysPerWeek - 1) * DAY + o : w * WEEK + (d - 1) * DAY + o;
    return w * WEEK + d * DAY + within;
  }

  private onArrival(c: number, t: number): void {
    this.pendingArrivals--;
    this.takeArrival(c);
    if (this.arrivals >= this.stopCustomers) return;
    this.arrivals++;
    this.arrCount[c]++;
    if (this.arrCount[c] < this.arrivalLimit[c] && this.arrivals < this.stopCustomers) this.scheduleArrival(c);
    const k = this.nCases++;
    if (k === this.caseClass.length) this.growCases();
    this.caseClass[k] = c;
    if (this.switches) this.caseCur[k] = c;
    this.caseArrive[k] = t;
    this.caseDepart[k] = NaN;
    this.caseOutcome[k] = Outcome.WAITING;
    this.caseWait[k] = 0;
    this.caseVisits[k] = 0;
    if (this.writesDeadlines) {
      let due = Infinity;
      const fixed = this.m.deadlineFixed[c];
      const d = this.m.deadline[c];
      if (fixed === fixed) due = t + fixed;
      else if (d !== null) due = t + d.sample(this.deadlineRng[c]);
      this.caseDeadline[k] = due;
    }
    this.nInSystem++;
    const next = this.route(this.entryRow + c, this.entryRng[c]);
    if (next < 0) this.complete(k, t);
    else this.arriveAt(k, next, t);
  }

  /** Chooses the next station for routing row `row` (−1 = exit); sets `switchTo` to the class. */
  private route(row: number, rng: Rng): number {
    const start = this.routeStart[row];
    const end = this.routeEnd[row];
    if (this.routeDraw[row] === 0) {
      if (start === end) {
        this.switchTo = -1;
        return -1;
      }
      this.switchTo = this.routeClass[start];
      return this.routeTo[start];
    }
    const u = rng.next();
    const cum = this.routeCum;
    for (let i = start; i < end; i++) {
      if (u < cum[i]) {
        this.switchTo = this.routeClass[i];
        return this.routeTo[i];
      }
    }
    this.switchTo = -1;
    return -1;
  }

  // ---- station visits -------------------------------------------------------------------

  private arriveAt(k: number, s: number, t: number): void {
    if (this.switchTo >= 0) this.caseCur[k] = this.switchTo;
    const c = this.caseCur[k];
    if (this.tracked[s] === 1) this.touch(s, t);
    const v = this.nVisits++;
    if (v === this.visitCase.length) this.growVisits();
    this.visitCase[v] = k;
    this.visitStation[v] = s;
    this.visitClass[v] = c;
    this.visitArrive[v] = t;
    // visitStart is written below: the service start, or NaN (queued or gone)
    // The service time is drawn on arrival, so the k-th arrival at a station gets the k-th draw
    // whatever the queue order, servers or losses: common random numbers stay aligned across
    // scenarios that differ in discipline or capacity. Until the visit ends, visitEnd holds it.
    const smp = this.service[s * this.nC + c];
    this.visitEnd[v] = smp.kind === EXPONENTIAL ? smp.p0 * standardExponential(this.svcRng[s]) : smp.sample(this.svcRng[s]);
    this.visitOutcome[v] = Outcome.WAITING;
    this.caseVisits[k]++;
    const masks = this.counterMasks;
    for (let i = 0; i < masks.length; i++) if (masks[i][s] === 1) this.counters[i][k]++;

    if (!this.open && this.sendHome && this.calendarFree[s] === 0) {
      this.abandon(v, k, t, Outcome.SENT_HOME);
      return;
    }
    if (this.busy[s] < this.cap[s]) {
      this.startService(v, s, t);
      return;
    }
    const nq = this.nq[s];
    if (nq >= this.waitingRoom[s]) {
      this.abandon(v, k, t, Outcome.BLOCKED);
      return;
    }
    if (nq >= this.balkAt[s]) {
      const p = this.balkP[s];
      if (p >= 1 || this.behRng[s].next() < p) {
        this.abandon(v, k, t, Outcome.BALKED);
        return;
      }
    }
    this.visitStart[v] = NaN;
    const key = this.keyIsPriority[s] === 1 ? this.priority[c] : this.keyIsDeadline[s] === 1 ? this.caseDeadline[k] : 0;
    this.queues[s].push(v, key);
    this.nq[s] = nq + 1;
    if (this.hasPatience) {
      const p = this.patience[s * this.nC + c];
      if (p !== null) {
        this.pendingService++;
        this.heap.push(t + p.sample(this.behRng[s]), (v << KIND_BITS) | RENEGE);
      }
    }
  }

  /** Starts serving visit v (its wait, if any, is already added to the case). */
  private startService(v: number, s: number, t: number): void {
    this.busy[s]++;
    this.visitStart[v] = t;
    const d = this.visitEnd[v]; // the service time drawn on arrival
    this.pendingService++;
    this.heap.push(this.workingTime[s] === 1 ? this.toWallEnd(this.toOpen(t) + d) : t + d, (v << KIND_BITS) | DEPART);
  }

  /** Starts service for waiting visits while servers are free; call after touch(s). */
  private fill(s: number, t: number): void {
    const q = this.queues[s];
    while (this.nq[s] > 0 && this.busy[s] < this.cap[s]) {
      let w = q.pop();
      while (this.visitOutcome[w] !== Outcome.WAITING) w = q.pop();
      this.nq[s]--;
      this.caseWait[this.visitCase[w]] += t - this.visitArrive[w];
      this.startService(w, s, t);
    }
  }

  private onDepart(v: number, t: number): void {
    this.pendingService--;
    const s = this.visitStation[v];
    if (this.tracked[s] === 1) this.touch(s, t);
    this.busy[s]--;
    this.visitEnd[v] = t;
    this.visitOutcome[v] = Outcome.DONE;
    if (this.nq[s] > 0 && this.busy[s] < this.cap[s]) this.fill(s, t);
    const k = this.visitCase[v];
    const next = this.route(s * this.nC + this.caseCur[k], this.routeRng[s]);
    if (next < 0) this.complete(k, t);
    else this.arriveAt(k, next, t);
  }

  private onRenege(v: number, t: number): void {
    this.pendingService--;
    if (this.visitOutcome[v] !== Outcome.WAITING || this.visitStart[v] === this.visitStart[v]) return;
    const s = this.visitStation[v];
    if (this.tracked[s] === 1) this.touch(s, t);
    this.nq[s]--;
    this.abandon(v, this.visitCase[v], t, Outcome.RENEGED);
  }

  private complete(k: number, t: number): void {
    this.nInSystem--;
    this.caseDepart[k] = t;
    this.caseOutcome[k] = Outcome.DONE;
  }

  private abandon(v: number, k: number, t: number, outcome: number): void {
    this.visitStart[v] = NaN;
    this.visitEnd[v] = t;
    this.visitOutcome[v] = outcome;
    this.nInSystem--;
    this.caseDepart[k] = t;
    this.caseOutcome[k] = outcome;
  }

  // ---- schedules and the calendar --------------------------------------------------------

  private onSchedule(s: number, t: number): void {
    const sch = this.m.schedules[s]!;
    const code = this.schedCode[s];
    const k = sch.starts.length;
    const j = code % k;
    const cycle = (code - j) / k;
    if (this.tracked[s] === 1) this.touch(s, t);
    this.capSched[s] = sch.servers[j];
    if (this.open) {
      this.cap[s] = sch.servers[j];
      this.fill(s, t);
    }
    const nj = j + 1;
    const ncode = cycle * k + nj;
    const nt = nj < k ? cycle * sch.period + sch.starts[nj] : (cycle + 1) * sch.period + sch.starts[0];
    this.schedCode[s] = ncode;
    this.heap.push(nt, (s << KIND_BITS) | SCHEDULE);
  }

  private calendarDay = 0;

  private onClose(t: number): void {
    const cal = this.m.calendar!;
    const day = this.calendarDay;
    for (let s = 0; s < this.nS; s++) if (this.tracked[s] === 1) this.touch(s, t);
    this.open = false;
    if (cal.sendHome) {
      for (let s = 0; s < this.nS; s++) {
        if (this.calendarFree[s] === 1) continue;
        this.cap[s] = 0;
        const q = this.queues[s];
        while (q.size > 0) {
          const v = q.pop();
          if (this.visitOutcome[v] !== Outcome.WAITING) continue;
          this.abandon(v, this.visitCase[v], t, Outcome.SENT_HOME);
        }
        this.nq[s] = 0;
      }
    }
    // next opening: the next working day (days 0 … daysPerWeek−1 of each week)
    let d = day + 1;
    if (d % 7 >= cal.daysPerWeek) d = (Math.floor(d / 7) + 1) * 7;
    this.calendarDay = d;
    this.heap.push(d * DAY, OPEN);
  }

  private onOpen(t: number): void {
    const cal = this.m.calendar!;
    const day = this.calendarDay;
    for (let s = 0; s < this.nS; s++) if (this.tracked[s] === 1) this.touch(s, t);
    this.open = true;
    for (let s = 0; s < this.nS; s++) {
      if (this.calendarFree[s] === 1) continue;
      this.cap[s] = this.capSched[s];
      this.fill(s, t);
    }
    this.heap.push(day * DAY + cal.openMinutes, CLOSE);
  }

  private onWarmup(t: number): void {
    for (let s = 0; s < this.nS; s++) {
      if (this.tracked[s] === 1) this.touch(s, t);
      this.areas.available[s] = 0;
    }
  }

  // ---- time integrals -------------------------------------------------------------------

  /** Accumulates station s's available server-minutes up to t with its state since the last change. */
  private touch(s: number, t: number): void {
    const dt = t - this.last[s];
    if (dt > 0) {
      const b = this.busy[s];
      const c = this.cap[s];
      // the scheduled servers (or those still busy past a cut); after closing under serve-all
      // they stay while anyone is left at the station
      const avail = this.open || this.calendarFree[s] === 1 || b + this.nq[s] > 0 ? (c > b ? c : b) : b;
      this.areas.available[s] += avail * dt;
      this.last[s] = t;
    }
  }

  /** Points the record fields at the store's current columns. */
  private adopt(): void {
    const st = this.store;
    this.caseClass = st.caseClass;
    // without class switching a case's class never changes: the current class is the entry class
    this.caseCur = this.switches ? st.caseCur : st.caseClass;
    this.caseArrive = st.caseArrive;
    this.caseDepart = st.caseDepart;
    this.caseOutcome = st.caseOutcome;
    this.caseWait = st.caseWait;
    this.caseDeadline = st.caseDeadline;
    this.caseVisits = st.caseVisits;
    this.counters = st.counters.slice(0, this.counterMasks.length);
    this.visitCase = st.visitCase;
    this.visitStation = st.visitStation;
    this.visitClass = st.visitClass;
    this.visitArrive = st.visitArrive;
    this.visitStart = st.visitStart;
    this.visitEnd = st.visitEnd;
    this.visitOutcome = st.visitOutcome;
  }

  private growCases(): void {
    this.store.growCases(this.nCases + 1);
    this.adopt();
  }

  private growVisits(): void {
    this.store.growVisits(this.nVisits + 1);
    this.adopt();
  }
}
