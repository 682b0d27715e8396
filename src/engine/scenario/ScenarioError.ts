/** The one error shape every scenario validator throws: `invalid <path>: <rule>, got <value>`. */
export class ScenarioError extends Error {
  /** field path, e.g. `stations[0].servers` (empty for the whole document) */
  readonly path: string;
  /** the rule that failed, e.g. `must be an integer ≥ 1` */
  readonly rule: string;
  /** the offending value as given */
  readonly value: unknown;

  /** Builds the message from its parts; pure. */
  constructor(path: string, rule: string, value: unknown) {
    super(`invalid ${path === '' ? 'scenario' : path}: ${rule}, got ${showValue(value)}`);
    this.name = 'ScenarioError';
    this.path = path;
    this.rule = rule;
    this.value = value;
  }
}

/** Formats a path array as `a.b[0].c`; pure. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) s += s === '' ? p : `.${p}`;
    else s += `[${JSON.stringify(p)}]`;
  }
  return s;
}

/** Shows a value briefly for an error message (JSON, cut at 60 characters); pure. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Reads the value at a path inside an input document, or undefined; pure. */
export function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}
