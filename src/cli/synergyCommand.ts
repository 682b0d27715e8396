/**
 * `onewindow synergy FILE --year Y`: the five functions' "1+1>2" measured — per KPI, the
 * improvement with all five integrated minus the sum of the improvements of each alone, under
 * common random numbers with a paired 95% CI; says plainly when it is not significant.
 */
import { intOption } from './args';
import type { OptionSpec } from './args';
import type { Command } from './command';
import { InputError } from './errors';
import { num, table } from './format';
import { emit, formatFrom, overridesFrom, runOptions } from './runCommand';
import { displayName, loadScenarioFile } from './scenarioFile';
import { loadCentre } from './projectionTasks';
import { runTask } from './projectCommand';
import { workerCount } from './threadPool';
import { projectionSettings, projectionYears } from '../engine/projection/project';
import { type RatioInteraction, type SynergyReplication, type SynergyResult, summariseSynergy } from '../engine/projection/synergy';
import type { Estimate } from '../engine/types';
import { SYNERGY_MATERIALITY } from '../domain/kpis';

const options: OptionSpec[] = [{ name: 'year', kind: 'string', value: 'Y', help: 'the year whose configuration is measured (default: the last year)' }, ...runOptions.filter((o) => o.name !== 'csv').map((o) => (o.name === 'replications' ? { ...o, help: 'replications of each of the 7 variants (overrides the file)' } : o))];

const ci = (e: Estimate) => `${num(e.mean)} [${num(e.ci95[0])}, ${num(e.ci95[1])}]`;
const pctOf = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
const rel = (e: RatioInteraction | null) => (e === null ? 'n/a' : `${pctOf(e.mean)} [${pctOf(e.ci95[0])}, ${pctOf(e.ci95[1])}]`);

/** The synergy as JSON (estimates as { mean, ci95 }). */
export function synergyJson(r: SynergyResult) {
  const j = (e: Estimate) => ({ mean: e.mean, ci95: e.ci95 });
  return {
    name: r.name,
    year: r.year,
    seed: r.seed,
    replications: r.replications,
    definition: 'relative = (all ÷ base) ÷ Π_f (only_f ÷ base) − 1 (ratio scale; 95% CI: delete-one jackknife over replications on the log, common random numbers); synergy = (all − base) − Σ_f (only_f − base) (additive, for reference); base = all five functions separate',
    materiality: SYNERGY_MATERIALITY,
    kpis: Object.fromEntries(
      Object.entries(r.kpis).map(([k, v]) => [
        k,
        { better: v.better, base: j(v.base), all: j(v.all), together: j(v.together), sumAlone: j(v.sumAlone), alone: Object.fromEntries(Object.entries(v.alone).map(([f, e]) => [f, j(e)])), synergy: j(v.synergy), relative: v.relative, material: v.material, significant: v.significant, verdict: v.verdict },
      ]),
    ),
  };
}

/** The synergy table with an honest summary line. */
export function synergyTable(r: SynergyResult): string {
  const rows = Object.entries(r.kpis).map(([k, v]) => [k, v.better, num(v.base.mean), num(v.all.mean), ci(v.together), ci(v.sumAlone), ci(v.synergy), rel(v.relative), v.verdict]);
  const sig = Object.entries(r.kpis).filter(([, v]) => v.significant);
  const summary =
    sig.length === 0
      ? `No KPI shows a significant synergy (ratio-scale 95% CI excluding 0 and |R − 1| ≥ ${pctOf(SYNERGY_MATERIALITY).slice(1)}) with ${r.replications} replications: here the five functions' effects combine without amplifying ("1+1>2" not shown).`
      : `Significant at 95% and at least ${pctOf(SYNERGY_MATERIALITY).slice(1)} on the ratio scale: ${sig.map(([k, v]) => `${k} (${v.verdict})`).join(', ')}; the other KPIs' interaction is not distinguishable from 0 or below the threshold.`;
  return [
    `${r.name} — synergy of the five functions in ${r.year}, seed ${r.seed}, ${r.replications} replications × 7 variants (common random numbers)`,
    'together = all five integrated − all separate; Σ alone = Σ_f (only f integrated − all separate); synergy = together − Σ alone (additive, 95% paired CI)',
    `relative = (all ÷ base) ÷ Π_f (only f ÷ base) − 1: the interaction on a ratio scale (95% CI: jackknife on the log); material at ±${pctOf(SYNERGY_MATERIALITY).slice(1)}; the verdict reads it`,
    table(['KPI', 'better', 'base', 'all', 'together', 'Σ alone', 'synergy', 'relative', 'verdict'], rows, [0, 1, 8]),
    '',
    summary,
    '',
  ].join('\n');
}

export const synergyCommand: Command = {
  name: 'synergy',
  summary: 'measure "1+1>2": all five functions integrated vs the sum of each alone',
  usage: 'onewindow synergy FILE [--year Y] [--replications N] [--seed S] [--json] [--out FILE] [--workers N]',
  description:
    'Runs the configuration of year Y with the five functions all separate, each alone integrated, and all\n' +
    'integrated (7 variants, common random numbers) and prints, per KPI, the improvement of all together minus\n' +
    'the sum of the improvements of each alone, with a paired 95% CI, and whether it is significant.',
  options,
  maxPositionals: 1,
  async run(args) {
    const format = formatFrom(args, false);
    const file = args.positionals[0];
    if (file === undefined) throw new InputError('synergy needs a centre scenario file (see onewindow synergy --help)');
    const overrides = overridesFrom(args);
    const loaded = loadScenarioFile(file, { seed: overrides.seed });
    const s = loadCentre(loaded.input);
    const years = projectionYears(s);
    const year = intOption(args, 'year', years[0], years[years.length - 1]) ?? years[years.length - 1];
    const total = overrides.replications ?? projectionSettings(s).replications;
    if (total < 2) throw new InputError('invalid --replications: synergy needs at least 2 replications for a CI, got 1');
    const workers = workerCount(total, intOption(args, 'workers', 1));
    const { results } = await runTask<SynergyReplication>('synergy', loaded.input, total, workers, `synergy ${displayName(file)}`, year);
    const r = summariseSynergy(s, year, results);
    await emit(args, format === 'json' ? JSON.stringify(synergyJson(r)) + '\n' : synergyTable(r));
    return 0;
  },
};
