/** `onewindow compare A B`: two scenarios under common random numbers, paired differences b − a. */
import { summarise } from '../engine/run/summarise';
import { pairedDifferences } from '../engine/stats/paired';
import { intOption } from './args';
import { InputError } from './errors';
import type { Command } from './command';
import { compareJson, compareTable, estimatesCsv } from './format';
import { emit, formatFrom, overridesFrom, runOptions, simulate, warnOverload } from './runCommand';
import { displayName, loadScenarioFile } from './scenarioFile';
import { withRunner, workerCount } from './threadPool';

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare two scenarios with common random numbers (paired differences B − A)',
  usage: 'onewindow compare A B [--replications N] [--seed S] [--json|--csv] [--out FILE] [--workers N]',
  description:
    'Runs A and B with the same seed and the same number of replications (from --seed/--replications, else\n' +
    'from A), so replication i of both shares its random streams where the scenarios share structure, and\n' +
    'prints the paired differences B − A with 95% CIs. With --csv, the rows are the differences.',
  options: runOptions,
  maxPositionals: 2,
  async run(args) {
    const format = formatFrom(args);
    const [fileA, fileB] = args.positionals;
    if (fileA === undefined || fileB === undefined) throw new InputError("compare needs two scenario files (see onewindow compare --help)");
    const overrides = overridesFrom(args);
    const workers = intOption(args, 'workers', 1);
    const a = loadScenarioFile(fileA, overrides);
    // common random numbers: B runs with A's seed and replication count (after the flags)
    const b = loadScenarioFile(fileB, { seed: a.scenario.seed, replications: a.scenario.replications });
    const overloadA = warnOverload(a, 'A: ');
    const overloadB = warnOverload(b, 'B: ');
    const [ra, rb] = await withRunner(workerCount(a.scenario.replications, workers), async (runner) => [
      await simulate(a, runner, `compare A ${displayName(fileA)}`),
      await simulate(b, runner, `compare B ${displayName(fileB)}`),
    ]);
    const sa = summarise(a.scenario, ra.reps);
    const sb = summarise(b.scenario, rb.reps);
    const d = pairedDifferences(ra.reps, rb.reps);
    const text =
      format === 'json' ? JSON.stringify(compareJson(sa, sb, d, { a: overloadA, b: overloadB })) + '\n' : format === 'csv' ? estimatesCsv(d.kpis, d.stations, d.classes, d.departments) : compareTable(sa, sb, d);
    await emit(args, text);
    return 0;
  },
};
