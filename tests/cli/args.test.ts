import { describe, expect, it } from 'vitest';
import { intOption, parseArgs } from '../../src/cli/args';
import type { OptionSpec } from '../../src/cli/args';
import { InputError } from '../../src/cli/errors';

const specs: OptionSpec[] = [
  { name: 'json', kind: 'boolean', help: '' },
  { name: 'seed', kind: 'string', value: 'S', help: '' },
];

describe('parseArgs', () => {
  it('reads --flag, --name value, --name=value and positionals', () => {
    const a = parseArgs('run', ['f.json', '--json', '--seed', '3'], specs, 1);
    expect(a).toEqual({ positionals: ['f.json'], options: { json: true, seed: '3' } });
    expect(parseArgs('run', ['--seed=4'], specs, 1).options.seed).toBe('4');
  });

  it('rejects unknown options, missing values and extra positionals with InputError', () => {
    expect(() => parseArgs('run', ['--nope'], specs, 1)).toThrow(InputError);
    expect(() => parseArgs('run', ['-x'], specs, 1)).toThrow(/unknown option -x/);
    expect(() => parseArgs('run', ['--seed'], specs, 1)).toThrow(/needs a value/);
    expect(() => parseArgs('run', ['a', 'b'], specs, 1)).toThrow(/unexpected argument 'b'/);
    expect(() => parseArgs('run', ['--json=yes'], specs, 1)).toThrow(/takes no value/);
  });

  it('intOption checks integers and ranges', () => {
    const a = parseArgs('run', ['--seed', '2.5'], specs, 0);
    expect(() => intOption(a, 'seed', 0)).toThrow('invalid --seed: must be an integer ≥ 0, got 2.5');
    expect(intOption(parseArgs('run', ['--seed', '12'], specs, 0), 'seed', 0)).toBe(12);
    expect(intOption(parseArgs('run', [], specs, 0), 'seed', 0)).toBeUndefined();
  });
});
