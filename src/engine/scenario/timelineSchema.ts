/**
 * The reform timeline and projection settings of a centre scenario (optional fields `timeline`,
 * `projection` and `network` of `onewindow/centre`): dated events that change the centre year by
 * year, the year range and the dynamics a projection uses, and the city network of district and
 * township centres. Zod schemas plus the sequence rules (`refineTimeline`), which refuse an
 * impossible order of events with `invalid timeline[i]: <rule>, got <event>`. Pure.
 */
import { z } from 'zod';
import { MAX_ANNUAL_SERVICE_VOLUME } from '../../domain/parameters';
import { baseNum, bool, num, optNum } from './registryFields';
import { zodRule as r, type Rule } from './rules';
import { FUNCTION_IDS, MECHANISMS, STAGE3_SERVICES, STATIONINGS, type FunctionId, type FunctionLevel, type Stage3Service } from '../../domain/vocabulary';

/** The event kinds a timeline may hold (dotted lowercase, as the statecharts' events). */
export const TIMELINE_KINDS = [
  'department.station', 'authorisation.delegate', 'law.licensing', 'items.reduce', 'limits.compress',
  'mechanism.enable', 'mechanism.disable', 'function.colocate', 'function.integrate', 'service.add',
  'online.open', 'complaints.merge', 'capacity.add', 'hall.build', 'demand.change', 'network.extendToDistricts',
  'milestone',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const enumOf = <T extends [string, ...string[]]>(values: T) =>
  z.enum(values, { errorMap: () => ({ message: r({ code: 'oneOf', options: values }) }) });
const NUMBER = r({ code: 'type.number' });
const INTEGER = r({ code: 'number.integer' });
const gte = (min: number) => r({ code: 'number.gte', min });
const lte = (max: number) => r({ code: 'number.lte', max });
const share = z.number({ invalid_type_error: NUMBER }).min(0, gte(0)).max(1, lte(1));
const positive = z.number({ invalid_type_error: NUMBER }).finite(r({ code: 'number.finite' })).positive(r({ code: 'number.gt', min: 0 }));
const count = z.number({ invalid_type_error: NUMBER }).int(INTEGER).min(0, gte(0));
/** Which departments an event touches: one id, a list, or `*` (all). */
const target = z.union([z.literal('*'), z.string().min(1), z.array(z.string().min(1)).min(1)], {
  errorMap: () => ({ message: r({ code: 'target.department' }) }),
});
const bilingual = z.object({ zh: z.string(), en: z.string() }).strict();

const common = {
  year: z.number({ required_error: r({ code: 'field.required' }), invalid_type_error: NUMBER }).int(INTEGER),
  month: z.number().int(INTEGER).min(1, gte(1)).max(12, lte(12)).optional(),
  /** the programme event this one replays (e.g. models/programmes/dalian.ts ids) */
  ref: z.string().optional(),
  label: bilingual.optional(),
  /** the source's own sentence */
  quote: bilingual.optional(),
  source: z.string().optional(),
  /** given by the source as a plan, not as done */
  planned: z.boolean().optional(),
};

const ev = <K extends TimelineKind, T extends z.ZodRawShape>(kind: K, shape: T) => z.object({ kind: z.literal(kind), ...common, ...shape }).strict();

/** One timeline event; `kind` selects its payload. Defaults are assumptions (models/presets/README-projection.md § Event kinds). */
export const timelineEventSchema = z.discriminatedUnion(
  'kind',
  [
    /** 进驻: departments move in (or change how they are stationed); `from` limits it to those stationed so */
    ev('department.station', {
      department: target.default('*'),
      stationing: enumOf([...STATIONINGS]),
      from: enumOf([...STATIONINGS]).optional(),
      windows: count.optional(),
      staff: count.optional(),
      authorisationShare: share.optional(),
    }),
    /** 授权: window authorisation (share of items the window may decide) */
    ev('authorisation.delegate', { department: target.default('*'), share }),
    /** 《行政许可法》 (2004): legal limits shortened, fewer items, time-limited completion */
    ev('law.licensing', { limitFactor: positive.max(1, lte(1)).default(0.67), itemCut: share.default(0.1) }),
    /** 减少审批事项: a share of the item volume abolished */
    ev('items.reduce', { share: share.default(0.1) }),
    /** 压缩审批时限: promised limits = factor × legal limits */
    ev('limits.compress', { promisedFactor: positive.max(1, lte(1)).default(0.5) }),
    ev('mechanism.enable', { mechanism: enumOf([...MECHANISMS]) }),
    ev('mechanism.disable', { mechanism: enumOf([...MECHANISMS]) }),
    /** a function's office moves into the centre (合署办公) */
    ev('function.colocate', { fn: enumOf([...FUNCTION_IDS]) }),
    /** a co-located function is merged into the centre's organisation */
    ev('function.integrate', { fn: enumOf([...FUNCTION_IDS]) }),
    /** a stage-3 service line opens */
    ev('service.add', { service: enumOf([...STAGE3_SERVICES]), annualVolume: positive.max(MAX_ANNUAL_SERVICE_VOLUME, lte(MAX_ANNUAL_SERVICE_VOLUME)).optional() }),
    /** 网上审批: online approval opens for a share of the (non-referred) items, by volume order */
    ev('online.open', { itemShare: share.default(1), platform: z.string().optional() }),
    /** separate complaint bodies merged into one complaint centre: fewer misdirected complaints */
    ev('complaints.merge', { bodies: count.min(2, gte(2)).default(6) }),
    /** more windows and staff: per department (`windows`, `staff`) or by a factor on all */
    ev('capacity.add', { department: target.default('*'), windows: count.optional(), staff: count.optional(), factor: positive.optional() }),
    /** a new hall: window capacity × windowFactor; optionally comprehensive windows (无差别受理) */
    ev('hall.build', { windowFactor: positive.default(1.25), comprehensive: z.boolean().default(false), areaM2: positive.optional() }),
    /** demand shock (factor on the annual volume, at most ×10: a sanity bound, not a source) and/or a new growth rate */
    ev('demand.change', { factor: positive.max(10, lte(10)).optional(), growth: z.number().min(-0.5).max(1).optional() }),
    /** the model (functions, stationing, mechanisms) extended to the district centres (Dalian 2010) */
    ev('network.extendToDistricts', { districts: count.optional() }),
    /** a dated fact shown on the timeline with no modelled effect (renaming, rank, leading groups, …) */
    ev('milestone', {}),
  ],
  { errorMap: (issue, ctx) => (issue.code === 'invalid_union_discriminator' ? { message: r({ code: 'oneOf', options: [...TIMELINE_KINDS] }) } : { message: ctx.defaultError }) },
);

export type TimelineEvent = z.output<typeof timelineEventSchema>;
export type TimelineEventInput = z.input<typeof timelineEventSchema>;

/** The reform timeline: events in date order. */
export const timelineSchema = z.array(timelineEventSchema, { invalid_type_error: r({ code: 'type.eventArray' }) });

/**
 * Projection settings. Every bound and default is the parameter registry's (`projection.*` in
 * src/domain/parameters.ts, each an assumption with its meaning: the paper gives no dynamics).
 */
export const projectionSchema = z
  .object({
    startYear: optNum('projection.startYear'),
    endYear: baseNum('projection.endYear'),
    /** replications (trajectories) per year; default the scenario's `replications` */
    replications: optNum('projection.replications'),
    sampledDays: num('projection.sampledDays'),
    warmupDays: num('projection.warmupDays'),
    trust: z.object({ initialCapture: num('projection.trust.initialCapture'), pull: num('projection.trust.pull'), maxCapture: num('projection.trust.maxCapture') }).strict().default({}),
    adoption: z
      .object({
        ceiling: num('projection.adoption.ceiling'),
        innovation: num('projection.adoption.innovation'),
        imitation: num('projection.adoption.imitation'),
        releaseBoost: num('projection.adoption.releaseBoost'),
        eGovernmentBoost: num('projection.adoption.eGovernmentBoost'),
      })
      .strict()
      .default({}),
    staffing: z
      .object({
        follow: bool('projection.staffing.follow'),
        targetUtilisation: num('projection.staffing.targetUtilisation'),
        waitTargetMinutes: num('projection.staffing.waitTargetMinutes'),
        maxGrowth: num('projection.staffing.maxGrowth'),
      })
      .strict()
      .default({}),
  })
  .strict();
export type ProjectionSettings = z.output<typeof projectionSchema>;

/** A level of the city network (district/county centres or township convenience centres). */
const levelSchema = z
  .object({
    /** number of centres at this level */
    count: count.min(1, gte(1)),
    /** share of the city's cases handled at this level (the municipal centre keeps the rest) */
    volumeShare: share,
    /** windows and staff of one centre here relative to the municipal centre (per case, before load) */
    sizeFactor: positive.max(1, lte(1)).optional(),
  })
  .strict();

/**
 * The city network: the scenario itself is the municipal centre; district/county centres and
 * township convenience centres are derived from it (see src/engine/projection/cityNetwork.ts).
 */
export const networkSchema = z
  .object({
    districts: levelSchema.optional(),
    townships: levelSchema.optional(),
  })
  .strict();
export type CityNetwork = z.output<typeof networkSchema>;

/** What the sequence rules need to know about the scenario. */
export interface TimelineContext {
  year: number;
  projection?: { startYear?: number; endYear: number };
  departments: { id: string }[];
  functions: Record<FunctionId, FunctionLevel>;
  services: Record<Stage3Service, { on: boolean }>;
  timeline?: TimelineEvent[];
}

/** Date of an event in years (month-less events at the start of their year); pure. */
export function eventDate(e: { year: number; month?: number }): number {
  return e.year + ((e.month ?? 1) - 1) / 12;
}

/**
 * The sequence rules of a timeline, as messages keyed by event index: inside [startYear, endYear],
 * in date order, naming known departments, and stepping the five functions one level at a time
 * (separate → co-located → integrated: integrating a function that is not co-located is refused).
 * Pure; returns the first problem or null.
 */
export function timelineProblem(s: TimelineContext): { index: number; field?: string; rule: Rule } | null {
  const events = s.timeline ?? [];
  if (events.length === 0) return null;
  const start = s.projection?.startYear ?? s.year;
  const end = s.projection?.endYear ?? start;
  const deps = new Set(s.departments.map((d) => d.id));
  const levels = { ...s.functions };
  const services = new Set(STAGE3_SERVICES.filter((k) => s.services[k].on));
  let lastYear = -Infinity;
  let lastMonth = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.year < start) return { index: i, rule: { code: 'timeline.beforeStart', start, year: e.year } };
    if (e.year > end) return { index: i, rule: { code: 'timeline.afterEnd', end, year: e.year } };
    // date order: years never go back; within a year, dated months never go back (month-less events may sit anywhere in their year)
    if (e.year < lastYear) return { index: i, rule: { code: 'timeline.yearOrder', year: lastYear } };
    if (e.year > lastYear) lastMonth = 0;
    lastYear = e.year;
    if (e.month !== undefined) {
      if (e.month < lastMonth) return { index: i, rule: { code: 'timeline.monthOrder', month: lastMonth, year: e.year } };
      lastMonth = e.month;
    }
    if ('department' in e && e.department !== '*') {
      const ids = Array.isArray(e.department) ? e.department : [e.department];
      const unknown = ids.find((id) => !deps.has(id));
      if (unknown !== undefined) return { index: i, rule: { code: 'timeline.unknownDepartment', id: unknown } };
    }
    if (e.kind === 'function.colocate') {
      if (levels[e.fn] !== 'separate') return { index: i, rule: { code: 'timeline.colocate', fn: e.fn, level: levels[e.fn] } };
      levels[e.fn] = 'colocated';
    }
    if (e.kind === 'function.integrate') {
      if (levels[e.fn] !== 'colocated') return { index: i, rule: { code: 'timeline.integrate', fn: e.fn, level: levels[e.fn], year: e.year } };
      levels[e.fn] = 'integrated';
    }
    if (e.kind === 'service.add') {
      if (services.has(e.service)) return { index: i, rule: { code: 'timeline.serviceOn', service: e.service } };
      services.add(e.service);
    }
  }
  return null;
}

/** Adds the first timeline problem to a zod refinement context (used by the centre schema). */
export function refineTimeline(s: TimelineContext, ctx: z.RefinementCtx): void {
  if (s.projection && s.projection.startYear !== undefined && s.projection.endYear < s.projection.startYear)
    ctx.addIssue({ code: 'custom', path: ['projection', 'endYear'], message: r({ code: 'field.gte', field: 'startYear', path: 'projection.startYear', value: s.projection.startYear }) });
  else if (s.projection && s.projection.startYear === undefined && s.projection.endYear < s.year)
    ctx.addIssue({ code: 'custom', path: ['projection', 'endYear'], message: r({ code: 'field.gte', field: 'year', path: 'year', value: s.year }) });
  const p = timelineProblem(s);
  if (p) ctx.addIssue({ code: 'custom', path: ['timeline', p.index, ...(p.field ? [p.field] : [])], message: r(p.rule) });
}

