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
      throw new ScenarioError('', `must be valid JSON (${clip(String((e as Error).message).split('\n')[0], 80)})`, doc);
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new ScenarioError('', 'must be a JSON object with "type" and "version"', doc);
  guardDocument(doc);
  let raw = doc as RawDocument;
  const kind = typeof raw.type === 'string' ? scenarioKind(raw.type) : undefined;
  if (typeof raw.type !== 'string' || kind === undefined)
    throw new ScenarioError('type', `must be one of ${scenarioTypes().join(', ')}`, raw.type);
  const v = raw.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > kind.currentVersion)
    throw new ScenarioError('version', `must be an integer from 1 to ${kind.currentVersion}`, v);
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
    if (m === undefined) throw new ScenarioError('version', `has no migration from ${v} to ${v + 1}`, v);
    d = { ...m(JSON.parse(JSON.stringify(d)) as RawDocument), version: v + 1 };
  }
  return d;
}

/** Maps a zod issue onto the one message shape; pure. */
export function issueToError(issue: ZodIssue, doc: unknown): ScenarioError {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return new ScenarioError(formatPath(path), 'is required', undefined);
      return new ScenarioError(
        formatPath(path),
        issue.message.startsWith('Expected') ? `must be a ${issue.expected}` : issue.message,
        valueAt(doc, path),
      );
    case 'unrecognized_keys': {
      const p = [...path, issue.keys[0]];
      return new ScenarioError(formatPath(p), 'is not a known field', valueAt(doc, p));
    }
    case 'invalid_union_discriminator':
      return new ScenarioError(
        formatPath(path),
        `must be one of ${issue.options.map(String).join(', ')}`,
        valueAt(doc, path),
      );
    case 'invalid_literal':
      return new ScenarioError(formatPath(path), `must be ${JSON.stringify(issue.expected)}`, valueAt(doc, path));
    default:
      return new ScenarioError(formatPath(path), issue.message, valueAt(doc, path));
  }
}
