/**
 * `--days D`, the one rule for every command that takes it (sweep, calibrate): a centre scenario
 * simulates only D working days, spread over the year's months (`sampling: "spread"`), with no
 * warm-up — a quick look whose annualised volumes stay comparable with the full year's.
 */
import { intOption, type OptionSpec, type ParsedArgs } from './args';
import { InputError } from './errors';

/** The bounds of D. */
export const DAYS_MIN = 1;
export const DAYS_MAX = 10_000;

/** The option as a command lists it; `help` says what it does to that command's scenarios. */
export function daysOptionSpec(help: string): OptionSpec {
  return { name: 'days', kind: 'string', value: 'D', help };
}

/** D from `--days`, checked against its bounds (undefined when not given). */
export function daysOption(args: ParsedArgs): number | undefined {
  return intOption(args, 'days', DAYS_MIN, DAYS_MAX);
}

/**
 * The scenario document with the quick look applied: D days spread over the year, no warm-up, its
 * other simulation settings kept. Only a centre scenario has working days; `name` names the file
 * in the refusal. Pure.
 */
export function withDays(doc: unknown, days: number, name: string): Record<string, unknown> {
  const o = (doc ?? {}) as Record<string, unknown>;
  if (o.type !== 'onewindow/centre')
    throw new InputError(`--days applies to a centre scenario (onewindow/centre); ${name} is ${String(o.type)}: for a network use --set stop.minutes=M`);
  return { ...o, simulation: { ...(o.simulation as object), days, warmupDays: 0, sampling: 'spread' } };
}
