/**
 * The M/M/c form of the Plan view: the fields as the user typed them (strings, never lost),
 * their validation with messages that name the field and the rule, and the network scenario the
 * valid form describes. Pure: no DOM, no React; messages are keys the view translates.
 */
import type { MessageKey } from '../../i18n/messages';

export const mmcFields = ['arrivalRate', 'serviceRate', 'servers', 'replications', 'stopMinutes', 'warmupMinutes', 'seed'] as const;
export type MmcField = (typeof mmcFields)[number];

/** What is in the inputs, exactly as typed. */
export type MmcFormValues = Record<MmcField, string>;

/** The parsed, valid form. */
export interface MmcParams {
  /** λ, arrivals per minute */
  arrivalRate: number;
  /** μ, services per minute per window */
  serviceRate: number;
  /** c, windows (servers) */
  servers: number;
  replications: number;
  stopMinutes: number;
  warmupMinutes: number;
  seed: number;
}

/** A service hall near saturation (ρ = 0.9), where waiting is visible and Erlang C is a fair test. */
export const defaultMmcForm: MmcFormValues = {
  arrivalRate: '9',
  serviceRate: '1',
  servers: '10',
  replications: '20',
  stopMinutes: '20000',
  warmupMinutes: '1000',
  seed: '1',
};

export type MmcRule = 'required' | 'number' | 'positive' | 'max' | 'nonNegative' | 'integerMin' | 'stable' | 'belowStop';

/** One problem with one field; `params` fill the rule's message. */
export interface FieldIssue {
  field: MmcField;
  rule: MmcRule;
  params: Record<string, string | number>;
}

export const fieldLabelKey: Record<MmcField, MessageKey> = {
  arrivalRate: 'field.arrivalRate',
  serviceRate: 'field.serviceRate',
  servers: 'field.servers',
  replications: 'field.replications',
  stopMinutes: 'field.stopMinutes',
  warmupMinutes: 'field.warmupMinutes',
  seed: 'field.seed',
};

export const ruleKey: Record<MmcRule, MessageKey> = {
  required: 'rule.required',
  number: 'rule.number',
  positive: 'rule.positive',
  max: 'rule.max',
  nonNegative: 'rule.nonNegative',
  integerMin: 'rule.integerMin',
  stable: 'rule.stable',
  belowStop: 'rule.belowStop',
};

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Full-width digits and punctuation from a Chinese IME (１２．５) read as ASCII. */
export function normaliseNumberText(text: string): string {
  return text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/\uFF0D/g, '-')
    .replace(/\uFF0B/g, '+');
}

export type Parsed = { ok: true; value: number } | { ok: false; issue: FieldIssue };

function parseNumber(field: MmcField, text: string): Parsed {
  const t = normaliseNumberText(text);
  if (t === '') return { ok: false, issue: { field, rule: 'required', params: {} } };
  if (!DECIMAL.test(t)) return { ok: false, issue: { field, rule: 'number', params: { value: text.trim() } } };
  return { ok: true, value: Number(t) };
}

interface NumberRule {
  kind: 'positive' | 'nonNegative' | 'integer';
  min?: number;
  max: number;
}

const rules: Record<MmcField, NumberRule> = {
  arrivalRate: { kind: 'positive', max: 10_000 },
  serviceRate: { kind: 'positive', max: 10_000 },
  servers: { kind: 'integer', min: 1, max: 1000 },
  replications: { kind: 'integer', min: 1, max: 1000 },
  stopMinutes: { kind: 'positive', max: 1e9 },
  warmupMinutes: { kind: 'nonNegative', max: 1e9 },
  seed: { kind: 'integer', min: 0, max: 4_294_967_295 },
};

/** Parse and check one field on its own (the rules between fields are in validateMmcForm). */
export function checkField(field: MmcField, text: string): Parsed {
  const parsed = parseNumber(field, text);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const rule = rules[field];
  const fail = (r: MmcRule, params: Record<string, string | number> = {}): Parsed => ({ ok: false, issue: { field, rule: r, params: { value: v, ...params } } });
  if (rule.kind === 'integer') {
    if (!Number.isInteger(v) || v < (rule.min ?? 0)) return fail('integerMin', { min: rule.min ?? 0 });
  } else if (rule.kind === 'positive') {
    if (!(v > 0)) return fail('positive');
  } else if (!(v >= 0)) {
    return fail('nonNegative');
  }
  if (v > rule.max) return fail('max', { max: rule.max });
  return parsed;
}

export interface MmcValidation {
  issues: FieldIssue[];
  /** present when there are no issues */
  params?: MmcParams;
}

/** Check every field, then the rules between fields (λ < cμ, warm-up < run length). */
export function validateMmcForm(values: MmcFormValues): MmcValidation {
  const issues: FieldIssue[] = [];
  const numbers: Partial<MmcParams> = {};
  for (const field of mmcFields) {
    const r = checkField(field, values[field]);
    if (r.ok) numbers[field] = r.value;
    else issues.push(r.issue);
  }
  const { arrivalRate, serviceRate, servers, stopMinutes, warmupMinutes } = numbers;
  if (arrivalRate !== undefined && serviceRate !== undefined && servers !== undefined) {
    const capacity = servers * serviceRate;
    if (arrivalRate >= capacity) issues.push({ field: 'arrivalRate', rule: 'stable', params: { capacity: roundForMessage(capacity), value: arrivalRate } });
  }
  if (stopMinutes !== undefined && warmupMinutes !== undefined && warmupMinutes >= stopMinutes) {
    issues.push({ field: 'warmupMinutes', rule: 'belowStop', params: { stop: stopMinutes, value: warmupMinutes } });
  }
  return issues.length > 0 ? { issues } : { issues, params: numbers as MmcParams };
}

/** Offered load ρ = λ / (cμ), or undefined while the inputs are not valid numbers. */
export function offeredLoad(values: MmcFormValues): number | undefined {
  const lambda = checkField('arrivalRate', values.arrivalRate);
  const mu = checkField('serviceRate', values.serviceRate);
  const c = checkField('servers', values.servers);
  if (!lambda.ok || !mu.ok || !c.ok) return undefined;
  return lambda.value / (c.value * mu.value);
}

function roundForMessage(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The `onewindow/network` scenario for an M/M/c hall: one class of walk-in applicants, one station. */
export function mmcScenario(p: MmcParams) {
  return {
    type: 'onewindow/network',
    version: 1,
    name: `M/M/${p.servers}`,
    seed: p.seed,
    replications: p.replications,
    stop: { minutes: p.stopMinutes },
    warmup: { minutes: p.warmupMinutes },
    classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: p.arrivalRate } } }],
    stations: [{ id: 'hall', servers: p.servers, discipline: 'fifo', service: { dist: 'exponential', rate: p.serviceRate } }],
    routing: { hall: [{ to: 'exit', p: 1 }] },
  } as const;
}

/** The form field an engine validation path points at (`stations[0].servers` → servers), if any. */
export function fieldForPath(path: string | undefined): MmcField | undefined {
  if (!path) return undefined;
  if (/^stations\[\d+\]\.servers/.test(path)) return 'servers';
  if (/^stations\[\d+\]\.service/.test(path)) return 'serviceRate';
  if (/^classes\[\d+\]\.arrivals/.test(path)) return 'arrivalRate';
  if (/^replications/.test(path)) return 'replications';
  if (/^stop/.test(path)) return 'stopMinutes';
  if (/^warmup/.test(path)) return 'warmupMinutes';
  if (/^seed/.test(path)) return 'seed';
  return undefined;
}
