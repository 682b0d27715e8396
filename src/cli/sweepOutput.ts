/**
 * A sweep's output, pure: the CSV (one row per grid point × estimate) and the JSON document, and
 * their reading back for `onewindow merge`. A shard writes the rows of its points with the same
 * text an unsharded sweep writes for them, so merging is a sort by point and a check that the
 * shards belong to one sweep and cover its grid once.
 */
import type { Estimate, RunSummary } from '../engine/types';
import type { LoadReport } from '../engine/analytic/offeredLoad';
import { InputError } from './errors';
import { overloadJson, runJson } from './format';
import { sweepCsvHeaderLine, sweepCsvRow } from '../domain/sweepCsv';
import type { Shard } from './grid';

/** What every shard of one sweep shares. */
export interface SweepHeader {
  /** the fingerprint (grid.ts sweepFingerprint) */
  sweep: string;
  name: string;
  /** the scenario kind, `onewindow/network` or `onewindow/centre` */
  scenarioType: string;
  seed: number;
  replications: number;
  params: Array<{ path: string; values: unknown[] }>;
  /** the number of grid points of the whole sweep */
  points: number;
}

/** One grid point's entry in `results` of the JSON document. */
export type SweepPointJson = Record<string, unknown> & { point: number };

/** The CLI's own columns after the estimate's: the sweep's fingerprint and its number of points (`onewindow merge` reads them). */
const CLI_COLUMNS = ['sweep', 'points'] as const;

/** The CSV header: `point,<path>…,scope,id,metric,mean,lo,hi,method,sweep,points` (the columns: src/domain/sweepCsv.ts). */
export function sweepCsvHeader(params: SweepHeader['params']): string {
  return sweepCsvHeaderLine(params.map((p) => p.path), CLI_COLUMNS);
}

/**
 * The CSV rows of one grid point, each ending in a newline: every KPI (empty id), then per station,
 * class and department, as `run --csv` lists them, with the interval's method and the sweep's
 * fingerprint and size.
 */
export function sweepCsvRows(header: SweepHeader, point: number, values: unknown[], s: RunSummary): string {
  const tail = [header.sweep, header.points];
  let out = '';
  const row = (scope: string, id: string, metric: string, e: Estimate) => {
    out += sweepCsvRow(point, values, { scope, id, metric, e }, tail) + '\n';
  };
  for (const [m, e] of Object.entries(s.kpis)) row('kpi', '', m, e);
  for (const [id, ms] of Object.entries(s.stations)) for (const [m, e] of Object.entries(ms)) row('station', id, m, e);
  for (const [id, ms] of Object.entries(s.classes)) for (const [m, e] of Object.entries(ms)) row('class', id, m, e);
  for (const [id, ms] of Object.entries(s.departments ?? {})) for (const [m, e] of Object.entries(ms)) row('department', id, m, e);
  return out;
}

/**
 * One grid point in the JSON document: its values by path and the `run --json` fields but the
 * run's identity (in the header) and the wall-clock engine time (so the output depends on the
 * seed only), with the resources whose offered load is ≥ 1 or near it.
 */
export function sweepPointJson(header: SweepHeader, point: number, values: unknown[], s: RunSummary, overload: LoadReport): SweepPointJson {
  const { name: _n, type: _t, seed: _s, replications: _r, engineSeconds: _e, ...run } = runJson(s);
  return { point, values: Object.fromEntries(header.params.map((p, k) => [p.path, values[k]])), ...run, ...overloadJson(overload) };
}

/** The JSON document, one line: `{ "type": "onewindow/sweep", "version": 1, …header, "shard"?, "results" }`. */
export function sweepJsonText(header: SweepHeader, results: SweepPointJson[], shard?: Shard): string {
  const doc = {
    type: 'onewindow/sweep',
    version: 1,
    sweep: header.sweep,
    name: header.name,
    scenarioType: header.scenarioType,
    seed: header.seed,
    replications: header.replications,
    params: header.params.map((p) => ({ path: p.path, values: p.values })),
    points: header.points,
    ...(shard ? { shard: { index: shard.index, count: shard.count } } : {}),
    results,
  };
  return JSON.stringify(doc) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Reading shards back

/** One CSV record: its fields and its text as written (without the line end). */
export interface CsvRecord {
  fields: string[];
  raw: string;
}

/** Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line ends). */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let start = 0;
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      records.push({ fields, raw: text.slice(start, i) });
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields = [];
      field = '';
      start = i + 1;
    } else field += c;
    i++;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (start < text.length) {
    fields.push(field);
    records.push({ fields, raw: text.slice(start) });
  }
  return records;
}

/** A shard read for merging: what identifies its sweep, and its points with their output text. */
export interface ShardContent {
  file: string;
  /** the CSV header, or the JSON header fields (everything but shard and results) as JSON */
  identity: string;
  /** the fingerprint; undefined for a CSV shard with no rows (a shard with no points) */
  sweep?: string;
  points?: number;
  shard?: Shard;
  /** per grid point present, its output: CSV row text, or the JSON entry */
  entries: Map<number, { csv?: string; json?: SweepPointJson }>;
  header?: SweepHeader;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Reads one CSV shard; throws an InputError naming the file and what is wrong. */
export function readCsvShard(file: string, text: string): ShardContent {
  const bad = (why: string): never => {
    throw new InputError(`${file}: not a sweep CSV: ${why}`);
  };
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (err) {
    return bad((err as Error).message);
  }
  if (records.length === 0) bad('empty file');
  const head = records[0].fields;
  if (head[0] !== 'point' || head.at(-2) !== 'sweep' || head.at(-1) !== 'points') bad('the header must start with point and end with sweep,points (write it with onewindow sweep)');
  const content: ShardContent = { file, identity: records[0].raw, entries: new Map() };
  for (let r = 1; r < records.length; r++) {
    const { fields, raw } = records[r];
    if (raw === '') continue;
    if (fields.length !== head.length) bad(`line ${r + 1} has ${fields.length} fields, the header ${head.length}`);
    const point = Number(fields[0]);
    const sweep = fields.at(-2)!;
    const points = Number(fields.at(-1));
    if (!Number.isInteger(point) || !Number.isInteger(points) || point < 0 || point >= points) bad(`line ${r + 1}: point ${fields[0]} of ${fields.at(-1)}`);
    if (content.sweep === undefined) {
      content.sweep = sweep;
      content.points = points;
    } else if (content.sweep !== sweep || content.points !== points) bad(`line ${r + 1} is from another sweep (${sweep}, not ${content.sweep})`);
    const entry = content.entries.get(point);
    if (entry) entry.csv += raw + '\n';
    else content.entries.set(point, { csv: raw + '\n' });
  }
  return content;
}

/** Reads one JSON shard; throws an InputError naming the file and what is wrong. */
export function readJsonShard(file: string, text: string): ShardContent {
  const bad = (why: string): never => {
    throw new InputError(`${file}: not a sweep JSON: ${why}`);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return bad('invalid JSON');
  }
  if (!isRecord(doc) || doc.type !== 'onewindow/sweep') return bad('"type" must be "onewindow/sweep" (write it with onewindow sweep --json)');
  if (doc.version !== 1) bad(`"version" must be 1, got ${JSON.stringify(doc.version)}`);
  if (typeof doc.sweep !== 'string' || !Number.isInteger(doc.points) || !Array.isArray(doc.results) || !Array.isArray(doc.params)) bad('it needs sweep, points, params and results');
  const header: SweepHeader = {
    sweep: doc.sweep as string,
    name: String(doc.name),
    scenarioType: String(doc.scenarioType),
    seed: Number(doc.seed),
    replications: Number(doc.replications),
    params: doc.params as SweepHeader['params'],
    points: doc.points as number,
  };
  const shard = isRecord(doc.shard) ? { index: Number(doc.shard.index), count: Number(doc.shard.count) } : undefined;
  const content: ShardContent = { file, identity: sweepJsonText(header, []), sweep: header.sweep, points: header.points, shard, entries: new Map(), header };
  for (const [k, r] of (doc.results as unknown[]).entries()) {
    if (!isRecord(r) || !Number.isInteger(r.point) || (r.point as number) < 0 || (r.point as number) >= header.points) bad(`results[${k}] has no point in [0, ${header.points})`);
    const point = (r as SweepPointJson).point;
    if (content.entries.has(point)) bad(`point ${point} is listed twice`);
    content.entries.set(point, { json: r as SweepPointJson });
  }
  return content;
}

/**
 * Merges shards into the output an unsharded sweep writes: refuses shards of different sweeps,
 * a grid point in two shards, and missing points (naming them, and the missing shards when the
 * shards say how they were cut).
 */
export function mergeShards(shards: ShardContent[], format: 'csv' | 'json'): string {
  const withRows = shards.filter((s) => s.sweep !== undefined);
  const first = withRows[0] ?? shards[0];
  for (const s of shards) {
    if (s.identity !== first.identity || (s.sweep !== undefined && s.sweep !== first.sweep) || (s.points !== undefined && s.points !== first.points)) {
      throw new InputError(`${s.file} is from another sweep than ${first.file} (sweep ${s.sweep ?? 'with other columns'} vs ${first.sweep ?? 'with other columns'}: a different scenario, parameters, values, seed or replications); merge only the shards of one sweep`);
    }
  }
  if (first.sweep === undefined || first.points === undefined) throw new InputError('the shards have no rows: nothing to merge (each shard with points writes rows)');
  const total = first.points;
  const owner = new Map<number, string>();
  for (const s of shards) {
    for (const p of s.entries.keys()) {
      const other = owner.get(p);
      if (other !== undefined) throw new InputError(`grid point ${p} is in both ${other} and ${s.file}: a shard given twice, or shards cut two ways (--shard i/n with different n)`);
      owner.set(p, s.file);
    }
  }
  if (owner.size !== total) {
    const missing: number[] = [];
    for (let p = 0; p < total && missing.length < 10; p++) if (!owner.has(p)) missing.push(p);
    const counts = new Set(shards.map((s) => s.shard?.count));
    const count = counts.size === 1 ? [...counts][0] : undefined;
    const missingShards = count === undefined ? [] : [...new Set(missing.map((p) => p % count))];
    throw new InputError(
      `${total - owner.size} of ${total} grid points are missing (points ${missing.join(', ')}${total - owner.size > missing.length ? ', …' : ''})` +
        (count !== undefined ? `: shard${missingShards.length === 1 ? '' : 's'} ${missingShards.map((i) => `${i}/${count}`).join(', ')} not given` : ': a shard is missing'),
    );
  }
  const order = [...owner.keys()].sort((a, b) => a - b);
  const byPoint = new Map<number, { csv?: string; json?: SweepPointJson }>();
  for (const s of shards) for (const [p, e] of s.entries) byPoint.set(p, e);
  if (format === 'csv') return first.identity + '\n' + order.map((p) => byPoint.get(p)!.csv).join('');
  return sweepJsonText(first.header!, order.map((p) => byPoint.get(p)!.json!));
}
