/**
 * The `onewindow/centre` scenario, version 1: a city's administrative service centre described in
 * the paper's terms (centre type, departments and their stationing, items, the five functions,
 * mechanisms, demand, stage-3 services, opening hours). Zod schema whose bounds, defaults and
 * whole-number rules come from the parameter registry (src/domain/parameters.ts) and whose
 * enumerations come from the vocabulary (src/domain/vocabulary.ts); `loadScenario` migrates,
 * validates and normalises it (centreKind.ts). Pure.
 */
import { z } from 'zod';
import { MAX_ANNUAL_CASES, MAX_CASES_PER_REPLICATION, parameter } from '../../domain/parameters';
import {
  CENTRE_TYPE_IDS,
  FUNCTION_IDS,
  FUNCTION_LEVELS,
  ITEM_CLASSES,
  STATIONINGS,
  type FunctionId,
  type ItemClass,
  type Mechanism,
  type Stage3Service,
  type Stationing,
} from '../../domain/vocabulary';
import { networkSchema, projectionSchema, refineTimeline, timelineSchema } from './timelineSchema';
import { bool, num, optNum } from './registryFields';
import { zodRule as r } from './rules';

/** The scenario kind tag. */
export const CENTRE_TYPE = 'onewindow/centre' as const;
/** The current schema version. */
export const CENTRE_VERSION = 1 as const;

function str(path: string) {
  return z.string({ invalid_type_error: r({ code: 'type.string' }) }).default(parameter(path).default as string);
}
function oneOf<T extends [string, ...string[]]>(path: string, values: T) {
  return z
    .enum(values, { errorMap: () => ({ message: r({ code: 'oneOf', options: values }) }) })
    .default(parameter(path).default as T[number]);
}
function profile(path: string) {
  return z
    .array(
      z.number({ invalid_type_error: r({ code: 'type.number' }) }).finite(r({ code: 'number.finite' })).min(0, r({ code: 'profile.weightGte0' })).max(1e6, r({ code: 'profile.weightLte', max: 1e6 })),
      { invalid_type_error: r({ code: 'type.numberArray' }) },
    )
    .min(1, r({ code: 'list.atLeastOne', noun: 'weight' }))
    .max(366, r({ code: 'list.atMost', max: 366, noun: 'weight' }))
    .default([...(parameter(path).default as number[])]);
}

const perClass = (prefix: string) =>
  z.object(Object.fromEntries(ITEM_CLASSES.map((c) => [c, num(`${prefix}.${c}`)])) as Record<ItemClass, ReturnType<typeof num>>).strict().default({});
const perStationing = (prefix: string) =>
  z.object(Object.fromEntries(STATIONINGS.map((c) => [c, num(`${prefix}.${c}`)])) as Record<Stationing, ReturnType<typeof num>>).strict().default({});

const department = z
  .object({
    id: z.string({ required_error: r({ code: 'field.required' }) }).min(1, r({ code: 'id.notEmpty' })),
    nameZh: str('departments[].nameZh'),
    nameEn: str('departments[].nameEn'),
    stationing: oneOf('departments[].stationing', [...STATIONINGS]),
    windows: num('departments[].windows'),
    staff: num('departments[].staff'),
    authorisationShare: num('departments[].authorisationShare'),
    authorisationUsed: num('departments[].authorisationUsed'),
    headquartersVisitShare: num('departments[].headquartersVisitShare'),
    handledInCentreShare: num('departments[].handledInCentreShare'),
    _note: z.string().optional(),
  })
  .strict();

const item = z
  .object({
    id: z.string({ required_error: r({ code: 'field.required' }) }).min(1, r({ code: 'id.notEmpty' })),
    name: str('items[].name'),
    nameZh: str('items[].nameZh'),
    class: oneOf('items[].class', [...ITEM_CLASSES]),
    departments: z.array(z.string(), { required_error: r({ code: 'field.required' }) }).min(1, r({ code: 'item.departmentsMin' })),
    legalLimitDays: num('items[].legalLimitDays'),
    promisedLimitDays: optNum('items[].promisedLimitDays'),
    onlineCapable: bool('items[].onlineCapable'),
    annualVolume: optNum('items[].annualVolume'),
    share: optNum('items[].share'),
    serviceMinutes: optNum('items[].serviceMinutes'),
    effortMinutes: optNum('items[].effortMinutes'),
    reviewDays: optNum('items[].reviewDays'),
    _note: z.string().optional(),
  })
  .strict();

const functionState = (f: string) => oneOf(`functions.${f}`, [...FUNCTION_LEVELS]);

const mech = <T extends z.ZodRawShape>(name: string, extra: T) =>
  z.object({ on: bool(`mechanisms.${name}.on`), ...extra }).strict().default({} as never);

const tradingService = (s: string) =>
  z
    .object({
      on: bool(`services.${s}.on`),
      annualVolume: num(`services.${s}.annualVolume`),
      sessionEveryDays: num(`services.${s}.sessionEveryDays`),
      cycleDays: num(`services.${s}.cycleDays`),
    })
    .strict()
    .default({});
const counterService = (s: string) =>
  z
    .object({
      on: bool(`services.${s}.on`),
      annualVolume: num(`services.${s}.annualVolume`),
      minutes: num(`services.${s}.minutes`),
      counters: num(`services.${s}.counters`),
    })
    .strict()
    .default({});

/** The zod schema of a version-1 centre scenario (before cross-field checks). */
export const centreScenarioObject = z
  .object({
    type: z.literal(CENTRE_TYPE, { errorMap: () => ({ message: r({ code: 'equals', value: CENTRE_TYPE }) }) }),
    version: z.literal(CENTRE_VERSION, { errorMap: () => ({ message: r({ code: 'equals', value: CENTRE_VERSION }) }) }),
    name: str('name'),
    nameZh: str('nameZh'),
    description: str('description'),
    /** the description in Chinese (optional; the UI shows it in the Chinese interface) */
    descriptionZh: z.string().optional(),
    year: num('year'),
    seed: num('seed'),
    replications: num('replications'),
    _sources: z.union([z.string(), z.array(z.string()), z.record(z.string())]).optional(),
    /** `_sources` in Chinese, one per source (optional; the UI shows them in the Chinese interface) */
    _sourcesZh: z.array(z.string()).optional(),
    city: z
      .object({
        name: str('city.name'),
        nameZh: str('city.nameZh'),
        level: oneOf('city.level', ['municipal', 'district', 'county', 'township']),
        population: num('city.population'),
        enterprises: num('city.enterprises'),
      })
      .strict()
      .default({}),
    centreType: oneOf('centreType', [...CENTRE_TYPE_IDS]),
    departments: z.array(department, { required_error: r({ code: 'field.required' }) }).min(1, r({ code: 'list.atLeastOne', noun: 'department' })),
    items: z.array(item, { required_error: r({ code: 'field.required' }) }).min(1, r({ code: 'list.atLeastOne', noun: 'item' })),
    windowOrganisation: oneOf('windowOrganisation', ['department', 'comprehensive']),
    functions: z.object(Object.fromEntries(FUNCTION_IDS.map((f) => [f, functionState(f)])) as Record<FunctionId, ReturnType<typeof functionState>>).strict().default({}),
    functionEffects: z
      .object({
        releaseComplement: num('functionEffects.releaseComplement'),
        publicityReviewCut: num('functionEffects.publicityReviewCut'),
        onlineWithoutEGovernment: num('functionEffects.onlineWithoutEGovernment'),
        eSupervisionWithoutEGovernment: num('functionEffects.eSupervisionWithoutEGovernment'),
      })
      .strict()
      .default({}),
    mechanisms: z
      .object({
        firstInquiry: mech('firstInquiry', { misrouteRate: num('mechanisms.firstInquiry.misrouteRate') }),
        timeLimit: mech('timeLimit', { pressureFloor: num('mechanisms.timeLimit.pressureFloor') }),
        greenChannel: mech('greenChannel', { share: num('mechanisms.greenChannel.share'), limitDays: num('mechanisms.greenChannel.limitDays') }),
        deemedApproval: mech('deemedApproval', {}),
        oneTimeNotice: mech('oneTimeNotice', { retryCompleteP: num('mechanisms.oneTimeNotice.retryCompleteP') }),
        parallelApproval: mech('parallelApproval', {}),
        acceptWithGaps: mech('acceptWithGaps', { minorGapShare: num('mechanisms.acceptWithGaps.minorGapShare') }),
        eSupervision: mech('eSupervision', { expediteFloor: num('mechanisms.eSupervision.expediteFloor') }),
        onlineApproval: mech('onlineApproval', { verificationTripP: num('mechanisms.onlineApproval.verificationTripP'), reviewCut: num('mechanisms.onlineApproval.reviewCut') }),
        delivery: mech('delivery', { days: num('mechanisms.delivery.days') }),
        qualityManagement: mech('qualityManagement', {
          serviceRateMultiplier: num('mechanisms.qualityManagement.serviceRateMultiplier'),
          cvMultiplier: num('mechanisms.qualityManagement.cvMultiplier'),
        }),
      } satisfies Record<Mechanism, z.ZodTypeAny>)
      .strict()
      .default({}),
    demand: z
      .object({
        annualVolume: num('demand.annualVolume'),
        growth: num('demand.growth'),
        seasonProfile: profile('demand.seasonProfile'),
        weekdayProfile: profile('demand.weekdayProfile'),
        hourProfile: profile('demand.hourProfile'),
        onlineAdoption: num('demand.onlineAdoption'),
      })
      .strict()
      .default({}),
    behaviour: z
      .object({
        materialsCompleteP: num('behaviour.materialsCompleteP'),
        retryCompleteP: num('behaviour.retryCompleteP'),
        opennessBoost: num('behaviour.opennessBoost'),
        returnDelayDays: num('behaviour.returnDelayDays'),
        travelHoursPerTrip: num('behaviour.travelHoursPerTrip'),
        misrouteRate: num('behaviour.misrouteRate'),
        balkQueueLength: num('behaviour.balkQueueLength'),
        patienceMinutes: num('behaviour.patienceMinutes'),
        pickupMinutes: num('behaviour.pickupMinutes'),
      })
      .strict()
      .default({}),
    hall: z
      .object({ desks: num('hall.desks'), deskMinutes: num('hall.deskMinutes') })
      .strict()
      .default({}),
    // process.reviewMultiplier (a ladder of assumed multipliers per stationing) was replaced by sign-off layers (issue 9): dropped on load
    process: z.preprocess(
      (p) => (p !== null && typeof p === 'object' && 'reviewMultiplier' in p ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'reviewMultiplier')) : p),
      z
      .object({
        serviceMinutes: perClass('process.serviceMinutes'),
        serviceCv: num('process.serviceCv'),
        effortMinutes: perClass('process.effortMinutes'),
        effortCv: num('process.effortCv'),
        reviewDays: perClass('process.reviewDays'),
        reviewCv: num('process.reviewCv'),
        referralDays: num('process.referralDays'),
        handoffDays: perStationing('process.handoffDays'),
        signOffLayers: perStationing('process.signOffLayers'),
        signOffMinutes: num('process.signOffMinutes'),
        signOffWaitDays: z
          .object({ headquarters: num('process.signOffWaitDays.headquarters'), centre: num('process.signOffWaitDays.centre') })
          .strict()
          .default({}),
        twoEndDays: num('process.twoEndDays'),
        bureauLinkedFactor: num('process.bureauLinkedFactor'),
      })
      .strict()
      .default({}),
    ),
    complaints: z
      .object({
        baseP: num('complaints.baseP'),
        overdueP: num('complaints.overdueP'),
        extraTripP: num('complaints.extraTripP'),
        longWaitP: num('complaints.longWaitP'),
        misroutedP: num('complaints.misroutedP'),
        resolutionDays: z
          .object({
            separate: num('complaints.resolutionDays.separate'),
            colocated: num('complaints.resolutionDays.colocated'),
            integrated: num('complaints.resolutionDays.integrated'),
          })
          .strict()
          .default({}),
        misdirectShare: num('complaints.misdirectShare'),
        referralDays: num('complaints.referralDays'),
        feedback: num('complaints.feedback'),
      })
      .strict()
      .default({}),
    ratings: z
      .object({
        participation: num('ratings.participation'),
        baseBadP: num('ratings.baseBadP'),
        overdueBadP: num('ratings.overdueBadP'),
        extraTripBadP: num('ratings.extraTripBadP'),
        longWaitBadP: num('ratings.longWaitBadP'),
        misroutedBadP: num('ratings.misroutedBadP'),
      })
      .strict()
      .default({}),
    services: z
      .object({
        procurement: tradingService('procurement'),
        constructionBidding: tradingService('constructionBidding'),
        landAuction: tradingService('landAuction'),
        stateAssetTrading: tradingService('stateAssetTrading'),
        convenience: counterService('convenience'),
        disclosureRequests: counterService('disclosureRequests'),
      } satisfies Record<Stage3Service, z.ZodTypeAny>)
      .strict()
      .default({}),
    costs: z
      .object({ staffCostPerYear: num('costs.staffCostPerYear'), windowCostPerYear: num('costs.windowCostPerYear') })
      .strict()
      .default({}),
    opening: z
      .object({
        hoursPerDay: num('opening.hoursPerDay'),
        daysPerWeek: num('opening.daysPerWeek'),
        closingPolicy: oneOf('opening.closingPolicy', ['serveAll', 'sendHome']),
        workingDaysPerYear: num('opening.workingDaysPerYear'),
      })
      .strict()
      .default({}),
    simulation: z
      .object({
        days: num('simulation.days'),
        /** optional so that callers building a `simulation` object need not name it; absent = consecutive */
        sampling: z.enum(['consecutive', 'spread'], { errorMap: () => ({ message: r({ code: 'oneOf', options: ['consecutive', 'spread'] }) }) }).optional(),
        warmupDays: num('simulation.warmupDays'),
      })
      .strict()
      .default({}),
    /** optional reform timeline, projection settings and city network (timelineSchema.ts) */
    timeline: timelineSchema.optional(),
    projection: projectionSchema.optional(),
    network: networkSchema.optional(),
  })
  .strict();

/** Cross-field rules: ids unique and resolvable, shares that add up, profiles of the right length. */
export const centreScenarioSchema = centreScenarioObject.superRefine((s, ctx) => {
  const depIds = new Map<string, number>();
  s.departments.forEach((d, i) => {
    if (depIds.has(d.id)) ctx.addIssue({ code: 'custom', path: ['departments', i, 'id'], message: r({ code: 'department.uniqueAlso', index: depIds.get(d.id)! }) });
    depIds.set(d.id, i);
    if (d.stationing !== 'absent' && d.windows < 1 && s.windowOrganisation === 'department')
      ctx.addIssue({ code: 'custom', path: ['departments', i, 'windows'], message: r({ code: 'department.stationedWindows' }) });
  });
  const itemIds = new Set<string>();
  let shareSum = 0;
  let volumeSum = 0;
  s.items.forEach((it, i) => {
    if (itemIds.has(it.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: r({ code: 'id.unique' }) });
    itemIds.add(it.id);
    it.departments.forEach((d, j) => {
      if (!depIds.has(d)) ctx.addIssue({ code: 'custom', path: ['items', i, 'departments', j], message: r({ code: 'item.department' }) });
    });
    if (it.annualVolume === undefined && it.share === undefined)
      ctx.addIssue({ code: 'custom', path: ['items', i, 'share'], message: r({ code: 'item.shareOrVolume' }) });
    if (it.annualVolume !== undefined && it.share !== undefined)
      ctx.addIssue({ code: 'custom', path: ['items', i, 'share'], message: r({ code: 'item.shareAndVolume' }) });
    if (it.share !== undefined) shareSum += it.share;
    if (it.annualVolume !== undefined) volumeSum += it.annualVolume;
    if (it.promisedLimitDays !== undefined && it.promisedLimitDays > it.legalLimitDays)
      ctx.addIssue({ code: 'custom', path: ['items', i, 'promisedLimitDays'], message: r({ code: 'field.lte', field: 'legalLimitDays', path: 'items[].legalLimitDays', value: it.legalLimitDays }) });
    if (it.class === 'linked' && it.departments.length < 2)
      ctx.addIssue({ code: 'custom', path: ['items', i, 'departments'], message: r({ code: 'item.linkedTwo' }) });
  });
  if (shareSum > 1 + 1e-3) ctx.addIssue({ code: 'custom', path: ['items'], message: r({ code: 'items.sharesSum', sum: shareSum }) });
  if (volumeSum > s.demand.annualVolume * (1 + 1e-9) && shareSum > 0)
    ctx.addIssue({ code: 'custom', path: ['demand', 'annualVolume'], message: r({ code: 'demand.coversItems', volume: volumeSum }) });
  if (s.demand.seasonProfile.length !== 12) ctx.addIssue({ code: 'custom', path: ['demand', 'seasonProfile'], message: r({ code: 'profile.months' }) });
  if (s.demand.weekdayProfile.length !== s.opening.daysPerWeek)
    ctx.addIssue({ code: 'custom', path: ['demand', 'weekdayProfile'], message: r({ code: 'profile.perDay', count: s.opening.daysPerWeek }) });
  if (s.demand.hourProfile.length !== s.opening.hoursPerDay)
    ctx.addIssue({ code: 'custom', path: ['demand', 'hourProfile'], message: r({ code: 'profile.perHour', count: s.opening.hoursPerDay }) });
  for (const [key, w] of [['seasonProfile', s.demand.seasonProfile], ['weekdayProfile', s.demand.weekdayProfile], ['hourProfile', s.demand.hourProfile]] as const)
    if (w.reduce((a, b) => a + b, 0) <= 0) ctx.addIssue({ code: 'custom', path: ['demand', key], message: r({ code: 'profile.positive' }) });
  // memory: every simulated case is held until the replication ends (issue 9: 30 M cases/yr over a year failed in the browser)
  const lineVolume = Object.values(s.services).reduce((a, sv) => a + (sv.on ? sv.annualVolume : 0), 0);
  const cases = ((Math.max(s.demand.annualVolume, volumeSum) + lineVolume) * s.simulation.days) / s.opening.workingDaysPerYear;
  if (cases > MAX_CASES_PER_REPLICATION)
    ctx.addIssue({
      code: 'custom',
      path: ['simulation', 'days'],
      message: r({ code: 'simulation.maxCases', max: MAX_CASES_PER_REPLICATION, workingDays: s.opening.workingDaysPerYear, cases }),
    });
  if (s.simulation.warmupDays >= s.simulation.days)
    ctx.addIssue({ code: 'custom', path: ['simulation', 'warmupDays'], message: r({ code: 'field.lt', field: 'simulation.days', path: 'simulation.days', value: s.simulation.days }) });
  refineTimeline(s, ctx);
  projectedDemandIssue(s, Math.max(s.demand.annualVolume, volumeSum), ctx);
});

/**
 * Refuses a timeline whose demand would outgrow what a year can simulate (issue 12: thirty
 * `demand.change` events of ×10 passed validation, then failed the projection with `Invalid typed
 * array length: 2.9e33`): the annual volume, times each year's growth and the demand events up to
 * projection.endYear, times the most the trust dynamics can pull in (maxCapture / initialCapture),
 * must stay within MAX_ANNUAL_CASES. Pure.
 */
function projectedDemandIssue(s: CentreScenario, volume: number, ctx: z.RefinementCtx): void {
  const events = s.timeline ?? [];
  if (events.length === 0 && !s.projection) return;
  const trust = s.projection?.trust;
  if (trust && !(trust.initialCapture > 0)) {
    ctx.addIssue({ code: 'custom', path: ['projection', 'trust', 'initialCapture'], message: r({ code: 'projection.initialCapture' }) });
    return;
  }
  const pull = trust ? Math.max(1, trust.maxCapture / trust.initialCapture) : 1;
  const start = s.projection?.startYear ?? s.year;
  const end = Math.max(s.projection?.endYear ?? start, ...events.map((e) => (Number.isFinite(e.year) ? e.year : start)));
  let growth = s.demand.growth;
  let v = volume * pull;
  for (let year = start, i = 0; year <= Math.min(end, start + 200); year++) {
    if (year > start) v *= 1 + growth;
    for (; i < events.length && events[i].year <= year; i++) {
      const e = events[i];
      if (e.kind !== 'demand.change') continue;
      if (e.factor !== undefined) v *= e.factor;
      if (e.growth !== undefined) growth = e.growth;
      if (v > MAX_ANNUAL_CASES) {
        ctx.addIssue({ code: 'custom', path: ['timeline', i, 'factor'], message: r({ code: 'projection.factorVolume', volume: v, limit: MAX_ANNUAL_CASES }) });
        return;
      }
    }
    if (v > MAX_ANNUAL_CASES) {
      ctx.addIssue({ code: 'custom', path: ['demand', 'growth'], message: r({ code: 'projection.growthVolume', volume: v, year, limit: MAX_ANNUAL_CASES }) });
      return;
    }
  }
}

/** A validated version-1 centre scenario with every default filled in (the output of zod). */
export type CentreScenario = z.output<typeof centreScenarioObject>;
/** What a user may write (defaults optional). */
export type CentreScenarioInput = z.input<typeof centreScenarioObject>;

/**
 * Normalises a validated scenario: each item gets an explicit promised limit (the legal one when
 * absent), explicit service/effort/review times (its class's defaults) and an annual volume
 * (share × demand when given as a share). Idempotent and pure.
 */
export function normaliseCentre(s: CentreScenario): CentreScenario {
  return {
    ...s,
    items: s.items.map((it) => {
      const annualVolume = it.annualVolume ?? (it.share ?? 0) * s.demand.annualVolume;
      const out = {
        ...it,
        promisedLimitDays: it.promisedLimitDays ?? it.legalLimitDays,
        serviceMinutes: it.serviceMinutes ?? s.process.serviceMinutes[it.class],
        effortMinutes: it.effortMinutes ?? s.process.effortMinutes[it.class],
        reviewDays: it.reviewDays ?? s.process.reviewDays[it.class],
      };
      // keep exactly one of share / annualVolume as the user wrote it, so that a round trip is stable
      if (it.share !== undefined) return { ...out, share: it.share, annualVolume: undefined };
      return { ...out, annualVolume };
    }),
  };
}

/** Annual volume of each item (cases/yr) of a normalised scenario. Pure. */
export function itemVolumes(s: CentreScenario): number[] {
  return s.items.map((it) => it.annualVolume ?? (it.share ?? 0) * s.demand.annualVolume);
}
