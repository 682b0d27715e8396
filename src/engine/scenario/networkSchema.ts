/**
 * The `onewindow/network` scenario: an open queueing network. Time is in minutes, rates are per
 * minute. Every field's unit and default is in its `.describe()` text and in README.md beside
 * this file. Defaults are filled in by the schema (the "normalise" step of the load pipeline).
 */
import { z } from 'zod';
import {
  NETWORK_BOUNDS as B,
  distributionSchema,
  intIn,
  nonNegative,
  nonNegativeInt,
  positive,
  positiveInt,
  probability,
} from './distributionSchema';
import { type ListNoun, zodRule as r } from './rules';

const id = z
  .string({ invalid_type_error: r({ code: 'type.textId' }) })
  .min(1, r({ code: 'text.nonEmpty' }))
  .max(200, r({ code: 'text.maxLength', max: 200 }))
  .refine((s) => s !== 'exit', r({ code: 'id.notExit' }))
  .refine((s) => s !== '__proto__', r({ code: 'id.notProto' }));
const many = (noun: ListNoun, max: number) => r({ code: 'list.atMost', max, noun });
const atLeastOne = (noun: ListNoun) => r({ code: 'list.atLeastOne', noun });

/** a number from 0 to `max` */
function num0to(max: number) {
  const rule = r({ code: 'number.between', min: 0, max });
  return z.number({ invalid_type_error: rule }).finite(rule).min(0, rule).max(max, rule);
}

/** One branch of a routing rule: go `to` a station or "exit" with probability `p`. */
export const routeSchema = z
  .object({
    to: z.string({ invalid_type_error: r({ code: 'route.to' }) }),
    p: probability.describe('probability of this branch; default 1').default(1),
    class: z.string().optional().describe('switch the case to this class on taking the branch; default: keep'),
  })
  .strict();

/** Routing table: station id → branches. Probabilities sum to ≤ 1; the remainder exits. */
export const routingSchema = z.record(z.array(routeSchema).max(B.maxStations + 1, many('branch', B.maxStations + 1)));

const arrivalsSchema = z
  .object({
    to: z
      .union([z.string(), z.array(routeSchema).max(B.maxStations, many('branch', B.maxStations))])
      .describe('first station, or branches with probabilities'),
    interarrival: distributionSchema.describe('time between arrivals, minutes'),
    profile: z
      .object({
        periodMinutes: positive.describe('length of one cycle of the profile, minutes'),
        multipliers: z
          .array(
            num0to(B.maxMultiplier),
          )
          .min(1, atLeastOne('multiplier'))
          .max(B.maxSlots, many('multiplier', B.maxSlots)),
      })
      .strict()
      .optional()
      .describe(
        'time-varying arrival rate: the cycle is cut into equal slots, slot i scales the rate by multipliers[i] (thinning; exact for exponential interarrivals); default constant',
      ),
    limit: positiveInt.optional().describe('at most this many arrivals of the class; default unlimited'),
  })
  .strict();

/** A customer class. */
export const classSchema = z
  .object({
    id,
    name: z.string().optional(),
    arrivals: arrivalsSchema.optional().describe('external arrivals; default none (class reached only by class switching)'),
    priority: z.number({ invalid_type_error: r({ code: 'type.number' }) }).finite(r({ code: 'number.finite' })).min(-1e9, r({ code: 'number.gte', min: -1e9 })).max(1e9, r({ code: 'number.lte', max: 1e9 })).default(0).describe('priority at `priority` stations: lower is served first; default 0'),
    deadline: z
      .union([nonNegative, distributionSchema])
      .optional()
      .describe('due time after arrival, minutes (number or distribution per case): EDF key and on-time KPI; default none'),
    service: z.record(distributionSchema).optional().describe('service time per station id for this class, minutes; default the station’s'),
    routing: routingSchema.optional().describe('routing per station id for this class; default the network’s'),
    patience: z.record(distributionSchema).optional().describe('patience per station id for this class, minutes; default the station’s'),
    attributes: z.record(z.number({ invalid_type_error: r({ code: 'type.number' }) }).finite(r({ code: 'number.finite' }))).optional().describe('free numeric attributes a compiler attaches (read back from records); default {}'),
  })
  .strict();

/** A servers schedule: `windows[i].servers` servers from `windows[i].start` to the next start, repeating every `periodMinutes`. */
export const scheduleSchema = z
  .object({
    periodMinutes: positive.describe('cycle length, minutes (e.g. 1440 for a day)'),
    windows: z
      .array(z.object({ start: nonNegative.describe('minutes into the cycle'), servers: intIn(0, B.maxServers) }).strict())
      .min(1, atLeastOne('window'))
      .max(B.maxSlots, many('window', B.maxSlots)),
  })
  .strict();

/** A service station (a bank of identical windows/servers with one queue). */
export const stationSchema = z
  .object({
    id,
    name: z.string().optional(),
    servers: z
      .union([positiveInt, z.literal('infinite')], {
        errorMap: () => ({ message: r({ code: 'servers.shape' }) }),
      })
      .default(1)
      .describe('number of servers, or "infinite" (a pure delay); default 1'),
    discipline: z
      .enum(['fifo', 'priority', 'edf'], { errorMap: () => ({ message: r({ code: 'oneOf', options: ['fifo', 'priority', 'edf'] }) }) })
      .default('fifo')
      .describe('queue order: fifo; priority (class priority, lower first, non-preemptive, FIFO within); edf (earliest case deadline first); default fifo'),
    service: distributionSchema.describe('service time, minutes'),
    waitingRoom: nonNegativeInt.optional().describe('at most this many waiting (not counting those in service); an arrival finding it full is blocked and lost; default unlimited'),
    balking: z
      .object({
        queueLength: nonNegativeInt.describe('an arrival who finds at least this many waiting may balk'),
        probability: probability.default(1).describe('probability of balking then; default 1'),
      })
      .strict()
      .optional()
      .describe('default none'),
    patience: distributionSchema.optional().describe('time a waiting customer stays before reneging, minutes; default infinite'),
    schedule: scheduleSchema.optional().describe('servers over time (overrides `servers` while the centre is open); default constant'),
    workingTime: z
      .boolean()
      .default(false)
      .describe('service time counts opening hours only (a back office taking 2 working days = 960 minutes with 8-hour days runs over nights and weekends); needs a calendar; default false'),
  })
  .strict();

/** The opening calendar: time 0 is the opening of day 0, a Monday. */
export const calendarSchema = z
  .object({
    hoursPerDay: positive.max(24, r({ code: 'number.hoursInDay' })).default(8).describe('opening hours per working day; default 8'),
    daysPerWeek: positiveInt.max(7, r({ code: 'int.between', min: 1, max: 7 })).default(5).describe('working days per 7-day week, from Monday; default 5'),
    closing: z
      .enum(['serve-all', 'send-home'], { errorMap: () => ({ message: r({ code: 'oneOf', options: ['serve-all', 'send-home'] }) }) })
      .default('serve-all')
      .describe('at closing time: serve everyone already inside (overtime), or send the waiting home (lost); default serve-all'),
  })
  .strict();

/** Counter of visits per case to a set of stations (e.g. trips to the hall). */
export const counterSchema = z
  .object({ id, stations: z.array(z.string()).min(1, atLeastOne('station')).max(B.maxStations, many('station', B.maxStations)) })
  .strict();

/** The whole network scenario (version 1). */
export const networkScenarioSchema = z
  .object({
    type: z.literal('onewindow/network'),
    version: z.literal(1),
    name: z.string().default('').describe('title; default ""'),
    description: z.string().optional(),
    seed: z.number({ invalid_type_error: r({ code: 'number.integer' }) }).int(r({ code: 'number.integer' })).min(0, r({ code: 'int.between', min: 0, max: 0xffffffff })).max(0xffffffff, r({ code: 'int.between', min: 0, max: 0xffffffff })).default(1).describe('random seed; default 1'),
    replications: intIn(1, B.maxReplications).default(10).describe('number of replications; default 10'),
    stop: z
      .object({
        minutes: positive.optional().describe('stop arrivals (and the clock, unless drain) at this time, minutes'),
        customers: positiveInt.optional().describe('stop after this many external arrivals, then drain'),
        drain: z.boolean().optional().describe('after arrivals stop, serve everyone left; default false for minutes, true for customers'),
        maxEvents: positiveInt
          .optional()
          .describe('safety limit: a replication that needs more events than this fails with an error instead of running on; default 1,000,000,000'),
      })
      .strict(),
    warmup: z
      .union([z.literal('auto'), z.object({ minutes: nonNegative }).strict()], {
        errorMap: () => ({ message: r({ code: 'warmup.shape' }) }),
      })
      .default({ minutes: 0 })
      .describe('statistics ignore the start: minutes, or "auto" (MSER-5 on case waits, per replication); default 0'),
    calendar: calendarSchema.optional().describe('opening calendar; default always open'),
    classes: z.array(classSchema).min(1, atLeastOne('class')).max(B.maxClasses, many('class', B.maxClasses)),
    stations: z.array(stationSchema).min(1, atLeastOne('station')).max(B.maxStations, many('station', B.maxStations)),
    routing: routingSchema.default({}).describe('station id → branches; a station not listed sends cases to exit; default {}'),
    counters: z.array(counterSchema).max(100, many('counter', 100)).default([]).describe('per-case visit counters reported as <id>PerCase; default none'),
  })
  .strict();

/** A loaded, normalised network scenario (all defaults filled in). */
export type NetworkScenario = z.infer<typeof networkScenarioSchema>;
/** A network scenario as written (defaults optional). */
export type NetworkScenarioInput = z.input<typeof networkScenarioSchema>;
/** A routing branch. */
export type Route = z.infer<typeof routeSchema>;
