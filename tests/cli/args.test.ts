import { describe, expect, it } from 'vitest';
import { intOption, listOption, parseArgs } from '../../src/cli/args';
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

describe('parseArgs: repeatable options and short aliases (onewindow sweep)', () => {
  const sweepSpecs: OptionSpec[] = [
    { name: 'param', kind: 'string', multiple: true, help: '' },
    { name: 'values', kind: 'string', multiple: true, help: '' },
    { name: 'out', kind: 'string', short: 'o', help: '' },
  ];

  it('keeps every value of a multiple option in order; -o is --out', () => {
    const a = parseArgs('sweep', ['f.json', '--param', 'a', '--values', '1,2', '--param=b', '--values', '-3', '-o', 'x.csv'], sweepSpecs, 1);
    expect(listOption(a, 'param')).toEqual(['a', 'b']);
    expect(listOption(a, 'values')).toEqual(['1,2', '-3']);
    expect(a.options.out).toBe('x.csv');
    expect(a.positionals).toEqual(['f.json']);
    expect(listOption(a, 'absent')).toEqual([]);
  });

  it('a short alias not declared is still an unknown option', () => {
    expect(() => parseArgs('run', ['-o', 'x'], specs, 1)).toThrow("unknown option -o for 'run'");
  });
});
