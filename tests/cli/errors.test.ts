import { describe, expect, it } from 'vitest';
import { cli, mmc, tempFile } from './cliHelpers';

/** Exit 2, exactly one `error:` line on stderr, no stack trace, nothing on stdout. */
function expectInputError(r: { code: number; stdout: string; stderr: string }): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

describe('onewindow validate', () => {
  it('prints ok: <name> (<type> v<version>) for a valid file', async () => {
    const file = tempFile('valid.scenario.json', mmc(2));
    const r = await cli(['validate', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok: M/M/2 test (onewindow/network v1)\n');
  });

  it('a schema error: exit 2, one line naming the file, the field path and the rule', async () => {
    const bad = mmc(2);
    (bad.stations as { servers: number }[])[0].servers = -2;
    const file = tempFile('bad-servers.scenario.json', bad);
    const line = expectInputError(await cli(['validate', file]));
    expect(line).toContain('bad-servers.scenario.json');
    expect(line).toContain('stations[0].servers');
    expect(line).toMatch(/invalid stations\[0\]\.servers: .+, got -2$/);
  });

  it('run reports the same schema error the same way', async () => {
    const bad = mmc(2);
    (bad.stations as { servers: number }[])[0].servers = -2;
    const line = expectInputError(await cli(['run', tempFile('bad-run.scenario.json', bad), '--json']));
    expect(line).toContain('bad-run.scenario.json: invalid stations[0].servers');
  });

  it('bad JSON names the file and where', async () => {
    const line = expectInputError(await cli(['validate', tempFile('broken.scenario.json', '{ "type": "onewindow/network",\n  "name": }')]));
    expect(line).toContain('broken.scenario.json');
    expect(line).toContain('invalid JSON');
    expect(line).toContain('line 2');
  });

  it('a missing file: exit 2 naming the file', async () => {
    const line = expectInputError(await cli(['run', 'no-such-dir/missing.scenario.json']));
    expect(line).toContain('missing.scenario.json');
    expect(line).toContain('cannot read');
  });
});

describe('bad commands and flags', () => {
  it('an unknown command exits 2', async () => {
    expect(expectInputError(await cli(['frobnicate']))).toContain("unknown command 'frobnicate'");
  });

  it('an unknown flag exits 2', async () => {
    expect(expectInputError(await cli(['run', '--frobnicate']))).toContain('--frobnicate');
  });

  it('a bad flag value exits 2 and names the flag and the rule', async () => {
    expect(expectInputError(await cli(['run', '--replications', 'zero']))).toBe('error: invalid --replications: must be an integer ≥ 1, got zero');
    expect(expectInputError(await cli(['run', '--workers', '0']))).toContain('--workers');
    expect(expectInputError(await cli(['run', '--json', '--csv']))).toContain('--json');
  });

  it('--help works for the CLI and each command', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const c of ['run', 'compare', 'validate', 'bench']) expect(top.stdout).toContain(c);
    for (const c of ['run', 'compare', 'validate', 'bench']) {
      const r = await cli([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`usage: onewindow ${c}`);
    }
  });
});
