/**
 * Prints the calibration report (models/data/calibration.json vs the presets): `npx tsx
 * tests/calibration/report.ts [replications]`. The CLI can do the same with calibrationReport().
 */
import { readFileSync } from 'node:fs';
import { type CalibrationRun, type CalibrationTarget, calibrationReport, formatCalibrationReport } from '../../src/engine/centre/calibration';
import { runCentreReplications, summariseCentre } from '../../src/engine/centre/runCentre';
import { loadPreset } from '../centre/helpers';

const targets = (JSON.parse(readFileSync(new URL('../../models/data/calibration.json', import.meta.url), 'utf8')) as { targets: CalibrationTarget[] }).targets;
const reps = Number(process.argv[2] ?? 5);
const runs: Record<string, CalibrationRun> = {};
for (const name of new Set(targets.flatMap((t) => [t.preset, ...(t.ratioTo ? [t.ratioTo] : [])]))) {
  const scenario = loadPreset(name);
  runs[name] = { scenario, summary: summariseCentre(scenario, runCentreReplications(scenario, { from: 0, to: reps })) };
}
console.log(formatCalibrationReport(calibrationReport(targets, runs)));
