/**
 * The scenario load pipeline: parse → read envelope → migrate → normalise + validate (zod, with
 * defaults) → cross-field checks. Every failure is a ScenarioError
 * `invalid <path>: <rule>, got <value>`.
 */
import type { ZodIssue } from 'zod';
import './kinds';
import { type RawDocument, type Scenario, scenarioKind, scenarioTypes } from './registry';
import { ScenarioError, clip, formatPath, valueAt } from './ScenarioError';
import { guardDocument } from './guardDocument';
import { type Rule, ruleOfZodMessage } from './rules';

export { ScenarioError } from './ScenarioError';
export type { Scenario } from './registry';

/** Loads a scenario from a JSON string or a parsed object; pure (throws ScenarioError). */
export function loadScenario(input: unknown): Scenario {
  let doc = input;
  if (typeof doc === 'string') {
    // a UTF-8 byte-order mark (Windows editors write one) is not part of the JSON
    const text = doc.charCodeAt(0) === 0xfeff ? doc.slice(1) : doc;
    try {
      doc = JSON.parse(text) as unknown;
    } catch (e) {
      throw new ScenarioError('', { code: 'json.invalid', detail: clip(String((e as Error).message).split('\n')[0], 80) }, doc);
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new ScenarioError('', { code: 'document.object' }, doc);
  guardDocument(doc);
  let raw = doc as RawDocument;
  const kind = typeof raw.type === 'string' ? scenarioKind(raw.type) : undefined;
  if (typeof raw.type !== 'string' || kind === undefined)
    throw new ScenarioError('type', { code: 'oneOf', options: scenarioTypes() }, raw.type);
  const v = raw.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > kind.currentVersion)
    throw new ScenarioError('version', { code: 'int.between', min: 1, max: kind.currentVersion }, v);
  raw = migrate(raw, v, kind.currentVersion, kind.migrations);
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) throw issueToError(parsed.error.issues[0], raw);
  kind.check?.(parsed.data);
  return parsed.data as Scenario;
}

/** Applies migrations from version `from` up to `to`; pure (copies, never mutates the input). */
export function migrate(
  doc: RawDocument,
  from: number,
  to: number,
  migrations: Record<number, (d: RawDocument) => RawDocument>,
): RawDocument {
  let d = doc;
  for (let v = from; v < to; v++) {
    const m = migrations[v];
    if (m === undefined) throw new ScenarioError('version', { code: 'version.noMigration', from: v, to: v + 1 }, v);
    d = { ...m(JSON.parse(JSON.stringify(d)) as RawDocument), version: v + 1 };
  }
  return d;
}

/**
 * Maps a zod issue onto the one message shape; pure. The schemas write their rules as catalogue
 * rules (`zodRule`); zod's own checks (a bound without a message) are read from the issue.
 */
export function issueToError(issue: ZodIssue, doc: unknown): ScenarioError {
  const path = issue.path;
  const own = ruleOfZodMessage(issue.message);
  const at = (p: ReadonlyArray<string | number>, rule: Rule) => new ScenarioError(formatPath(p), rule, valueAt(doc, p));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return new ScenarioError(formatPath(path), { code: 'field.required' }, undefined);
      return at(path, own ?? typeRule(issue.expected));
    case 'unrecognized_keys':
      return at([...path, issue.keys[0]], { code: 'field.unknown' });
    case 'invalid_union_discriminator':
      return at(path, { code: 'oneOf', options: issue.options.map(String) });
    case 'invalid_literal':
      return at(path, own ?? { code: 'equals', value: issue.expected as string | number });
    default:
      return at(path, own ?? zodRuleOf(issue));
  }
}

/** The rule of a wrong JSON type, by zod's name for the type expected; pure. */
function typeRule(expected: string): Rule {
  if (expected === 'integer') return { code: 'number.integer' };
  if (expected === 'number' || expected === 'float') return { code: 'type.number' };
  if (expected === 'string') return { code: 'type.string' };
  if (expected === 'boolean') return { code: 'type.boolean' };
  return { code: 'type.other', expected };
}

/** The catalogue rule of one of zod's own checks (a check the schema gave no rule of its own); pure. */
function zodRuleOf(issue: ZodIssue): Rule {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.type === 'number') return issue.inclusive ? { code: 'number.gte', min } : { code: 'number.gt', min };
      if (issue.type === 'string') return { code: 'id.notEmpty' };
      return { code: 'list.minItems', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.type === 'number') return issue.inclusive ? { code: 'number.lte', max } : { code: 'number.lt', max };
      if (issue.type === 'string') return { code: 'text.maxLength', max };
      return { code: 'list.maxItems', max };
    }
    case 'not_finite':
      return { code: 'number.finite' };
    case 'invalid_enum_value':
      return { code: 'oneOf', options: issue.options.map(String) };
    default:
      // invalid_union and the rest: the value has none of the forms the field accepts
      return { code: 'shape.invalid' };
  }
}
