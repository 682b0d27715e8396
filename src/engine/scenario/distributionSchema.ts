/** Zod schema for distribution specs (see random/distributions.ts for meaning and moments). */
import { z } from 'zod';

const num = (rule: string) => z.number({ invalid_type_error: rule }).finite(rule);
/** a number > 0 */
export const positive = num('must be a number > 0').positive('must be a number > 0');
/** a number ≥ 0 */
export const nonNegative = num('must be a number ≥ 0').min(0, 'must be a number ≥ 0');
/** an integer ≥ 1 */
export const positiveInt = z
  .number({ invalid_type_error: 'must be an integer ≥ 1' })
  .int('must be an integer ≥ 1')
  .min(1, 'must be an integer ≥ 1');
/** an integer ≥ 0 */
export const nonNegativeInt = z
  .number({ invalid_type_error: 'must be an integer ≥ 0' })
  .int('must be an integer ≥ 0')
  .min(0, 'must be an integer ≥ 0');
/** a probability in [0, 1] */
export const probability = num('must be a probability in [0, 1]')
  .min(0, 'must be a probability in [0, 1]')
  .max(1, 'must be a probability in [0, 1]');

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
  z.object({ dist: z.literal('erlang'), k: positiveInt, mean: positive }).strict(),
  z.object({ dist: z.literal('gamma'), shape: positive, mean: positive }).strict(),
  z.object({ dist: z.literal('lognormal'), mean: positive, cv: positive }).strict(),
  z.object({ dist: z.literal('uniform'), min: nonNegative, max: nonNegative }).strict(),
  z.object({ dist: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative }).strict(),
  z
    .object({
      dist: z.literal('empirical'),
      values: z.array(nonNegative).min(1, 'must list at least one value'),
      weights: z.array(nonNegative).optional(),
    })
    .strict(),
]);
