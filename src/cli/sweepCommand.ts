/**
 * `onewindow sweep FILE --param PATH --values V1,V2,… [--param …] [--shard i/n]`: the scenario at
 * every point of a grid of parameter values, each point's replications with the same seed (common
 * random numbers), on every core; with `--shard` only one shard's points, for a batch system to
 * spread a sweep over machines (`onewindow merge` joins the shards).
 */
import { availableParallelism } from 'node:os';
import { summarise } from '../engine/run/summarise';
import { runReplications } from '../engine/run/runReplications';
import type { ReplicationResult } from '../engine/types';
import type { LoadReport } from '../engine/analytic/offeredLoad';
import { formatPath } from '../engine/scenario/ScenarioError';
import { engineModels } from '../../models/centreTypes/centreModels';
import { intOption, listOption, stringOption } from './args';
import type { OptionSpec, ParsedArgs } from './args';
import type { Command } from './command';
import { InputError } from './errors';
import { daysOption, daysOptionSpec, withDays } from './daysOption';
import { emit, formatFrom } from './runCommand';
import { overloadLines } from './format';
import { overloadOf } from '../engine/run/overload';
import { loadScenario } from '../engine/scenario/loadScenario';
import { displayName, readJsonFile, validateScenario } from './scenarioFile';
import type { Scenario } from './scenarioFile';
import { chunkRanges, ThreadPool } from './threadPool';
import { applySets, expandGrid, parseShard, setAt, shardFromEnvironment, shardPoints, sweepFingerprint, sweepParams } from './grid';
import type { Shard, SweepParam } from './grid';
import { sweepCsvHeader, sweepCsvRows, sweepJsonText, sweepPointJson } from './sweepOutput';
import type { SweepHeader, SweepPointJson } from './sweepOutput';

const sweepOptions: OptionSpec[] = [
  { name: 'param', kind: 'string', value: 'PATH', multiple: true, help: 'a field to sweep, as errors name it: stations[0].servers, departments[3].windows, demand.annualVolume (repeat for a grid)' },
  { name: 'values', kind: 'string', value: 'V1,V2,…', multiple: true, help: 'the values of the --param before it, comma-separated (numbers, true/false, or words such as fifo)' },
  { name: 'set', kind: 'string', value: 'PATH=VALUE', multiple: true, help: 'set a field at every point (repeatable), e.g. stop.minutes=600 or simulation.days=5' },
  { name: 'replications', kind: 'string', value: 'N', help: 'replications per point (overrides the file)' },
  { name: 'seed', kind: 'string', value: 'S', help: 'base random seed, the same at every point (overrides the file)' },
  daysOptionSpec('a centre scenario: simulate D days spread over the year, no warm-up (as calibrate --days)'),
  { name: 'shard', kind: 'string', value: 'i/n', help: 'run only shard i of n (i from 0): the points p with p mod n = i' },
  { name: 'shards', kind: 'string', value: 'n', help: 'as --shard i/n with i from JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm)' },
  { name: 'json', kind: 'boolean', help: 'print one JSON object instead of CSV' },
  { name: 'csv', kind: 'boolean', help: 'print CSV (the default)' },
  { name: 'out', kind: 'string', value: 'FILE', short: 'o', help: 'write the output to FILE (a .json name means --json)' },
  { name: 'workers', kind: 'string', value: 'N', help: 'at most N worker threads (default: one per core)' },
];

/** Fields a sweep may not vary: every point runs with the same seed and replications (common random numbers). */
const FIXED_FIELDS: Record<string, string> = {
  seed: 'use --seed: every point runs with the same seed (common random numbers)',
  replications: 'use --replications: every point runs the same replications',
  type: 'a sweep runs one scenario kind',
  version: 'a sweep runs one scenario version',
};

/** One grid point of this shard, validated: its number, its values and its offered loads. */
interface PointRun {
  point: number;
  values: unknown[];
  overload: LoadReport;
}

/** A prepared sweep: the header, the document every point starts from, and this shard's points. */
export interface PreparedSweep {
  header: SweepHeader;
  params: SweepParam[];
  base: unknown;
  runs: PointRun[];
}

/** The shard to run: from --shard i/n, or --shards n and the batch system's index variable; undefined = all points. */
export function shardFrom(args: ParsedArgs, env: Record<string, string | undefined> = process.env): Shard | undefined {
  const shard = stringOption(args, 'shard');
  const shards = stringOption(args, 'shards');
  if (shard !== undefined && shards !== undefined) throw new InputError('choose one of --shard i/n and --shards n');
  if (shard !== undefined) return parseShard(shard);
  if (shards !== undefined) {
    intOption(args, 'shards', 1);
    return shardFromEnvironment(shards.trim(), env);
  }
  return undefined;
}

/** Applies --seed, --replications, --days and every --set to the raw document, in that order. */
function baseDocument(args: ParsedArgs, file: string, input: unknown): unknown {
  let doc = input;
  const seed = intOption(args, 'seed', 0, 0xffffffff);
  const replications = intOption(args, 'replications', 1);
  if (seed !== undefined) doc = setAt(doc, ['seed'], seed, '--seed');
  if (replications !== undefined) doc = setAt(doc, ['replications'], replications, '--replications');
  const days = daysOption(args);
  if (days !== undefined) doc = withDays(doc, days, displayName(file));
  return applySets(doc, listOption(args, 'set'), (segments) => refuseFixed(segments, '--set'));
}

function refuseFixed(segments: ReadonlyArray<string | number>, what: string): void {
  const rule = segments.length === 1 && typeof segments[0] === 'string' && Object.hasOwn(FIXED_FIELDS, segments[0]) ? FIXED_FIELDS[segments[0]] : undefined;
  if (rule) throw new InputError(`invalid ${what} ${formatPath(segments)}: cannot be swept or set (${rule})`);
}

/** `path=value, …` of a grid point, for messages. */
function describePoint(params: SweepParam[], values: unknown[]): string {
  return params.map((p, k) => `${p.path}=${JSON.stringify(values[k])}`).join(', ');
}

/** The scenario document of a grid point: the base with each parameter's value set. */
function pointDocument(base: unknown, params: SweepParam[], values: unknown[]): unknown {
  let doc = base;
  for (const [k, p] of params.entries()) doc = setAt(doc, p.segments, values[k]);
  return doc;
}

/**
 * Builds and validates every grid point (all of them, so every shard fails alike on a bad value)
 * and computes the offered loads of this shard's points; then names the overloaded resources on
 * stderr. Keeps only values and loads per point: a point's document is rebuilt when it runs.
 */
export function prepareSweep(args: ParsedArgs, file: string, shard: Shard | undefined): PreparedSweep {
  const params = sweepParams(listOption(args, 'param'), listOption(args, 'values'));
  for (const p of params) refuseFixed(p.segments, '--param');
  const base = baseDocument(args, file, readJsonFile(file));
  const grid = expandGrid(params);
  const mine = new Set(shard ? shardPoints(grid.length, shard) : grid.keys());
  const runs: PointRun[] = [];
  let first: Scenario | undefined;
  for (const [point, values] of grid.entries()) {
    const doc = pointDocument(base, params, values); // a bad path fails here, the same at every point
    let scenario: Scenario;
    try {
      scenario = validateScenario(file, doc);
    } catch (err) {
      if (err instanceof InputError) throw new InputError(`${err.message} (grid point ${point}: ${describePoint(params, values)})`);
      throw err;
    }
    first ??= scenario;
    if (mine.has(point)) runs.push({ point, values, overload: overloadOf(scenario, engineModels) });
  }
  const s = first!;
  const header: SweepHeader = {
    sweep: sweepFingerprint(base, params, s.seed, s.replications),
    name: s.name,
    scenarioType: s.type,
    seed: s.seed,
    replications: s.replications,
    params: params.map((p) => ({ path: p.path, values: p.values })),
    points: grid.length,
  };
  // every point is valid: now name the overloaded resources of this shard's points
  for (const r of runs) for (const line of overloadLines(r.overload, `point ${r.point} (${describePoint(params, r.values)}): `)) process.stderr.write(line + '\n');
  return { header, params, base, runs };
}

/**
 * Runs every point's replications on `workers` threads (in-process with one) and hands each
 * point's results, in replication order, to `onPoint` as soon as the point is complete. Points
 * are spread over the workers; when there are fewer points than workers a point's replications
 * are split too. The results depend on each point's scenario and seed only.
 */
export async function runPoints(sweep: PreparedSweep, workers: number, onPoint: (run: PointRun, scenario: Scenario, reps: ReplicationResult[]) => void): Promise<void> {
  const { runs, base, params } = sweep;
  const replications = sweep.header.replications;
  const scenarioOf = (r: PointRun) => loadScenario(pointDocument(base, params, r.values));
  if (runs.length === 0) return;
  if (workers <= 1) {
    for (const r of runs) {
      const scenario = scenarioOf(r);
      onPoint(r, scenario, runReplications(scenario, { models: engineModels, from: 0, to: replications }));
    }
    return;
  }
  // job k = range k % chunks.length of point floor(k / chunks.length)
  const chunks = chunkRanges(replications, Math.max(1, Math.ceil(workers / runs.length)));
  const parts = new Map<number, Array<ReplicationResult[] | undefined>>();
  const pool = await ThreadPool.open(Math.min(workers, runs.length * chunks.length));
  try {
    await pool.runJobs(
      runs.length * chunks.length,
      (k) => {
        const [from, to] = chunks[k % chunks.length];
        return { input: pointDocument(base, params, runs[Math.floor(k / chunks.length)].values), from, to };
      },
      (k, results) => {
        const i = Math.floor(k / chunks.length);
        const got = parts.get(i) ?? new Array<ReplicationResult[] | undefined>(chunks.length).fill(undefined);
        got[k % chunks.length] = results;
        if (got.every((p) => p !== undefined)) {
          parts.delete(i);
          onPoint(runs[i], scenarioOf(runs[i]), got.flatMap((p) => p!));
        } else parts.set(i, got);
      },
    );
  } finally {
    await pool.close();
  }
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'run a scenario over a grid of parameter values (common random numbers; --shard for a cluster)',
  usage: 'onewindow sweep FILE --param PATH --values V1,V2,… [--param PATH --values …] [--replications N] [--seed S] [--days D] [--set PATH=VALUE] [--shard i/n | --shards n] [--json|--csv] [-o FILE] [--workers N]',
  description:
    'Runs the scenario at every point of the grid of the given values (several --param: every combination;\n' +
    'point numbers run like nested loops, the first --param outermost). Every point runs the same\n' +
    'replications with the same seed (common random numbers), spread over the cores. Every point is\n' +
    'validated before any runs; a bad path or value exits 2 naming the path and the rule.\n' +
    'CSV (default): point,<PATH>…,scope,id,metric,mean,lo,hi,method,sweep,points — one row per point and\n' +
    'estimate (KPIs with an empty id, then per station, class and department), method the 95% interval\'s\n' +
    '(t, log-t, logit-t, clipped), sweep the fingerprint (scenario, parameters, values, seed, replications)\n' +
    'and points the grid size. --json: { "type": "onewindow/sweep", "sweep", "params", "points", "results" }.\n' +
    '--shard i/n runs only points p with p mod n = i (i from 0, as a Kubernetes Indexed Job numbers its pods);\n' +
    'onewindow merge joins the shards into the output of one unsharded sweep, byte for byte.',
  options: sweepOptions,
  maxPositionals: 1,
  async run(args) {
    const format = formatFrom(args) === 'json' ? 'json' : 'csv';
    const file = args.positionals[0];
    if (file === undefined) throw new InputError('sweep needs a scenario file (see onewindow sweep --help)');
    const shard = shardFrom(args);
    const requested = intOption(args, 'workers', 1);
    const sweep = prepareSweep(args, file, shard);
    const { header, runs } = sweep;
    const jobs = runs.length * header.replications;
    const workers = Math.max(1, Math.min(availableParallelism(), jobs, requested ?? Number.POSITIVE_INFINITY));
    const csv = new Map<number, string>();
    const json = new Map<number, SweepPointJson>();
    const progress = process.stderr.isTTY && runs.length > 0 ? (done: number) => process.stderr.write(`\rsweep ${displayName(file)}: ${done}/${runs.length} points`) : undefined;
    await runPoints(sweep, workers, (r, scenario, reps) => {
      const summary = summarise(scenario, reps);
      if (format === 'csv') csv.set(r.point, sweepCsvRows(header, r.point, r.values, summary));
      else json.set(r.point, sweepPointJson(header, r.point, r.values, summary, r.overload));
      progress?.(csv.size + json.size);
    });
    if (progress) process.stderr.write('\r\x1b[2K');
    const order = runs.map((r) => r.point);
    const text =
      format === 'csv'
        ? sweepCsvHeader(header.params) + '\n' + order.map((p) => csv.get(p)).join('')
        : sweepJsonText(header, order.map((p) => json.get(p)!), shard);
    await emit(args, text);
    return 0;
  },
};

