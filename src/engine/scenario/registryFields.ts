/**
 * Zod fields whose bounds, whole-number rule and default come from the parameter registry
 * (src/domain/parameters.ts): the one way the centre schema and the projection settings write a
 * registered field. Pure.
 */
import { z } from 'zod';
import { parameter } from '../../domain/parameters';
import { zodRule as r } from './rules';

/** A number field with the registry's bounds and whole-number rule (no default). */
export function baseNum(path: string) {
  const spec = parameter(path);
  let s = z.number({ invalid_type_error: r({ code: 'type.number' }), required_error: r({ code: 'field.required' }) }).finite(r({ code: 'number.finite' }));
  if (spec.integer) s = s.int(r({ code: 'number.integer' }));
  if (spec.min !== undefined) s = s.min(spec.min, r({ code: 'number.gte', min: spec.min }));
  if (spec.max !== undefined) s = s.max(spec.max, r({ code: 'number.lte', max: spec.max }));
  return s;
}
/** A number field with the registry's default. */
export function num(path: string) {
  return baseNum(path).default(parameter(path).default as number);
}
/** A number field with no default (optional in the file). */
export function optNum(path: string) {
  return baseNum(path).optional();
}
/** A true/false field with the registry's default. */
export function bool(path: string) {
  return z.boolean({ invalid_type_error: r({ code: 'type.boolean' }) }).default(parameter(path).default as boolean);
}
