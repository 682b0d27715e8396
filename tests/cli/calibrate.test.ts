import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalibrationRow, CalibrationTarget } from '../../src/engine/centre/calibration';
import { calibrationTable, jsonRows, presetIds } from '../../src/cli/calibrateCommand';
import { cli, root } from './cliHelpers';

const targets = (JSON.parse(readFileSync(join(root, 'models/data/calibration.json'), 'utf8')) as { targets: CalibrationTarget[] }).targets;

interface CalibrateJson {
  replications: number;
  days: number | null;
  presets: string[];
  within: number;
  outside: number;
  byRole: Record<string, { n: number; within: number; outside: string[] }>;
  rows: (CalibrationRow & { kind: string; why: string; parameters?: string[]; tolerance: CalibrationTarget['tolerance'] })[];
}

describe('onewindow calibrate', () => {
  it('--json prints one row per target of models/data/calibration.json', async () => {
    const r = await cli(['calibrate', '--replications', '1', '--days', '3', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as CalibrateJson;
    expect(o.replications).toBe(1);
    expect(o.days).toBe(3);
    expect(o.presets).toEqual(presetIds(targets));
    expect(o.rows.map((x) => x.id)).toEqual(targets.map((t) => t.id));
    expect(o.within + o.outside).toBe(targets.length);
    expect(o.rows.filter((x) => x.within)).toHaveLength(o.within);
    for (const [i, row] of o.rows.entries()) {
      expect(row.target).toBe(targets[i].target);
      expect(Number.isFinite(row.simulated)).toBe(true);
      expect(row.gap).toBeCloseTo(row.simulated - row.target, 9);
      expect(row.tolerance).toEqual(targets[i].tolerance);
      expect(row.kind).toBe(targets[i].max ? 'upper bound' : targets[i].min ? 'lower bound' : 'value');
      expect(row.role).toBe(targets[i].role);
      expect(row.why).toBe(targets[i].why);
      expect(row.parameters).toEqual(targets[i].parameters);
    }
    for (const role of ['consistency', 'tuned', 'validation']) {
      const mine = o.rows.filter((x) => x.role === role);
      expect(o.byRole[role]).toEqual({ n: mine.length, within: mine.filter((x) => x.within).length, outside: mine.filter((x) => !x.within).map((x) => x.id) });
    }
    // structural figures do not depend on the run length
    expect(o.rows.find((x) => x.id === 'dalian-2009-departments')).toMatchObject({ simulated: 35, within: true });
  });

  it('prints the table and says which figures are outside their tolerance, still exiting 0', async () => {
    const r = await cli(['calibrate', '--replications', '1', '--days', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^calibration: models/data/calibration\\.json vs ${presetIds(targets).length} presets — 1 replication each, 2 days only`));
    expect(lines[2]).toMatch(/^figure\s+role\s+preset: kpi\s+target\s+simulated\s+gap\s+tolerance\s+within\?$/);
    for (const t of targets) expect(r.stdout).toMatch(new RegExp(`^${t.id} +${t.role} .*(yes|NO — outside tolerance|NO — known gap: .+)$`, 'm'));
    for (const t of targets) expect(r.stdout).toContain(`  ${t.id} (${t.role}): ${t.why}`);
    const n = targets.length;
    expect(r.stdout).toMatch(new RegExp(`^${n} figures by role:$`, 'm'));
    expect(r.stdout).toMatch(/^ {2}validation \(not used for tuning\): \d+ of \d+ reproduced within tolerance/m);
    expect(r.stdout).toMatch(new RegExp(`^(All ${n} figures within tolerance\\.|\\d+ of ${n} figures OUTSIDE tolerance: .+\\.)$`, 'm'));
  });

  it('bad flag values are bad input (exit 2, one line)', async () => {
    const r = await cli(['calibrate', '--replications', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: invalid --replications: must be an integer ≥ 1, got 0\n');
    const d = await cli(['calibrate', '--days', 'x']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^error: invalid --days: must be an integer in \[1, 10000\], got x\n$/);
  });
});

describe('calibrationTable', () => {
  const t: CalibrationTarget[] = [
    { id: 'inside', preset: 'p', kpi: 'onTimeRate', target: 0.99, tolerance: { abs: 0.01 }, role: 'validation', why: 'held out', source: 's' },
    { id: 'outside', preset: 'p', kpi: 'annualCases', target: 100_000, tolerance: { rel: 0.03 }, role: 'consistency', why: 'echoes the volume', source: 's' },
    { id: 'bound', preset: 'p', kpi: 'meanWaitMinutes', target: 15, max: true, tolerance: { abs: 0 }, role: 'tuned', why: 'window times set', parameters: ['process.serviceCv'], source: 's' },
    { id: 'floor', preset: 'p', ratioTo: 'q', kpi: 'linkedLeadTimeDays', target: 1, min: true, tolerance: { abs: 0 }, role: 'validation', why: 'an ordering', source: 's' },
  ];
  const row = (target: CalibrationTarget, simulated: number, allowed: number, within: boolean): CalibrationRow => ({
    id: target.id, role: target.role, preset: target.preset, kpi: target.kpi, target: target.target, simulated,
    gap: simulated - target.target, relativeGap: (simulated - target.target) / target.target, allowed, within, source: 's',
  });
  const rows = [row(t[0], 0.995, 0.01, true), row(t[1], 90_000, 3000, false), row(t[2], 1.6, 0, true), row(t[3], 0.8, 0, false)];

  it('marks each row with its role and names the figures outside tolerance', () => {
    const text = calibrationTable(t, rows);
    expect(text).toMatch(/^inside +validation .*±0\.0100\s+yes$/m);
    expect(text).toMatch(/^outside +consistency .*100,000\s+90,000\s+−10,000 \(−10\.0%\)\s+±3% \(±3,000\)\s+NO — outside tolerance$/m);
    expect(text).toMatch(/^bound +tuned .*upper bound: ≤ 15\s+yes$/m);
    expect(text).toMatch(/^floor +validation .*lower bound: ≥ 1\s+NO — outside tolerance$/m);
    expect(text).toContain('  bound (tuned): window times set');
    expect(text).toMatch(/^ {2}consistency \(repeat an input, prove nothing about the mechanisms\): 0 of 1 within tolerance; OUTSIDE: outside$/m);
    expect(text).toMatch(/^ {2}tuned \(reached by setting a parameter to them\): 1 of 1 within tolerance$/m);
    expect(text).toMatch(/^ {2}validation \(not used for tuning\): 1 of 2 reproduced within tolerance; OUTSIDE: floor$/m);
    expect(text.match(/reproduced/g)).toHaveLength(1);
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 of 4 figures OUTSIDE tolerance: outside, floor.');
    expect(calibrationTable(t.slice(0, 1), rows.slice(0, 1))).toMatch(/All 1 figures within tolerance\.$/);
  });

  it('jsonRows adds the kind, role, reason, tuned parameters and tolerance of each target', () => {
    expect(jsonRows(t, rows).map((r) => [r.kind, r.role, r.why, r.parameters, r.tolerance])).toEqual([
      ['value', 'validation', 'held out', undefined, { abs: 0.01 }],
      ['value', 'consistency', 'echoes the volume', undefined, { rel: 0.03 }],
      ['upper bound', 'tuned', 'window times set', ['process.serviceCv'], { abs: 0 }],
      ['lower bound', 'validation', 'an ordering', undefined, { abs: 0 }],
    ]);
  });
});
