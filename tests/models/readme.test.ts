import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modelsDir = fileURLToPath(new URL('../../models/', import.meta.url));
const readme = readFileSync(join(modelsDir, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('models/README.md examples run and print what they say', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(3));

  const dir = mkdtempSync(join(tmpdir(), 'onewindow-readme-'));
  it.each(blocks.map((code, i) => [i + 1, code] as const))('example %i', async (i, code) => {
    const expected = code.match(/\/\/ result: (.*)\n/)?.[1];
    expect(expected, 'each example ends with // result: <json>').toBeDefined();
    const file = join(dir, `example${i}.ts`);
    writeFileSync(file, code.replaceAll("from './", `from '${modelsDir}`));
    const mod = (await import(/* @vite-ignore */ file)) as { result: unknown };
    expect(JSON.parse(JSON.stringify(mod.result))).toEqual(JSON.parse(expected!));
  });
});
