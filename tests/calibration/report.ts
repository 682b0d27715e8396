/**
 * Prints the calibration report (models/data/calibration.json vs the presets): `npx tsx
 * tests/calibration/report.ts [replications]`. The CLI can do the same with calibrationReport().
 */
import { readFileSync } from 'node:fs';
import { type CalibrationTarget, formatCalibrationReport, runCalibration } from '../../src/engine/centre/calibration';
import { loadPreset } from '../centre/helpers';

const targets = (JSON.parse(readFileSync(new URL('../../models/data/calibration.json', import.meta.url), 'utf8')) as { targets: CalibrationTarget[] }).targets;
const reps = Number(process.argv[2] ?? 5);
const ids = [...new Set(targets.flatMap((t) => [t.preset, ...(t.ratioTo ? [t.ratioTo] : [])]))];
console.log(formatCalibrationReport(runCalibration(targets, Object.fromEntries(ids.map((id) => [id, loadPreset(id)])), reps)));
