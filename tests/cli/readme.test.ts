import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cliHelpers';

/** Every `onewindow …` line inside a ```sh block of src/cli/README.md. */
function examples(): string[][] {
  const text = readFileSync(join(root, 'src/cli/README.md'), 'utf8');
  const out: string[][] = [];
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) {
      const m = /^(?:npx |npm exec |node src\/cli\/onewindow\.mjs)?\s*onewindow\s*(.*)$/.exec(line.trim());
      if (m) out.push(m[1].split(/\s+/).filter((a) => a !== '' && a !== '--'));
      else if (line.trim().startsWith('node src/cli/onewindow.mjs')) out.push(line.trim().split(/\s+/).slice(2));
    }
  }
  // the same command spelled three ways (npx, npm exec, node) runs once
  return [...new Map(out.map((a) => [a.join(' '), a])).values()];
}

describe('src/cli/README.md examples', () => {
  const list = examples();

  it('has examples', () => {
    expect(list.length).toBeGreaterThanOrEqual(5);
  });

  it.each(list.map((args) => [args.join(' '), args]))('onewindow %s exits 0', async (_, args) => {
    const r = await cli(args as string[]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});
