/**
 * Reading scenario files for the CLI: file → JSON → overrides → the engine's loadScenario.
 * Every failure becomes one InputError line naming the file, and for schema errors the field
 * path and the rule (the engine's `invalid <path>: <rule>, got <value>`).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../engine/scenario/loadScenario';
import { prepareReplications } from '../engine/run/runReplications';
import { engineModels } from '../../models/centreTypes/centreModels';
import { InputError, isScenarioError, oneLine } from './errors';
import { clip } from '../engine/scenario/ScenarioError';
import { jsonErrorOffset, lineColumn } from './jsonErrorOffset';

export type Scenario = ReturnType<typeof loadScenario>;

/** The preset `run` uses when no FILE is given. */
export const defaultScenarioPath = fileURLToPath(new URL('../../models/presets/mm10-network.scenario.json', import.meta.url));

/** Run-time overrides from flags; applied to the raw JSON before validation. */
export interface Overrides {
  seed?: number;
  replications?: number;
}

export interface LoadedScenario {
  /** the path as the user gave it (used in messages) */
  file: string;
  /** the parsed JSON with overrides applied: what worker threads receive and re-load */
  input: unknown;
  scenario: Scenario;
}

/** A short name for a path in messages: as given, or relative to cwd for the default preset. */
export function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel || file;
}

/** Reads and parses a JSON file; unreadable or malformed files are InputErrors. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : (e.code ?? e.message);
    throw new InputError(`${displayName(file)}: cannot read file (${why})`);
  }
  return parseJsonText(file, text);
}

/** Parses a file's text as JSON (a leading UTF-8 byte-order mark is skipped); malformed text is an InputError naming where. */
export function parseJsonText(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (err) {
    throw new InputError(`${displayName(file)}: invalid JSON: ${describeJsonError(body, (err as Error).message)}`);
  }
}

/** "unexpected '}' at line 2, column 11", from our own recogniser (V8's message varies by version). */
function describeJsonError(text: string, message: string): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return clip(oneLine(message), 120);
  const what = at >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text[at])}`;
  return `${what} at ${lineColumn(text, at)}`;
}

/**
 * Validates a scenario object, reporting schema errors against `file`. A centre scenario is also
 * compiled against its centre type's statechart, which refuses a stationing the type does not route.
 */
export function validateScenario(file: string, input: unknown): Scenario {
  try {
    const scenario = loadScenario(input);
    prepareReplications(scenario, engineModels);
    return scenario;
  } catch (err) {
    if (isScenarioError(err)) throw new InputError(`${displayName(file)}: ${oneLine(err.message)}`);
    throw err;
  }
}

/** Reads, overrides and validates a scenario file. */
export function loadScenarioFile(file: string, overrides: Overrides = {}): LoadedScenario {
  let input = readJsonFile(file);
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const o: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    if (overrides.seed !== undefined) o.seed = overrides.seed;
    if (overrides.replications !== undefined) o.replications = overrides.replications;
    input = o;
  }
  return { file, input, scenario: validateScenario(file, input) };
}
