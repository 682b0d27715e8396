/** `onewindow run [FILE]`: replications of one scenario, summarised with 95% CIs. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { summarise } from '../engine/run/summarise';
import { flag, intOption, stringOption } from './args';
import type { OptionSpec, ParsedArgs } from './args';
import type { Command } from './command';
import { progressReporter, writeStdout } from './command';
import { InputError } from './errors';
import { overloadJson, overloadLines, runCsv, runJson, runTable } from './format';
import { overloadOf } from '../engine/run/overload';
import type { LoadReport } from '../engine/analytic/offeredLoad';
import { engineModels } from '../../models/centreTypes/centreModels';
import { defaultScenarioPath, displayName, loadScenarioFile } from './scenarioFile';
import type { LoadedScenario, Overrides } from './scenarioFile';
import { withRunner, workerCount } from './threadPool';
import type { ReplicationRunner } from './threadPool';

export const runOptions: OptionSpec[] = [
  { name: 'replications', kind: 'string', value: 'N', help: 'number of replications (overrides the file)' },
  { name: 'seed', kind: 'string', value: 'S', help: 'base random seed (overrides the file)' },
  { name: 'json', kind: 'boolean', help: 'print one JSON object' },
  { name: 'csv', kind: 'boolean', help: 'print CSV: scope,id,metric,mean,lo,hi' },
  { name: 'out', kind: 'string', value: 'FILE', help: 'write the output to FILE (format from --json/--csv or the extension)' },
  { name: 'workers', kind: 'string', value: 'N', help: 'at most N worker threads (default: one per core)' },
];

export type Format = 'table' | 'json' | 'csv';

/** --seed / --replications as engine overrides. */
export function overridesFrom(args: ParsedArgs): Overrides {
  return { seed: intOption(args, 'seed', 0, 0xffffffff), replications: intOption(args, 'replications', 1) };
}

export function formatFrom(args: ParsedArgs, allowCsv = true): Format {
  const json = flag(args, 'json');
  const csv = allowCsv && flag(args, 'csv');
  if (json && csv) throw new InputError('choose one of --json and --csv');
  if (json) return 'json';
  if (csv) return 'csv';
  const out = stringOption(args, 'out');
  const ext = out ? extname(out).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.csv' && allowCsv) return 'csv';
  return 'table';
}

/** Runs every replication of a loaded scenario with `runner`, with progress on a terminal. */
export async function simulate(loaded: LoadedScenario, runner: ReplicationRunner, label: string) {
  const total = loaded.scenario.replications;
  const progress = progressReporter(label);
  const start = performance.now();
  try {
    const reps = await runner.run(loaded.input, loaded.scenario, total, progress?.update);
    return { reps, wallSeconds: (performance.now() - start) / 1000 };
  } finally {
    progress?.clear();
  }
}

/**
 * The offered loads of a loaded scenario, computed before its run; each resource with load ≥ 1
 * (and near 1) is named on stderr, so an overloaded department or station is known before the
 * numbers arrive (issue 9 point 7, issue 12 point 2).
 */
export function warnOverload(loaded: LoadedScenario, prefix = ''): LoadReport {
  const report = overloadOf(loaded.scenario, engineModels);
  for (const line of overloadLines(report, prefix)) process.stderr.write(line + '\n');
  return report;
}

/** Writes `text` to --out, or stdout. */
export async function emit(args: ParsedArgs, text: string): Promise<void> {
  const out = stringOption(args, 'out');
  if (out === undefined) return writeStdout(text);
  try {
    writeFileSync(out, text);
  } catch (err) {
    throw new InputError(`${out}: cannot write file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (process.stderr.isTTY) process.stderr.write(`wrote ${out}\n`);
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario’s replications and print KPIs with 95% CIs',
  usage: 'onewindow run [FILE] [--replications N] [--seed S] [--json|--csv] [--out FILE] [--workers N]',
  description:
    'Runs the replications of a scenario (default: models/presets/mm10-network.scenario.json) in parallel on\n' +
    'worker threads and prints each KPI, per station and per class, with its mean and 95% confidence interval,\n' +
    'next to analytic companions where the engine has them. Results depend on the seed only, not on --workers.',
  options: runOptions,
  maxPositionals: 1,
  async run(args) {
    const format = formatFrom(args);
    const overrides = overridesFrom(args);
    const workers = intOption(args, 'workers', 1);
    const file = args.positionals[0] ?? defaultScenarioPath;
    const loaded = loadScenarioFile(file, overrides);
    const overload = warnOverload(loaded);
    const used = workerCount(loaded.scenario.replications, workers);
    const { reps, wallSeconds } = await withRunner(used, (runner) => simulate(loaded, runner, `run ${displayName(file)}`));
    const summary = summarise(loaded.scenario, reps);
    const text =
      format === 'json' ? JSON.stringify({ ...runJson(summary), ...overloadJson(overload) }) + '\n' : format === 'csv' ? runCsv(summary) : runTable(summary, { workers: used, wallSeconds });
    await emit(args, text);
    return 0;
  },
};
