/**
 * `onewindow project FILE`: a centre (or city) projected year by year — KPIs with 95% CIs, the
 * stage, the five functions and the timeline events applied — with the trajectories split over
 * worker threads (the result does not depend on how many).
 */
import { intOption, listOption } from './args';
import type { OptionSpec } from './args';
import { applySets } from './grid';
import { insertInDatePlace } from '../domain/timelinePlace';
import type { Command } from './command';
import { progressReporter } from './command';
import { InputError } from './errors';
import { num, table } from './format';
import { emit, formatFrom, overridesFrom, runOptions } from './runCommand';
import { displayName, readJsonFile, validateScenario } from './scenarioFile';
import { loadCentre, runProjectionTask } from './projectionTasks';
import { ThreadPool, workerCount } from './threadPool';
import { type ProjectionReplication, type ProjectionResult, projectionSettings, summariseProjection } from '../engine/projection/project';
import { projectionModels } from '../../models/programmes/projectionModels';
import type { Estimate } from '../engine/types';
import { projectionCsv, projectionJson } from '../client/projectionExport';

/** KPIs shown in the table (JSON and CSV carry every KPI). */
export const PROJECT_TABLE_KPIS = ['annualCases', 'leadTimeDays', 'tripsPerCase', 'onTimeRate', 'meanWaitMinutes', 'onlineRate', 'windows'];

/** Runs `total` items of a projection/synergy task on `workers` threads (in-process with one); merged in index order. */
export async function runTask<T>(task: 'projection' | 'synergy', input: unknown, total: number, workers: number, label: string, year?: number): Promise<{ results: T[]; wallSeconds: number }> {
  const progress = progressReporter(label);
  const start = performance.now();
  try {
    if (workers <= 1) {
      let done = 0;
      const results = runProjectionTask({ task, input, from: 0, to: total, year }, progress ? () => progress.update(++done, total) : undefined) as T[];
      return { results, wallSeconds: (performance.now() - start) / 1000 };
    }
    const pool = await ThreadPool.open(workers);
    try {
      const results = await pool.runTask<T>(task, input, total, progress?.update, year);
      return { results, wallSeconds: (performance.now() - start) / 1000 };
    } finally {
      await pool.close();
    }
  } finally {
    progress?.clear();
  }
}

/** The human-readable table: one row per year, then the events. */
export function projectionTable(r: ProjectionResult, wallSeconds: number, workers: number): string {
  const cell = (e: Estimate | undefined) => (e ? `${num(e.mean)} ±${num(e.halfWidth)}` : '—');
  const fnShort = (l: string) => (l === 'integrated' ? 'I' : l === 'colocated' ? 'c' : '·');
  const header = ['year', 'stage', 'functions', 'index', ...PROJECT_TABLE_KPIS, 'events'];
  const rows = r.years.map((y) => [String(y.year), y.stage, Object.values(y.functions).map(fnShort).join(''), num(y.integrationIndex), ...PROJECT_TABLE_KPIS.map((k) => cell(y.kpis[k])), String(y.events.length)]);
  const events = r.years.flatMap((y) => y.events.map((e) => `  ${e.year}${e.month ? `-${String(e.month).padStart(2, '0')}` : ''}  ${e.kind.padEnd(26)} ${e.label?.en ?? ''}${e.planned ? ' (planned)' : ''}`));
  return [
    `${r.name} — ${r.startYear}–${r.endYear}, seed ${r.seed}, ${r.replications} trajectories × ${r.sampledDays} sampled days/year (+${r.warmupDays} warm-up)${r.city ? ', city network' : ''}; wall ${wallSeconds.toFixed(1)} s on ${workers} thread${workers === 1 ? '' : 's'}`,
    'functions: openness, approval, e-government, information release, complaints (· separate, c co-located, I integrated); ± is the 95% CI half-width',
    table(header, rows, [0, 1, 2]),
    '',
    'events:',
    ...events,
    '',
  ].join('\n');
}

/** `--growth-from YEAR=RATE`: demand grows by RATE a year from YEAR on (a `demand.change` event inserted at its date place). */
export interface GrowthFrom {
  year: number;
  rate: number;
}

/** Reads one `--growth-from YEAR=RATE`; throws an InputError naming the option and the rule. */
export function parseGrowthFrom(text: string): GrowthFrom {
  const m = /^\s*(\d{4})\s*=\s*(\S+)\s*$/.exec(text);
  const rate = m ? Number(m[2]) : NaN;
  if (!m || !Number.isFinite(rate)) throw new InputError(`invalid --growth-from ${text}: must be YEAR=RATE, e.g. 2010=0.05 (5% a year from 2010)`);
  return { year: Number(m[1]), rate };
}

/**
 * The document with a `demand.change` event setting the annual growth to `g.rate` from `g.year`,
 * placed after that year's own events (so it wins over a growth they set); the timeline schema then
 * checks the rate's bounds and the year's range. Pure.
 */
export function withGrowthFrom(doc: unknown, g: GrowthFrom): unknown {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  const o = doc as Record<string, unknown>;
  const given = Array.isArray(o.timeline) ? (o.timeline as unknown[]) : [];
  // a malformed entry is the timeline schema's to refuse; here it only must not stop the placing
  const dated = given.map((e) => ({ year: e !== null && typeof e === 'object' && typeof (e as { year?: unknown }).year === 'number' ? (e as { year: number }).year : -Infinity, e }));
  const event = {
    year: g.year,
    kind: 'demand.change',
    growth: g.rate,
    label: { en: `demand growth ${(g.rate * 100).toFixed(1)}%/yr from ${g.year} (--growth-from)`, zh: `自${g.year}年起需求年增长${(g.rate * 100).toFixed(1)}%（--growth-from）` },
  };
  const timeline = insertInDatePlace(dated, { year: g.year, e: event }).events.map((x) => x.e);
  return { ...o, timeline };
}

const projectOptions: OptionSpec[] = [
  ...runOptions.map((o) => (o.name === 'csv' ? { ...o, help: 'print CSV: year,stage,scope,kpi,mean,lo,hi' } : o.name === 'replications' ? { ...o, help: 'number of trajectories (overrides the file)' } : o)),
  { name: 'set', kind: 'string', value: 'PATH=VALUE', multiple: true, help: `set a field before the run (repeatable), e.g. projection.sampledDays=5 or projection.staffing='{"follow":false}'` },
  { name: 'growth-from', kind: 'string', value: 'YEAR=RATE', multiple: true, help: 'demand grows by RATE a year from YEAR on (repeatable), e.g. 2010=0.05: a sensitivity of the demand path' },
];

export const projectCommand: Command = {
  name: 'project',
  summary: 'project a centre (or city) year by year through its reform timeline',
  usage: 'onewindow project FILE [--replications N] [--seed S] [--set PATH=VALUE] [--growth-from YEAR=RATE] [--json|--csv] [--out FILE] [--workers N]',
  description:
    'Applies the scenario’s timeline year by year from projection.startYear to projection.endYear, simulates N\n' +
    'trajectories of sampled working days per year on worker threads, and prints per-year KPIs with 95% CIs,\n' +
    'the stage (dispersed, stage1, stage2, stage3), the five functions and the events applied.\n' +
    '--growth-from YEAR=RATE replaces the demand path from YEAR (a demand.change event after that year’s own events),\n' +
    'for a sensitivity of results to a growth the sources do not give.\n' +
    'Example: onewindow project models/presets/dalian-replay.scenario.json --json\n' +
    'Example: onewindow project models/presets/dalian-replay.scenario.json --growth-from 2010=0 --set projection.sampledDays=5',
  options: projectOptions,
  maxPositionals: 1,
  async run(args) {
    const format = formatFrom(args);
    const file = args.positionals[0];
    if (file === undefined) throw new InputError('project needs a centre scenario file (see onewindow project --help)');
    const overrides = overridesFrom(args);
    let input = readJsonFile(file);
    if (overrides.seed !== undefined && input !== null && typeof input === 'object' && !Array.isArray(input)) input = { ...(input as object), seed: overrides.seed };
    input = applySets(input, listOption(args, 'set'));
    for (const g of listOption(args, 'growth-from')) input = withGrowthFrom(input, parseGrowthFrom(g));
    validateScenario(file, input);
    const loaded = { input };
    const s = loadCentre(loaded.input);
    const total = overrides.replications ?? projectionSettings(s).replications;
    const workers = workerCount(total, intOption(args, 'workers', 1));
    const { results, wallSeconds } = await runTask<ProjectionReplication>('projection', loaded.input, total, workers, `project ${displayName(file)}`);
    const r = summariseProjection(s, results, projectionModels);
    const text = format === 'json' ? JSON.stringify(projectionJson(r)) + '\n' : format === 'csv' ? projectionCsv(r) : projectionTable(r, wallSeconds, workers);
    await emit(args, text);
    return 0;
  },
};
