/**
 * `onewindow calibrate`: runs the centre presets named in models/data/calibration.json and compares
 * them with the outside figures there (runCalibration), each with its role: a consistency check
 * (repeats an input), a tuned figure (reached by setting a parameter) or a validation figure (not
 * used for tuning; only these are "reproduced"). A figure outside its tolerance is a finding, not a
 * failure: the command still exits 0 and says so on that row.
 */
import { fileURLToPath } from 'node:url';
import { CALIBRATION_ROLES, type CalibrationRow, type CalibrationTarget, calibrationSummary, runCalibration, tallyByRole } from '../engine/centre/calibration';
import type { CentreScenario } from '../engine/scenario/centreSchema';
import { flag, intOption } from './args';
import type { Command } from './command';
import { writeStdout } from './command';
import { InputError } from './errors';
import { daysOption, daysOptionSpec, withDays } from './daysOption';
import { num, table } from './format';
import { readJsonFile, validateScenario } from './scenarioFile';
import { engineModels } from '../../models/centreTypes/centreModels';

export const calibrationFile = fileURLToPath(new URL('../../models/data/calibration.json', import.meta.url));
const presetFile = (id: string) => fileURLToPath(new URL(`../../models/presets/${id}.scenario.json`, import.meta.url));

export const DEFAULT_CALIBRATION_REPLICATIONS = 5;

/** The targets of models/data/calibration.json; each must say its role and why. */
export function readTargets(file = calibrationFile): CalibrationTarget[] {
  const doc = readJsonFile(file) as { targets?: unknown };
  if (!doc || !Array.isArray(doc.targets)) throw new InputError(`${file}: invalid targets: must be an array`);
  const targets = doc.targets as CalibrationTarget[];
  for (const [i, t] of targets.entries()) {
    if (!CALIBRATION_ROLES.includes(t.role)) throw new InputError(`${file}: invalid targets[${i}].role: must be one of ${CALIBRATION_ROLES.join(', ')}, got ${JSON.stringify(t.role)}`);
    if (typeof t.why !== 'string' || !t.why) throw new InputError(`${file}: invalid targets[${i}].why: must say which input it echoes, what was tuned to it or why it is held out`);
    if (t.role === 'tuned' && !(Array.isArray(t.parameters) && t.parameters.length)) throw new InputError(`${file}: invalid targets[${i}].parameters: a tuned figure must name the parameters set to reach it`);
  }
  return targets;
}

/** Every preset id the targets name (their own preset and any ratioTo), in first-use order. */
export function presetIds(targets: readonly CalibrationTarget[]): string[] {
  return [...new Set(targets.flatMap((t) => [t.preset, ...(t.ratioTo ? [t.ratioTo] : [])]))];
}

/**
 * Loads a centre preset by id; with `days`, the quick look of `--days` (withDays in daysOption.ts).
 */
export function loadPreset(id: string, days?: number): CentreScenario {
  const file = presetFile(id);
  let input = readJsonFile(file) as Record<string, unknown>;
  if (days !== undefined) input = withDays(input, days, `${id}.scenario.json`);
  const scenario = validateScenario(file, input);
  if (scenario.type !== 'onewindow/centre') throw new InputError(`${id}: calibration needs a centre preset, got ${scenario.type}`);
  return scenario as CentreScenario;
}

/** A row with its target's tolerance, as `--json` prints it. */
export interface CalibrationJsonRow extends CalibrationRow {
  kind: 'value' | 'upper bound' | 'lower bound';
  /** which input it echoes, which parameter was tuned to it, or why it is held out */
  why: string;
  /** tuned figures: the registry paths set to reach it */
  parameters?: string[];
  tolerance: CalibrationTarget['tolerance'];
  note?: string;
}

export function jsonRows(targets: readonly CalibrationTarget[], rows: readonly CalibrationRow[]): CalibrationJsonRow[] {
  return rows.map((r, i) => {
    const t = targets[i];
    return { ...r, kind: t.max ? 'upper bound' : t.min ? 'lower bound' : 'value', why: t.why, ...(t.parameters ? { parameters: t.parameters } : {}), tolerance: t.tolerance, ...(t.note ? { note: t.note } : {}) };
  });
}

/** num(), but whole numbers from 100 up (a tolerance of ±4,899.99 reads ±4,900). */
const round = (x: number) => num(Math.abs(x) >= 100 ? Math.round(x) : x);

function toleranceText(t: CalibrationTarget, row: CalibrationRow): string {
  if (t.max) return `upper bound: ≤ ${round(t.target + row.allowed)}`;
  if (t.min) return `lower bound: ≥ ${round(t.target - row.allowed)}`;
  const parts: string[] = [];
  if (t.tolerance.abs !== undefined) parts.push(t.tolerance.abs === 0 ? 'exact' : `±${num(t.tolerance.abs)}`);
  if (t.tolerance.rel !== undefined) parts.push(`±${+(t.tolerance.rel * 100).toFixed(2)}% (±${round(row.allowed)})`);
  return parts.join(' or ') || 'exact';
}

function gapText(r: CalibrationRow): string {
  const sign = r.gap > 0 ? '+' : r.gap < 0 ? '−' : '';
  const abs = `${sign}${round(Math.abs(r.gap))}`;
  return Number.isNaN(r.relativeGap) ? abs : `${abs} (${r.relativeGap > 0 ? '+' : r.relativeGap < 0 ? '−' : ''}${Math.abs(r.relativeGap * 100).toFixed(1)}%)`;
}

/**
 * The report table (with each figure's role), the summary by role (only validation figures are
 * "reproduced") and a last line saying which figures lie outside their tolerance.
 */
export function calibrationTable(targets: readonly CalibrationTarget[], rows: readonly CalibrationRow[]): string {
  const body = rows.map((r, i) => [
    r.id,
    r.role,
    `${r.preset}: ${r.kpi}`,
    num(r.target),
    num(r.simulated),
    gapText(r),
    toleranceText(targets[i], r),
    r.within ? 'yes' : r.knownGap ? `NO — known gap: ${r.knownGap}` : 'NO — outside tolerance',
  ]);
  const outside = rows.filter((r) => !r.within);
  const summary = outside.length === 0
    ? `All ${rows.length} figures within tolerance.`
    : `${outside.length} of ${rows.length} figures OUTSIDE tolerance: ${outside.map((r) => r.id).join(', ')}.`;
  const why = rows.map((r, i) => `  ${r.id} (${r.role}): ${targets[i].why}`).join('\n');
  return `${table(['figure', 'role', 'preset: kpi', 'target', 'simulated', 'gap', 'tolerance', 'within?'], body, [0, 1, 2, 6, 7])}\n\nWhy each role:\n${why}\n\n${calibrationSummary(rows)}\n\n${summary}`;
}

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'run the centre presets and compare them with outside figures (consistency, tuned, validation)',
  usage: 'onewindow calibrate [--replications N] [--days D] [--json]',
  description:
    'Runs every centre preset named in models/data/calibration.json (N replications each, in-process, the\n' +
    'preset’s own seed) and prints, per figure, its role, the target, the simulated mean, the gap, the\n' +
    'tolerance and whether the gap is within it. Roles: consistency (the figure repeats an input), tuned (a\n' +
    'parameter was set to reach it) and validation (not used for tuning); only a validation figure within\n' +
    'tolerance counts as reproduced. A figure outside its tolerance is reported on its row and in the summary,\n' +
    'but the exit code stays 0: a calibration gap is a finding, not an error. --days simulates only D days of\n' +
    'each preset, spread over the year (annual volumes are scaled up; a quick look, not the calibration).',
  options: [
    { name: 'replications', kind: 'string', value: 'N', help: `replications per preset (default ${DEFAULT_CALIBRATION_REPLICATIONS})` },
    daysOptionSpec('simulate only D days of each preset (default: its full year)'),
    { name: 'json', kind: 'boolean', help: 'print one JSON object with the rows' },
  ],
  maxPositionals: 0,
  async run(args) {
    const replications = intOption(args, 'replications', 1) ?? DEFAULT_CALIBRATION_REPLICATIONS;
    const days = daysOption(args);
    const targets = readTargets();
    const ids = presetIds(targets);
    const scenarios = Object.fromEntries(ids.map((id) => [id, loadPreset(id, days)]));
    if (process.stderr.isTTY) process.stderr.write(`calibrate: ${ids.length} presets × ${replications} replications…`);
    const start = performance.now();
    const rows = runCalibration(targets, scenarios, engineModels.centre, replications);
    const seconds = (performance.now() - start) / 1000;
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
    const within = rows.filter((r) => r.within).length;
    if (flag(args, 'json')) {
      await writeStdout(JSON.stringify({ replications, days: days ?? null, presets: ids, within, outside: rows.length - within, byRole: tallyByRole(rows), rows: jsonRows(targets, rows) }) + '\n');
      return 0;
    }
    const head = `calibration: models/data/calibration.json vs ${ids.length} presets — ${replications} replication${replications === 1 ? '' : 's'} each, ${days === undefined ? 'full year' : `${days} day${days === 1 ? '' : 's'} only (quick look)`}, ${seconds.toFixed(1)} s`;
    await writeStdout(`${head}\n\n${calibrationTable(targets, rows)}\n`);
    return 0;
  },
};
