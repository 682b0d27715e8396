/** Zod schema for distribution specs (see random/distributions.ts for meaning and moments). */
import { z } from 'zod';
import { zodRule as r } from './rules';

/**
 * Sanity bounds of a network scenario's numbers (issue 12: a rate of 1e9, an Erlang k of 1e9 or
 * stop.minutes of 1e300 passed validation and then hung the run). Assumptions, not sources: wide
 * enough for any real hall, small enough that every sum and product stays finite. The expected
 * work of a whole replication is bounded separately (estimateRun.ts).
 */
export const NETWORK_BOUNDS = {
  /** largest time, duration or period, minutes (about 1,900 years) */
  maxMinutes: 1e9,
  /** smallest positive number (a rate, a mean, a cv, a period) */
  minPositive: 1e-9,
  /** largest whole count (customers, limits, queue lengths, maxEvents) */
  maxCount: 1e12,
  /** most servers at a station (more is "infinite") */
  maxServers: 1_000_000,
  /** most phases of an Erlang distribution (each sample draws k uniforms) */
  maxErlangK: 1000,
  /** most replications in a file */
  maxReplications: 100_000,
  /** largest arrival-profile multiplier */
  maxMultiplier: 1e6,
  /** most slots of an arrival profile, windows of a schedule */
  maxSlots: 10_000,
  /** most values of an empirical distribution */
  maxEmpiricalValues: 100_000,
  /** most stations, classes, and (station, class) pairs */
  maxStations: 10_000,
  maxClasses: 1_000,
  maxStationClassPairs: 1_000_000,
} as const;

const B = NETWORK_BOUNDS;
const num = (rule: string) => z.number({ invalid_type_error: rule }).finite(rule);
const atMost = (max: number) => r({ code: 'number.lte', max });
const POSITIVE = r({ code: 'number.positive' });
const NON_NEGATIVE = r({ code: 'number.atLeast', min: 0 });
/** a number > 0 (from 1e-9 to 1e9) */
export const positive = num(POSITIVE)
  .positive(POSITIVE)
  .min(B.minPositive, r({ code: 'number.atLeast', min: B.minPositive }))
  .max(B.maxMinutes, atMost(B.maxMinutes));
/** a number ≥ 0 (at most 1e9) */
export const nonNegative = num(NON_NEGATIVE).min(0, NON_NEGATIVE).max(B.maxMinutes, atMost(B.maxMinutes));
/** an integer from `min` to `max` (`must be an integer ≥ min` below, `must be ≤ max` above) */
export const intIn = (min: number, max: number) => {
  const rule = r({ code: 'int.atLeast', min });
  return z.number({ invalid_type_error: rule }).int(rule).min(min, rule).max(max, atMost(max));
};
/** an integer ≥ 1 (at most 1e12) */
export const positiveInt = intIn(1, B.maxCount);
/** an integer ≥ 0 (at most 1e12) */
export const nonNegativeInt = intIn(0, B.maxCount);
/** a probability in [0, 1] */
const PROBABILITY = r({ code: 'number.probability' });
export const probability = num(PROBABILITY).min(0, PROBABILITY).max(1, PROBABILITY);

/** Names of the distribution kinds, in the order error messages list them. */
export const distributionKinds = [
  'exponential',
  'deterministic',
  'erlang',
  'gamma',
  'lognormal',
  'uniform',
  'triangular',
  'empirical',
] as const;

/** A distribution of a duration in minutes (or any non-negative quantity). */
export const distributionSchema = z.discriminatedUnion('dist', [
  z.object({ dist: z.literal('exponential'), rate: positive.optional(), mean: positive.optional() }).strict(),
  z.object({ dist: z.literal('deterministic'), value: nonNegative }).strict(),
  z.object({ dist: z.literal('erlang'), k: intIn(1, B.maxErlangK), mean: positive }).strict(),
  z.object({ dist: z.literal('gamma'), shape: positive, mean: positive }).strict(),
  z.object({ dist: z.literal('lognormal'), mean: positive, cv: positive }).strict(),
  z.object({ dist: z.literal('uniform'), min: nonNegative, max: nonNegative }).strict(),
  z.object({ dist: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative }).strict(),
  z
    .object({
      dist: z.literal('empirical'),
      values: z.array(nonNegative).min(1, r({ code: 'list.atLeastOne', noun: 'value' })).max(B.maxEmpiricalValues, r({ code: 'list.atMost', max: B.maxEmpiricalValues, noun: 'value' })),
      weights: z.array(nonNegative).max(B.maxEmpiricalValues, r({ code: 'list.atMost', max: B.maxEmpiricalValues, noun: 'weight' })).optional(),
    })
    .strict(),
]);
