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
import { emit, formatFrom, warnOverload } from './runCommand';
import { displayName, readJsonFile, validateScenario } from './scenarioFile';
import type { Scenario } from './scenarioFile';
import { chunkRanges, ThreadPool } from './threadPool';
import { expandGrid, parsePath, parseShard, setAt, shardFromEnvironment, shardPoints, sweepFingerprint, sweepParams } from './grid';
import type { Shard, SweepParam } from './grid';
import { sweepCsvHeader, sweepCsvRows, sweepJsonText, sweepPointJson } from './sweepOutput';
import type { SweepHeader, SweepPointJson } from './sweepOutput';

const sweepOptions: OptionSpec[] = [
  { name: 'param', kind: 'string', value: 'PATH', multiple: true, help: 'a field to sweep, as errors name it: stations[0].servers, departments[3].windows, demand.annualVolume (repeat for a grid)' },
  { name: 'values', kind: 'string', value: 'V1,V2,…', multiple: true, help: 'the values of the --param before it, comma-separated (numbers, true/false, or words such as fifo)' },
  { name: 'set', kind: 'string', value: 'PATH=VALUE', multiple: true, help: 'set a field at every point (repeatable), e.g. stop.minutes=600 or simulation.days=5' },
  { name: 'replications', kind: 'string', value: 'N', help: 'replications per point (overrides the file)' },
  { name: 'seed', kind: 'string', value: 'S', help: 'base random seed, the same at every point (overrides the file)' },
  { name: 'days', kind: 'string', value: 'D', help: 'a centre scenario: simulate D days spread over the year, no warm-up (as calibrate --days)' },
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

/** One grid point ready to run. */
interface PointRun {
  point: number;
  values: unknown[];
  input: unknown;
  scenario: Scenario;
  overload: LoadReport;
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
  const days = intOption(args, 'days', 1, 10_000);
  if (days !== undefined) {
    const o = doc as Record<string, unknown>;
    if (o.type !== 'onewindow/centre')
      throw new InputError(`--days applies to a centre scenario (onewindow/centre); ${displayName(file)} is ${String(o.type)}: for a network use --set stop.minutes=M`);
    // the quick look calibrate --days takes: D days spread over the year, no warm-up
    doc = setAt(doc, ['simulation'], { ...(o.simulation as object), days, warmupDays: 0, sampling: 'spread' }, '--days');
  }
  for (const item of listOption(args, 'set')) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new InputError(`invalid --set ${item}: must be PATH=VALUE, e.g. stop.minutes=600`);
    const segments = parsePath(item.slice(0, eq).trim(), '--set');
    refuseFixed(segments, '--set');
    doc = setAt(doc, segments, jsonOrText(item.slice(eq + 1).trim()), '--set');
  }
  return doc;
}

function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function refuseFixed(segments: ReadonlyArray<string | number>, what: string): void {
  const rule = segments.length === 1 && typeof segments[0] === 'string' && Object.hasOwn(FIXED_FIELDS, segments[0]) ? FIXED_FIELDS[segments[0]] : undefined;
  if (rule) throw new InputError(`invalid ${what} ${formatPath(segments)}: cannot be swept or set (${rule})`);
}

/** `path=value, …` of a grid point, for messages. */
function describePoint(params: SweepParam[], values: unknown[]): string {
  return params.map((p, k) => `${p.path}=${JSON.stringify(values[k])}`).join(', ');
}

/**
 * Builds and validates every grid point (all of them, so every shard fails alike on a bad value),
 * and returns the header and the points of the shard.
 */
export function prepareSweep(args: ParsedArgs, file: string, shard: Shard | undefined): { header: SweepHeader; runs: PointRun[] } {
  const params = sweepParams(listOption(args, 'param'), listOption(args, 'values'));
  for (const p of params) refuseFixed(p.segments, '--param');
  const base = baseDocument(args, file, readJsonFile(file));
  const grid = expandGrid(params);
  const mine = new Set(shard ? shardPoints(grid.length, shard) : grid.keys());
  const valid: Array<Omit<PointRun, 'overload'>> = [];
  let first: Scenario | undefined;
  for (const [point, values] of grid.entries()) {
    let doc = base;
    for (const [k, p] of params.entries()) doc = setAt(doc, p.segments, values[k]);
    let scenario: Scenario;
    try {
      scenario = validateScenario(file, doc);
    } catch (err) {
      if (err instanceof InputError) throw new InputError(`${err.message} (grid point ${point}: ${describePoint(params, values)})`);
      throw err;
    }
    first ??= scenario;
    if (mine.has(point)) valid.push({ point, values, input: doc, scenario });
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
  const runs = valid.map((r) => ({ ...r, overload: warnOverload({ file, input: r.input, scenario: r.scenario }, `point ${r.point} (${describePoint(params, r.values)}): `) }));
  return { header, runs };
}

/**
 * Runs every point's replications on `workers` threads (in-process with one) and hands each
 * point's results, in replication order, to `onPoint` as soon as the point is complete. Points
 * are spread over the workers; when there are fewer points than workers a point's replications
 * are split too. The results depend on each point's scenario and seed only.
 */
export async function runPoints(runs: PointRun[], workers: number, onPoint: (run: PointRun, reps: ReplicationResult[]) => void): Promise<void> {
  if (runs.length === 0) return;
  if (workers <= 1) {
    for (const r of runs) onPoint(r, runReplications(r.scenario, { models: engineModels, from: 0, to: r.scenario.replications }));
    return;
  }
  const perPoint = Math.max(1, Math.ceil(workers / runs.length));
  const jobs: Array<{ input: unknown; from: number; to: number; run: number }> = [];
  for (const [k, r] of runs.entries()) for (const [from, to] of chunkRanges(r.scenario.replications, perPoint)) jobs.push({ input: r.input, from, to, run: k });
  const parts = runs.map((_, k) => jobs.filter((j) => j.run === k).map(() => undefined as ReplicationResult[] | undefined));
  const firstJob = runs.map((_, k) => jobs.findIndex((j) => j.run === k));
  const pool = await ThreadPool.open(Math.min(workers, jobs.length));
  try {
    await pool.runJobs(jobs, (j, results) => {
      const k = jobs[j].run;
      const mine = parts[k];
      mine[j - firstJob[k]] = results;
      if (mine.every((p) => p !== undefined)) {
        onPoint(runs[k], mine.flatMap((p) => p!));
        parts[k] = [];
      }
    });
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
    const { header, runs } = prepareSweep(args, file, shard);
    const jobs = runs.reduce((n, r) => n + r.scenario.replications, 0);
    const workers = Math.max(1, Math.min(availableParallelism(), jobs, requested ?? Number.POSITIVE_INFINITY));
    const csv = new Map<number, string>();
    const json = new Map<number, SweepPointJson>();
    const progress = process.stderr.isTTY && runs.length > 0 ? (done: number) => process.stderr.write(`\rsweep ${displayName(file)}: ${done}/${runs.length} points`) : undefined;
    await runPoints(runs, workers, (r, reps) => {
      const summary = summarise(r.scenario, reps);
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

