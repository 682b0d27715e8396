/**
 * A sweep's grid, pure: parameter paths in the form the scenario errors print them
 * (`stations[0].servers`, `departments[3].windows`, `demand.annualVolume`), value lists, the full
 * grid of several parameters, setting a grid point's values into a copy of the scenario document,
 * the deterministic split of the grid into shards, and the sweep's fingerprint.
 */
import { createHash } from 'node:crypto';
import { formatPath, showValue } from '../engine/scenario/ScenarioError';
import { InputError } from './errors';

export type PathSegment = string | number;

/** One swept parameter: its path as given, parsed, and its values in the order given. */
export interface SweepParam {
  path: string;
  segments: PathSegment[];
  values: unknown[];
}

/** Most points one sweep may have (a larger grid is a mistake or needs several sweeps). */
export const MAX_GRID_POINTS = 100_000;

/** Keys that would reach an object's prototype instead of the document. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Parses `a.b[0].c` or `a["odd key"][2]` (the shape formatPath writes) into segments; throws an
 * InputError naming `what` (e.g. `--param`) and the rule.
 */
export function parsePath(text: string, what = '--param'): PathSegment[] {
  const bad = (rule: string): never => {
    throw new InputError(`invalid ${what} ${text}: ${rule}`);
  };
  const segments: PathSegment[] = [];
  let i = 0;
  if (text === '') bad('must be a field path such as stations[0].servers');
  while (i < text.length) {
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = (segments.length === 0 ? /^[A-Za-z_$][\w$]*/ : /^\.[A-Za-z_$][\w$]*/).exec(rest))) {
      segments.push(m[0].replace(/^\./, ''));
    } else if ((m = /^\[(\d+)\]/.exec(rest))) {
      const n = Number(m[1]);
      if (!Number.isSafeInteger(n)) bad(`index ${m[1]} is too large`);
      segments.push(n);
    } else if ((m = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest))) {
      segments.push(JSON.parse(m[1]) as string);
    } else {
      bad(`unexpected ${JSON.stringify(rest[0])} at character ${i + 1} (a path is names joined by dots with [index] for list entries, e.g. stations[0].servers)`);
    }
    i += m![0].length;
  }
  for (const s of segments) if (typeof s === 'string' && FORBIDDEN_KEYS.has(s)) bad(`the key ${s} is not allowed`);
  return segments;
}

/**
 * Parses one comma-separated value list: each item as JSON when it is JSON (numbers, true, false,
 * null, "quoted"), else as a plain string (`fifo`). An empty item is an error.
 */
export function parseValues(text: string, path: string): unknown[] {
  const items = text.split(',').map((s) => s.trim());
  return items.map((item, k) => {
    if (item === '') throw new InputError(`invalid --values for ${path}: value ${k + 1} is empty (give a comma-separated list such as 1,2,3)`);
    try {
      return JSON.parse(item) as unknown;
    } catch {
      return item;
    }
  });
}

/** Pairs `--param` with `--values` in the order given and checks them. */
export function sweepParams(paths: string[], valueLists: string[]): SweepParam[] {
  if (paths.length === 0) throw new InputError('sweep needs at least one --param PATH --values V1,V2,… (see onewindow sweep --help)');
  if (paths.length !== valueLists.length)
    throw new InputError(`each --param needs one --values list: got ${paths.length} --param and ${valueLists.length} --values`);
  const seen = new Set<string>();
  return paths.map((path, k) => {
    const segments = parsePath(path);
    const canonical = formatPath(segments);
    if (seen.has(canonical)) throw new InputError(`invalid --param ${path}: ${canonical} is given twice`);
    seen.add(canonical);
    return { path: canonical, segments, values: parseValues(valueLists[k], canonical) };
  });
}

/** The number of points of the full grid: the product of the value counts. */
export function gridSize(params: SweepParam[]): number {
  return params.reduce((n, p) => n * p.values.length, 1);
}

/**
 * The values of grid point `index`, one per parameter. Points are numbered like nested loops with
 * the first parameter outermost and the last varying fastest.
 */
export function gridPoint(params: SweepParam[], index: number): unknown[] {
  const values = new Array<unknown>(params.length);
  let rest = index;
  for (let k = params.length - 1; k >= 0; k--) {
    const n = params[k].values.length;
    values[k] = params[k].values[rest % n];
    rest = Math.floor(rest / n);
  }
  return values;
}

/** Every grid point in order (see gridPoint). */
export function expandGrid(params: SweepParam[]): unknown[][] {
  const size = gridSize(params);
  if (size > MAX_GRID_POINTS) throw new InputError(`the grid has ${size} points: at most ${MAX_GRID_POINTS.toLocaleString('en-US')} in one sweep (fewer values, or split the sweep)`);
  return Array.from({ length: size }, (_, i) => gridPoint(params, i));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Returns a deep copy of `doc` with `value` at `segments`. Every container on the way must exist
 * in the document (an index within its list, a key of an object); the last key may be new (a
 * field left to its default). Throws an InputError naming the path and what is missing.
 */
export function setAt(doc: unknown, segments: PathSegment[], value: unknown, what = '--param'): unknown {
  const path = formatPath(segments);
  const copy = structuredClone(doc);
  let node: unknown = copy;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const at = formatPath(segments.slice(0, k)) || 'the scenario';
    const last = k === segments.length - 1;
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) throw new InputError(`invalid ${what} ${path}: ${at} is not a list (${showValue(node)})`);
      if (seg >= node.length) throw new InputError(`invalid ${what} ${path}: ${at} has ${node.length} entr${node.length === 1 ? 'y' : 'ies'}${node.length > 0 ? ` (indices 0–${node.length - 1})` : ''}`);
      if (last) node[seg] = value;
      else node = node[seg];
    } else {
      if (!isRecord(node)) throw new InputError(`invalid ${what} ${path}: ${at} is not an object with fields (${showValue(node)})`);
      if (last) Object.defineProperty(node, seg, { value, enumerable: true, writable: true, configurable: true });
      else if (!Object.hasOwn(node, seg)) throw new InputError(`invalid ${what} ${path}: ${formatPath(segments.slice(0, k + 1))} is not in the scenario`);
      else node = node[seg];
    }
  }
  return copy;
}

/**
 * Every `--set PATH=VALUE` applied to `doc` in order (VALUE read as JSON, else as text), the
 * sweep's and the projection's one reading of it; `check` may refuse a path. Throws an InputError.
 */
export function applySets(doc: unknown, items: readonly string[], check?: (segments: PathSegment[]) => void): unknown {
  let out = doc;
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new InputError(`invalid --set ${item}: must be PATH=VALUE, e.g. stop.minutes=600`);
    const segments = parsePath(item.slice(0, eq).trim(), '--set');
    check?.(segments);
    out = setAt(out, segments, jsonOrText(item.slice(eq + 1).trim()), '--set');
  }
  return out;
}

function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `i/n` from `--shard`: 0 ≤ i < n. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (i from 0, as a Kubernetes Indexed Job numbers its pods). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(count) || count < 1 || index >= count)
    throw new InputError(`invalid --shard: must be i/n with integers 0 ≤ i < n (i from 0), got ${text}`);
  return { index, count };
}

/** The batch systems' array-index variables, in the order they are read by `--shards N`. */
export const SHARD_INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'SLURM_ARRAY_TASK_ID'] as const;

/** The shard from `--shards N` and the index a batch system put in the environment. */
export function shardFromEnvironment(count: string, env: Record<string, string | undefined>): Shard {
  const name = SHARD_INDEX_VARIABLES.find((v) => env[v] !== undefined && env[v] !== '');
  if (name === undefined) throw new InputError(`--shards ${count} needs the shard index in ${SHARD_INDEX_VARIABLES.join(' or ')} (or give --shard i/n)`);
  const shard = parseShardSafe(`${env[name]}/${count}`);
  if (!shard) throw new InputError(`invalid ${name}=${env[name]} with --shards ${count}: must be an integer 0 ≤ i < ${count} (i from 0; a Slurm array must start at 0)`);
  return shard;
}

function parseShardSafe(text: string): Shard | undefined {
  try {
    return parseShard(text);
  } catch {
    return undefined;
  }
}

/**
 * The grid points a shard runs: point p belongs to shard p mod n (round robin, so a grid ordered
 * by capacity spreads its slow and fast points evenly); every point is in exactly one shard.
 */
export function shardPoints(size: number, shard: Shard): number[] {
  const out: number[] = [];
  for (let p = shard.index; p < size; p += shard.count) out.push(p);
  return out;
}

/**
 * The sweep's fingerprint: a hash of the scenario document as run (flags applied), the parameters
 * with their values, the seed and the replications; shards of one sweep share it, so merge can
 * refuse a shard from another sweep. 16 hex digits of SHA-256.
 */
export function sweepFingerprint(doc: unknown, params: SweepParam[], seed: number, replications: number): string {
  const text = JSON.stringify({ scenario: doc, params: params.map((p) => ({ path: p.path, values: p.values })), seed, replications });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
