/**
 * `--days D` has one home (review: the rule was written in the sweep command and again in
 * calibrate): src/cli/daysOption.ts. Sweep and calibrate apply the same quick look to the same
 * preset, and no other CLI source writes the rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { calibrateCommand, loadPreset } from '../../src/cli/calibrateCommand';
import { DAYS_MAX, DAYS_MIN, daysOption, withDays } from '../../src/cli/daysOption';
import { InputError } from '../../src/cli/errors';
import { prepareSweep, sweepCommand } from '../../src/cli/sweepCommand';
import { root } from './cliHelpers';

const preset = join(root, 'models/presets/dalian-2002.scenario.json');

describe('--days, one rule for sweep and calibrate', () => {
  it('D days spread over the year, no warm-up, the other simulation settings kept', () => {
    const doc = { type: 'onewindow/centre', simulation: { days: 250, warmupDays: 5, closingPolicy: 'x' } };
    expect(withDays(doc, 3, 'f.json')).toEqual({ type: 'onewindow/centre', simulation: { days: 3, warmupDays: 0, sampling: 'spread', closingPolicy: 'x' } });
    expect(() => withDays({ type: 'onewindow/network' }, 3, 'mm2.json')).toThrow(InputError);
  });

  it('both commands read the same option with the same bounds', () => {
    for (const command of [sweepCommand, calibrateCommand]) {
      const spec = command.options.find((o) => o.name === 'days');
      expect(spec?.kind).toBe('string');
      const args = parseArgs(command.name, ['--days', String(DAYS_MAX)], command.options, 1);
      expect(daysOption(args)).toBe(DAYS_MAX);
      expect(() => daysOption(parseArgs(command.name, ['--days', String(DAYS_MIN - 1)], command.options, 1))).toThrow(/invalid --days/);
    }
  });

  it('sweep --days and calibrate --days give the same simulation settings for the same preset', () => {
    const args = parseArgs('sweep', [preset, '--param', 'departments[0].windows', '--values', '5', '--days', '4'], sweepCommand.options, 1);
    const swept = prepareSweep(args, preset, undefined).base as { simulation: unknown };
    const calibrated = loadPreset('dalian-2002', 4);
    const expected = withDays(JSON.parse(readFileSync(preset, 'utf8')), 4, 'dalian-2002').simulation;
    expect(swept.simulation).toEqual(expected);
    expect(calibrated.simulation).toMatchObject(expected as object);
  });

  it('no other CLI source writes the quick-look rule', () => {
    const dir = join(root, 'src/cli');
    const writers = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ts$/.test(f))
      .filter((f) => /sampling:\s*'spread'/.test(readFileSync(join(dir, f), 'utf8')));
    expect(writers).toEqual(['daysOption.ts']);
  });
});
