/**
 * A small, strict argument parser: `--name value`, `--name=value` and boolean `--flag`.
 * Unknown options, missing values and extra positionals are InputErrors (exit 2).
 */
import { InputError } from './errors';

export interface OptionSpec {
  name: string;
  kind: 'boolean' | 'string';
  /** placeholder in help, e.g. `N` */
  value?: string;
  help: string;
  /** may be given more than once; every value, in order, is in `ParsedArgs.lists` (the last also in `options`) */
  multiple?: boolean;
  /** a one-letter alias, e.g. `o` for `-o FILE` */
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  /** every value of a `multiple` option, in the order given */
  lists?: Record<string, string[]>;
}

export const helpOption: OptionSpec = { name: 'help', kind: 'boolean', help: 'show this help' };

/** Parses argv after the command name against `specs`; `maxPositionals` bounds the positionals. */
export function parseArgs(command: string, argv: string[], specs: OptionSpec[], maxPositionals: number): ParsedArgs {
  const byName = new Map([...specs, helpOption].map((s) => [s.name, s]));
  const shorts = new Map(specs.filter((s) => s.short !== undefined).map((s) => [`-${s.short}`, s.name]));
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  const lists: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const long = shorts.get(argv[i]);
    const arg = long === undefined ? argv[i] : `--${long}`;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) throw new InputError(`unknown option ${arg} for '${command}' (see onewindow ${command} --help)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) throw new InputError(`unknown option --${name} for '${command}' (see onewindow ${command} --help)`);
    if (spec.kind === 'boolean') {
      if (eq >= 0) throw new InputError(`option --${name} takes no value, got ${arg.slice(eq + 1)}`);
      options[name] = true;
    } else {
      let value: string;
      if (eq >= 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new InputError(`option --${name} needs a value (${spec.value ?? 'VALUE'})`);
        value = next;
        i++;
      }
      options[name] = value;
      if (spec.multiple) (lists[name] ??= []).push(value);
    }
  }
  if (!options.help && positionals.length > maxPositionals) {
    throw new InputError(`unexpected argument '${positionals[maxPositionals]}' for '${command}' (see onewindow ${command} --help)`);
  }
  return Object.keys(lists).length > 0 ? { positionals, options, lists } : { positionals, options };
}

/** Reads an integer option within [min, max]; undefined when absent. */
export function intOption(args: ParsedArgs, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in [${min}, ${max}]`;
    throw new InputError(`invalid --${name}: must be an integer ${range}, got ${text}`);
  }
  return value;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const raw = args.options[name];
  return raw === undefined ? undefined : String(raw);
}

/** Every value of a `multiple` option, in the order given (empty when absent). */
export function listOption(args: ParsedArgs, name: string): string[] {
  return args.lists?.[name] ?? [];
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}

/** Formats the options block of a command's help. */
export function formatOptions(specs: OptionSpec[]): string {
  const rows = [...specs, helpOption].map((s) => [`${s.short ? `-${s.short}, ` : ''}--${s.name}${s.kind === 'string' ? ` ${s.value ?? 'VALUE'}` : ''}`, s.help]);
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`).join('\n');
}
