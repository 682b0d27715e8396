import { type Rule, type RuleCode, type RuleParamsOf, ruleParams, ruleText } from './rules';

/**
 * The one error shape every scenario validator throws: `invalid <path>: <rule>, got <value>`. The
 * rule is one of the catalogue (rules.ts): `code` and `params` say which, `rule` is its English.
 */
export class ScenarioError extends Error {
  /** field path, e.g. `stations[0].servers` (empty for the whole document) */
  readonly path: string;
  /** the rule that failed, in English, e.g. `must be an integer ≥ 1` */
  readonly rule: string;
  /** the rule's code in the catalogue, e.g. `int.atLeast` */
  readonly code: RuleCode;
  /** the rule's parameters, e.g. `{ min: 1 }` */
  readonly params: RuleParamsOf;
  /** the offending value as given */
  readonly value: unknown;

  /** Builds the message from its parts, at most MAX_MESSAGE_LENGTH characters; pure. */
  constructor(path: string, broken: Rule, value: unknown) {
    const rule = ruleText(broken);
    // the path and the rule are cut, never the `, got` part the editor reads back; the rule gets
    // what a short path and value leave, so the project's own rules are read whole
    const where = path === '' ? 'scenario' : clip(path, 100);
    const got = showValue(value);
    super(`invalid ${where}: ${clip(rule, MAX_MESSAGE_LENGTH - where.length - got.length - 16)}, got ${got}`);
    this.name = 'ScenarioError';
    this.path = path;
    this.rule = rule;
    this.code = broken.code;
    this.params = ruleParams(broken);
    this.value = value;
  }
}

/** Longest message a ScenarioError carries (a readable line; issue 12: messages of 10 MB on one line). */
export const MAX_MESSAGE_LENGTH = 300;
/** Longest key shown in a path; longer keys are elided in the middle. */
const MAX_KEY_LENGTH = 40;
/** Longest value shown after `got`. */
const MAX_VALUE_LENGTH = 60;

/** Cuts `s` to at most `max` characters, ending in `...` when cut; pure. */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** Formats a path array as `a.b[0].c` (long keys elided); pure. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else {
      const k = p.length > MAX_KEY_LENGTH ? `${p.slice(0, MAX_KEY_LENGTH - 3)}...` : p;
      if (/^[A-Za-z_$][\w$]*$/.test(k)) s += s === '' ? k : `.${k}`;
      else s += `[${JSON.stringify(k)}]`;
    }
  }
  return s;
}

/**
 * Shows a value briefly for an error message: JSON-like, at most 60 characters, non-finite numbers
 * as `Infinity`/`NaN` (never JSON's `null`); reads only as much of a huge or deep value as it
 * shows. Pure.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const out: string[] = [];
  let length = 0;
  const push = (s: string): boolean => {
    out.push(s);
    length += s.length;
    return length <= MAX_VALUE_LENGTH;
  };
  const show = (v: unknown, depth: number): boolean => {
    if (typeof v === 'number') return push(Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity');
    if (typeof v === 'string') return push(JSON.stringify(v.length > MAX_VALUE_LENGTH ? v.slice(0, MAX_VALUE_LENGTH) : v));
    if (v === null || typeof v !== 'object') return push(String(v));
    if (depth > 3) return push(Array.isArray(v) ? '[...]' : '{...}');
    if (Array.isArray(v)) {
      if (!push('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !push(',')) || !show(v[i], depth + 1)) return false;
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if ((!first && !push(',')) || !push(`${JSON.stringify(k.length > MAX_VALUE_LENGTH ? k.slice(0, MAX_VALUE_LENGTH) : k)}:`)) return false;
      first = false;
      if (!show((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return push('}');
  };
  show(value, 0);
  return clip(out.join(''), MAX_VALUE_LENGTH);
}

/** Reads the value at a path inside an input document, or undefined (own properties only); pure. */
export function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}
