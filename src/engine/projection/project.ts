/**
 * Multi-year projection (DESIGN.md § Multi-year evolution). A replication is a whole trajectory
 * from startYear to endYear: each year the timeline's events of that year are applied (stepping
 * the five-functions statechart with XState's pure transition()), the year's configuration is
 * derived, `sampledDays` working days are simulated (after a warm-up; their volumes taken from the
 * 12 months in turn, so year totals = sample × workingDaysPerYear / sampledDays), and then the
 * dynamics update demand (growth; trust pulling cases from departments' own offices), online
 * adoption (a Bass curve pushed by information release and e-government) and staff (following
 * the load). The stage follows from the stage statechart's guards on the measured state.
 *
 * Pure: the engine is handed its statecharts (it imports nothing from models/); a trajectory
 * depends on (seed, replication) only, so trajectories split across workers merge to the same
 * numbers.
 */
import { projectionYearRange } from '../../domain/projectionYears';
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import type { CentreScenario } from '../scenario/centreSchema';
import { FUNCTION_IDS, FUNCTION_LEVEL_SCORE, type FunctionId, type FunctionLevel, type StageId } from '../../domain/vocabulary';
import type { ProjectionSettings, TimelineEvent } from '../scenario/timelineSchema';
import { projectionSchema } from '../scenario/timelineSchema';
import { type Rule, type RuleCode, type RuleParamsOf, ruleParams, ruleText } from '../scenario/rules';
import { type CentreModels, type CompiledCentre, compileCentre } from '../centre/compileCentre';
import { simulateCentre } from '../centre/simulateCentre';
import type { Estimate, Metrics, ReplicationResult } from '../types';
import { estimateKpi } from '../stats/estimate';
import { applyTimelineEvent, scaleDemand } from './applyEvent';
import { addStaff, mergeAdded, staffingNeeds, type StaffAdded } from './staffing';
import { centreOfferedLoad } from '../centre/offeredLoad';
import { aggregateCity, districtCentre, municipalShare, townshipCentre } from './cityNetwork';

/**
 * What the caller hands in from models/ (always; there is no fallback): the five-functions
 * statechart (events `function.colocate`/`function.integrate` with `fn`; parallel regions named by
 * function whose states are `separate | colocated | integrated`), the stage statechart (event
 * `centre.measured` with `measured`; states named as the vocabulary's STAGE_IDS), the integration
 * index, plus the compile models.
 */
export interface ProjectionModels extends CentreModels {
  fiveFunctionsMachine: AnyStateMachine;
  stageMachine: AnyStateMachine;
  integrationIndex: (levels: CentreScenario['functions']) => number;
}

/** The measured state the stage guards read. */
export interface Measured {
  acceptedInCentreShare: number;
  decidedInCentreShare: number;
  services: string[];
  functionsIntegrated: string[];
  /** simulated: share of the four trading services that completed a transaction in the centre (absent on the configuration path) */
  tradingShare?: number;
  /** simulated: share of the two citizen services that served a request in the centre */
  citizenServicesShare?: number;
}

/**
 * The measured state of a simulated year (issue 9 point 5): the shares the stage guards read come
 * from the run — cases accepted and decided in the centre, trading and citizen services handled there
 * — and the functions integrated from the configuration. Pure.
 */
export function measuredFromRun(kpis: Metrics, m: { services: string[]; functionsIntegrated: string[] }): Measured {
  return {
    acceptedInCentreShare: kpis.acceptedInCentreRate ?? 0,
    decidedInCentreShare: kpis.decidedInCentreRate ?? 0,
    services: m.services,
    functionsIntegrated: m.functionsIntegrated,
    tradingShare: kpis.tradingServicesShare ?? 0,
    citizenServicesShare: kpis.citizenServicesShare ?? 0,
  };
}

/** One year of one trajectory. */
export interface YearSample {
  year: number;
  kpis: Metrics;
  /** per-level KPIs of a city network (municipal, district, township) */
  levels?: Record<string, Metrics>;
  stage: StageId;
  functions: Record<FunctionId, FunctionLevel>;
  /** indices into the scenario's timeline of the events applied this year */
  events: number[];
}

/** One replication: a trajectory over the projection's years. */
export interface ProjectionReplication {
  replication: number;
  years: YearSample[];
  engineSeconds: number;
}

/** A timeline event as reported with a year. */
export interface AppliedEvent {
  index: number;
  year: number;
  month?: number;
  kind: string;
  ref?: string;
  label?: { zh: string; en: string };
  quote?: { zh: string; en: string };
  planned?: boolean;
}

/** One year of a projection summary. */
export interface ProjectionYear {
  year: number;
  stage: StageId;
  kpis: Record<string, Estimate>;
  levels?: Record<string, Record<string, Estimate>>;
  functions: Record<FunctionId, FunctionLevel>;
  integrationIndex: number;
  events: AppliedEvent[];
}

/** The result of a projection: per-year KPIs with 95% CIs, stage, functions and events. */
export interface ProjectionResult {
  name: string;
  seed: number;
  replications: number;
  startYear: number;
  endYear: number;
  sampledDays: number;
  warmupDays: number;
  city: boolean;
  /** number of centres at each level of a city network */
  centresByLevel?: Record<string, number>;
  years: ProjectionYear[];
  engineSeconds: number;
}

/** The projection settings of a scenario with every default filled (endYear = year when absent); pure. */
export function projectionSettings(s: CentreScenario): ProjectionSettings & { startYear: number; replications: number } {
  const p = s.projection ?? projectionSchema.parse({ endYear: s.year });
  return { ...p, startYear: p.startYear ?? s.year, replications: p.replications ?? s.replications };
}

/** Years of a projection, inclusive; pure. */
export function projectionYears(s: CentreScenario): number[] {
  const [first, last] = projectionYearRange(s.year, s.projection);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A year's own seed, so years have independent streams and variants of one year share them; pure. */
export function yearSeed(seed: number, year: number): number {
  let h = (seed ^ Math.imul(year, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * Compiles one year's configuration for a sampled-day run: `warmup + sampled` days, the sampled
 * days' volumes stratified over the 12 months (day k of the sample is in month ⌊12k/sampled⌋) and
 * the year's seed. Pure.
 */
export function compileYear(s: CentreScenario, year: number, sampled: number, warmup: number, models: CentreModels): CompiledCentre {
  const cc = compileCentre({ ...s, simulation: { days: warmup + sampled, warmupDays: warmup } }, models);
  const season = s.demand.seasonProfile;
  const smean = season.reduce((a, b) => a + b, 0) / season.length;
  const week = s.demand.weekdayProfile;
  const wmean = week.reduce((a, b) => a + b, 0) / week.length;
  const perDay = (cc.dayVolume.length > 0 ? sumVolumes(s) : 0) / cc.workingDaysPerYear;
  const dayVolume = new Float64Array(warmup + sampled);
  for (let d = 0; d < dayVolume.length; d++) {
    const k = Math.max(0, d - warmup);
    const month = Math.min(11, Math.floor((k * 12) / sampled));
    dayVolume[d] = perDay * (season[month] / smean) * (week[d % week.length] / wmean);
  }
  return { ...cc, seed: yearSeed(s.seed, year), dayVolume };
}

function sumVolumes(s: CentreScenario): number {
  let v = 0;
  for (const it of s.items) v += it.annualVolume ?? (it.share ?? 0) * s.demand.annualVolume;
  return v;
}

/**
 * Error of a timeline the statecharts refuse: `invalid timeline[i]: <rule>, got <value>`; like a
 * ScenarioError it carries its rule's catalogue `code` and `params` beside the English `rule`.
 */
export class TimelineError extends Error {
  readonly rule: string;
  readonly code: RuleCode;
  readonly params: RuleParamsOf;
  constructor(readonly path: string, broken: Rule, got: unknown) {
    const rule = ruleText(broken);
    super(`invalid ${path}: ${rule}, got ${JSON.stringify(got)?.slice(0, 80)}`);
    this.name = 'ScenarioError';
    this.rule = rule;
    this.code = broken.code;
    this.params = ruleParams(broken);
  }
}

/** The configuration path (no simulation): the scenario after each year's events, with stages and functions. */
export interface ConfiguredYear {
  year: number;
  scenario: CentreScenario;
  events: number[];
  functions: Record<FunctionId, FunctionLevel>;
  extended: boolean;
}

/**
 * Applies the timeline year by year, stepping the five-functions statechart with
 * XState's pure transition(): an event the statechart does not take is refused with a
 * TimelineError. Returns each year's configuration before demand/adoption/staff dynamics; pure.
 */
export function configureYears(s: CentreScenario, models: Pick<ProjectionModels, 'fiveFunctionsMachine'>): ConfiguredYear[] {
  const timeline: TimelineEvent[] = s.timeline ?? [];
  const machine = models.fiveFunctionsMachine;
  let snap = initialTransition(machine)[0];
  // bring the statechart to the scenario's starting levels
  for (const fn of FUNCTION_IDS) {
    const level = s.functions[fn];
    if (level !== 'separate') snap = transition(machine, snap, { type: 'function.colocate', fn })[0];
    if (level === 'integrated') snap = transition(machine, snap, { type: 'function.integrate', fn })[0];
  }
  const out: ConfiguredYear[] = [];
  let cur = s;
  let extended = false;
  for (const year of projectionYears(s)) {
    const events: number[] = [];
    timeline.forEach((e, i) => {
      if (e.year !== year) return;
      if (e.kind === 'function.colocate' || e.kind === 'function.integrate') {
        const before = (snap.value as Record<string, string>)[e.fn];
        snap = transition(machine, snap, { type: e.kind, fn: e.fn })[0];
        const after = (snap.value as Record<string, string>)[e.fn];
        if (after === before) throw new TimelineError(`timeline[${i}]`, { code: 'timeline.statechart', fn: e.fn, level: before }, e);
      }
      cur = applyTimelineEvent(cur, e);
      if (e.kind === 'network.extendToDistricts') extended = true;
      events.push(i);
    });
    const functions = Object.fromEntries(FUNCTION_IDS.map((fn) => [fn, (snap.value as Record<string, FunctionLevel>)[fn]])) as Record<FunctionId, FunctionLevel>;
    out.push({ year, scenario: { ...cur, functions, year }, events, functions, extended });
  }
  return out;
}

/** Steps the stage statechart with a new measurement; pure. */
function stepStage(models: ProjectionModels, snap: unknown, m: Measured): { stage: StageId; snap: unknown } {
  const machine = models.stageMachine;
  const start = snap ?? initialTransition(machine)[0];
  const [next] = transition(machine, start as never, { type: 'centre.measured', measured: m });
  return { stage: next.value as StageId, snap: next };
}

/**
 * Adds the projection's own KPIs to a replication's: annual cases (sample scaled to the year),
 * cases per staff-day, and the lead time of linked items (联办件, e.g. enterprise set-up) — the
 * model's counterpart of Doing Business start-up days; pure.
 */
function yearKpis(rep: ReplicationResult, cc: CompiledCentre, sampled: number, extra: Metrics): Metrics {
  const k = rep.kpis;
  const annualCases = ((k.casesArrived ?? 0) * cc.workingDaysPerYear) / sampled;
  return {
    ...k,
    annualCases,
    casesPerStaffDay: cc.staff > 0 ? annualCases / cc.workingDaysPerYear / cc.staff : 0,
    linkedLeadTimeDays: rep.classes.linked?.leadTimeDays ?? 0,
    ...extra,
  };
}

/**
 * Runs trajectories [from, to) of a centre scenario's projection; pure apart from timings. Each
 * trajectory carries its own demand, trust, adoption and staff, so the CIs include their spread.
 */
export function projectReplications(
  s: CentreScenario,
  opts: { from: number; to: number; models: ProjectionModels; onProgress?: (done: number, nextShare?: number) => void; progressEveryDays?: number },
): ProjectionReplication[] {
  const models = opts.models;
  const p = projectionSettings(s);
  const configured = configureYears(s, models);
  const out: ProjectionReplication[] = [];
  const inside = opts.onProgress && opts.progressEveryDays !== undefined ? opts.onProgress : undefined;
  for (let r = opts.from; r < opts.to; r++) {
    const started = Date.now();
    let capture = p.trust.initialCapture;
    let adoption = s.demand.onlineAdoption;
    let growthIndex = 1;
    // windows and back-office staff the staffing rule has added to each department so far
    let added = new Map<string, StaffAdded>();
    let lastWaits: Record<string, number> | undefined;
    let stageSnap: unknown = undefined;
    const years: YearSample[] = [];
    configured.forEach((c, yi) => {
      if (yi > 0) growthIndex *= 1 + c.scenario.demand.growth;
      const demandFactor = growthIndex * (capture / p.trust.initialCapture);
      let y = scaleDemand(c.scenario, demandFactor);
      y = addStaff(y, added);
      y = { ...y, demand: { ...y.demand, onlineAdoption: adoption } };
      const level = (fn: FunctionId) => FUNCTION_LEVEL_SCORE[c.functions[fn]];
      let cc = compileYear(y, c.year, p.sampledDays, p.warmupDays, models);
      if (p.staffing.follow) {
        // staff follow the load: each department sized for this year's demand (staffing.ts)
        const more = staffingNeeds(y, centreOfferedLoad(cc), p.staffing, lastWaits);
        if (more.size > 0) {
          added = mergeAdded(added, more);
          y = addStaff(y, more);
          cc = compileYear(y, c.year, p.sampledDays, p.warmupDays, models);
        }
      }
      // progress inside a trajectory: its years' simulated days (the municipal centre's run); it only observes
      const watch = inside && { progressEveryDays: opts.progressEveryDays, onDays: (d: number, total: number) => void (d < total && inside(out.length, (yi + d / total) / configured.length)) };
      const rep = simulateCentre(cc, r, undefined, watch || undefined);
      const own = yearKpis(rep, cc, p.sampledDays, { capture, onlineAdoptionInput: adoption, demandIndex: demandFactor });
      let kpis = own;
      let levels: Record<string, Metrics> | undefined;
      if (s.network && (s.network.districts || s.network.townships)) {
        const parts = [{ kpis: own, count: 1 }];
        levels = { municipal: own };
        if (s.network.districts) {
          const dc = compileYear(districtCentre(y, s.network, c.extended), c.year, p.sampledDays, p.warmupDays, models);
          const dk = yearKpis(simulateCentre(dc, r), dc, p.sampledDays, {});
          levels.district = dk;
          parts.push({ kpis: dk, count: s.network.districts.count });
        }
        if (s.network.townships) {
          const tc = compileYear(townshipCentre(y, s.network), c.year, p.sampledDays, p.warmupDays, models);
          const tk = yearKpis(simulateCentre(tc, r), tc, p.sampledDays, {});
          levels.township = tk;
          parts.push({ kpis: tk, count: s.network.townships.count });
        }
        kpis = { ...aggregateCity(parts), municipalShare: municipalShare(s.network) };
      }
      const m = cc.measured;
      // the stage follows the simulated shares of this year (the municipal centre's own run)
      const st = stepStage(models, stageSnap, measuredFromRun(rep.kpis, m));
      stageSnap = st.snap;
      years.push({ year: c.year, kpis, ...(levels ? { levels } : {}), stage: st.stage, functions: c.functions, events: c.events });
      // dynamics for next year (from this trajectory's own outcomes)
      const satisfaction = (own.onTimeRate ?? 1) * (1 - (own.badRatingRate ?? 0)) / Math.max(1, own.tripsPerCase ?? 1);
      capture += p.trust.pull * Math.max(0, p.trust.maxCapture - capture) * satisfaction;
      if (y.mechanisms.onlineApproval.on) {
        const pp = p.adoption.innovation * (1 + p.adoption.releaseBoost * level('informationRelease'));
        const qq = p.adoption.imitation * (1 + p.adoption.eGovernmentBoost * level('eGovernment'));
        adoption = Math.min(p.adoption.ceiling, adoption + (pp + qq * adoption) * Math.max(0, p.adoption.ceiling - adoption));
      }
      lastWaits = Object.fromEntries(Object.entries(rep.departments ?? {}).map(([id, m]) => [id, m.meanWaitMinutes ?? 0]));
    });
    out.push({ replication: r, years, engineSeconds: (Date.now() - started) / 1000 });
    opts.onProgress?.(out.length);
  }
  return out;
}

function estimateAll(rows: Metrics[]): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  if (rows.length === 0) return out;
  for (const name of Object.keys(rows[0])) out[name] = estimateKpi(name, rows.map((r) => r[name] ?? 0));
  return out;
}

/** The most frequent value (ties: the first); pure. */
function mode<T>(xs: T[]): T {
  const counts = new Map<T, number>();
  let best = xs[0];
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > (counts.get(best) ?? 0)) best = x;
  }
  return best;
}

/** Summarises trajectories: each year's KPIs with 95% intervals inside their bounds, the stage, functions and events; pure. */
export function summariseProjection(s: CentreScenario, reps: ProjectionReplication[], models: Pick<ProjectionModels, 'integrationIndex'>): ProjectionResult {
  const p = projectionSettings(s);
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  const timeline = s.timeline ?? [];
  const years = projectionYears(s).map((year, yi): ProjectionYear => {
    const samples = sorted.map((r) => r.years[yi]);
    const first = samples[0];
    const levelNames = first?.levels ? Object.keys(first.levels) : [];
    const functions = first ? first.functions : { ...s.functions };
    return {
      year,
      stage: mode(samples.map((x) => x.stage)),
      kpis: estimateAll(samples.map((x) => x.kpis)),
      ...(levelNames.length > 0 ? { levels: Object.fromEntries(levelNames.map((l) => [l, estimateAll(samples.map((x) => x.levels![l]))])) } : {}),
      functions,
      integrationIndex: models.integrationIndex(functions),
      events: (first?.events ?? []).map((i) => {
        const e = timeline[i];
        return { index: i, year: e.year, ...(e.month ? { month: e.month } : {}), kind: e.kind, ...(e.ref ? { ref: e.ref } : {}), ...(e.label ? { label: e.label } : {}), ...(e.quote ? { quote: e.quote } : {}), ...(e.planned ? { planned: true } : {}) };
      }),
    };
  });
  return {
    name: s.name,
    seed: s.seed,
    replications: sorted.length,
    startYear: p.startYear,
    endYear: p.endYear,
    sampledDays: p.sampledDays,
    warmupDays: p.warmupDays,
    city: s.network !== undefined && (s.network.districts !== undefined || s.network.townships !== undefined),
    ...(s.network && (s.network.districts || s.network.townships)
      ? { centresByLevel: { municipal: 1, ...(s.network.districts ? { district: s.network.districts.count } : {}), ...(s.network.townships ? { township: s.network.townships.count } : {}) } }
      : {}),
    years,
    engineSeconds: sorted.reduce((a, r) => a + r.engineSeconds, 0),
  };
}

/** Projects a centre scenario in-process: all trajectories, summarised; pure apart from timings. */
export function project(s: CentreScenario, models: ProjectionModels, replications?: number): ProjectionResult {
  const n = replications ?? projectionSettings(s).replications;
  return summariseProjection(s, projectReplications(s, { from: 0, to: n, models }), models);
}

/**
 * The stage and functions each year from the configuration alone (no simulation): the timeline
 * applied, each year compiled for its measured state, the stage statechart stepped; pure.
 */
export function stagePath(s: CentreScenario, models: ProjectionModels): { year: number; stage: StageId; functions: Record<FunctionId, FunctionLevel>; measured: Measured; events: number[] }[] {
  let snap: unknown = undefined;
  return configureYears(s, models).map((c) => {
    const m = compileCentre({ ...c.scenario, simulation: { days: 1, warmupDays: 0 } }, models).measured;
    const measured = { acceptedInCentreShare: m.acceptedInCentreShare, decidedInCentreShare: m.decidedInCentreShare, services: m.services, functionsIntegrated: m.functionsIntegrated };
    const st = stepStage(models, snap, measured);
    snap = st.snap;
    return { year: c.year, stage: st.stage, functions: c.functions, measured, events: c.events };
  });
}
