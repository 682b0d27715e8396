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
  rows: (CalibrationRow & { kind: string; tolerance: CalibrationTarget['tolerance'] })[];
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
      expect(row.kind).toBe(targets[i].max ? 'upper bound' : 'value');
    }
    // structural figures do not depend on the run length
    expect(o.rows.find((x) => x.id === 'dalian-2009-departments')).toMatchObject({ simulated: 35, within: true });
  });

  it('prints the table and says which figures are outside their tolerance, still exiting 0', async () => {
    const r = await cli(['calibrate', '--replications', '1', '--days', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^calibration: models\/data\/calibration\.json vs 5 presets — 1 replication each, 2 days only/);
    expect(lines[2]).toMatch(/^figure\s+preset: kpi\s+target\s+simulated\s+gap\s+tolerance\s+within\?$/);
    for (const t of targets) expect(r.stdout).toMatch(new RegExp(`^${t.id} .*(yes|NO — outside tolerance|NO — known gap: .+)$`, 'm'));
    expect(r.stdout).toMatch(/^(All 20 figures within tolerance\.|\d+ of 20 figures OUTSIDE tolerance: .+\.)$/m);
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
    { id: 'inside', preset: 'p', kpi: 'onTimeRate', target: 0.99, tolerance: { abs: 0.01 }, source: 's' },
    { id: 'outside', preset: 'p', kpi: 'annualCases', target: 100_000, tolerance: { rel: 0.03 }, source: 's' },
    { id: 'bound', preset: 'p', kpi: 'meanWaitMinutes', target: 15, max: true, tolerance: { abs: 0 }, source: 's' },
  ];
  const row = (target: CalibrationTarget, simulated: number, allowed: number, within: boolean): CalibrationRow => ({
    id: target.id, preset: target.preset, kpi: target.kpi, target: target.target, simulated,
    gap: simulated - target.target, relativeGap: (simulated - target.target) / target.target, allowed, within, source: 's',
  });
  const rows = [row(t[0], 0.995, 0.01, true), row(t[1], 90_000, 3000, false), row(t[2], 1.6, 0, true)];

  it('marks each row and names the figures outside tolerance', () => {
    const text = calibrationTable(t, rows);
    expect(text).toMatch(/^inside .*±0\.0100\s+yes$/m);
    expect(text).toMatch(/^outside .*100,000\s+90,000\s+−10,000 \(−10\.0%\)\s+±3% \(±3,000\)\s+NO — outside tolerance$/m);
    expect(text).toMatch(/^bound .*upper bound: ≤ 15\s+yes$/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 of 3 figures OUTSIDE tolerance: outside.');
    expect(calibrationTable(t.slice(0, 1), rows.slice(0, 1))).toMatch(/All 1 figures within tolerance\.$/);
  });

  it('jsonRows adds the kind and tolerance of each target', () => {
    expect(jsonRows(t, rows).map((r) => [r.kind, r.tolerance])).toEqual([
      ['value', { abs: 0.01 }],
      ['value', { rel: 0.03 }],
      ['upper bound', { abs: 0 }],
    ]);
  });
});
