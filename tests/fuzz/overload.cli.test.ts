/**
 * Issue 12 point 2, the gap for the network kind: `onewindow run` (not only `compare`) names a
 * station at load ≥ 1 before the run on stderr, and `--json` lists it under `unstable`. The centre
 * kind is covered by tests/cli/overload.test.ts (Dalian 2009 with 3 of aic's windows).
 */
import { describe, expect, it } from 'vitest';
import { cli, mmc, tempFile } from '../cli/cliHelpers';

describe('load ≥ 1 before a network run (issue 12 point 2)', () => {
  it('run warns naming the station and --json lists it as unstable', { timeout: 120_000 }, async () => {
    const r = await cli(['run', tempFile('overloaded.json', mmc(1)), '--replications', '2', '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: station hall: offered load 1\.500 ≥ 1/m);
    const o = JSON.parse(r.stdout) as { unstable: { id: string; where: string; load: number }[] };
    expect(o.unstable).toEqual([expect.objectContaining({ id: 'hall', where: 'station', load: 1.5 })]);
  });

  it('a station within capacity gives no warning and an empty unstable list', { timeout: 120_000 }, async () => {
    const r = await cli(['run', tempFile('fine.json', mmc(3)), '--replications', '2', '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/warning: station/);
    expect((JSON.parse(r.stdout) as { unstable: unknown[] }).unstable).toEqual([]);
  });
});
