import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, main } from '../../src/cli/main';
import type { Command } from '../../src/cli/command';

function capture() {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  return { err, out };
}

const boom: Command = {
  name: 'boom',
  summary: 'fails',
  usage: 'onewindow boom',
  description: '',
  options: [],
  maxPositionals: 0,
  async run() {
    throw new TypeError('something broke\n    at somewhere (file.ts:1:1)');
  },
};

describe('main', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    const i = commands.indexOf(boom);
    if (i >= 0) commands.splice(i, 1);
  });

  it('an internal failure exits 1 with one line and no stack trace', async () => {
    commands.push(boom);
    const { err } = capture();
    const code = await main(['boom']);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/^internal error: something broke; at somewhere \(file\.ts:1:1\) \(set ONEWINDOW_DEBUG=1 for details\)\n$/);
  });

  it('help names every command; no command prints it too', async () => {
    const { out } = capture();
    expect(await main([])).toBe(0);
    vi.restoreAllMocks();
    for (const c of ['run', 'compare', 'validate', 'bench']) expect(out.join('')).toContain(`  ${c} `);
  });
});
