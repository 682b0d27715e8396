/** Issue 10 item 8: one source-note catalogue; every cited note exists; nothing cites a file outside the repository. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { centreParameters } from '../../src/domain/parameters';
import { SOURCE_NOTE_INDEX, SOURCE_NOTES, sourceRefs } from '../../models/sources/sourceNotes';

const root = new URL('../..', import.meta.url).pathname;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(root, dir))) {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) files(p, out);
    else if (/\.(ts|tsx|json|md|css|html)$/.test(name)) out.push(p);
  }
  return out;
}
const repoTexts = [...files('src'), ...files('models'), 'README.md'].map((p) => ({ path: p, text: readFileSync(join(root, p), 'utf8') }));

describe('source notes', () => {
  it('each note has a unique id, both languages, a citation, figures and a grade', () => {
    expect(new Set(SOURCE_NOTES.map((n) => n.id)).size).toBe(SOURCE_NOTES.length);
    for (const n of SOURCE_NOTES) {
      for (const b of [n.title, n.citation, ...n.figures]) {
        expect(b.zh.trim(), n.id).not.toBe('');
        expect(b.en.trim(), n.id).not.toBe('');
        expect(/[\u4e00-\u9fff]/.test(b.zh), `${n.id}: zh text has Chinese`).toBe(true);
      }
      expect(n.figures.length, n.id).toBeGreaterThan(0);
      expect(['A', 'B', 'C']).toContain(n.grade);
    }
  });

  it('every parameter of the registry cites a note or says assumption', () => {
    for (const p of centreParameters) {
      if (p.source === 'assumption') continue;
      expect(sourceRefs(p.source).length, `${p.path}: ${p.source}`).toBeGreaterThan(0);
    }
  });

  it('every note cited anywhere in src, models or README.md exists', () => {
    const missing: string[] = [];
    // the files that carry citations: the registry, models/ (presets, data, notes, docs) and the READMEs
    const citing = repoTexts.filter(({ path }) => path === 'src/domain/parameters.ts' || (path.startsWith('models/') && !path.endsWith('sourceNotes.ts')) || path.endsWith('.md'));
    expect(citing.length).toBeGreaterThan(10);
    for (const { path, text } of citing) {
      for (const id of sourceRefs(text)) if (!SOURCE_NOTE_INDEX.has(id) && id !== 'note-id') missing.push(`${path}: [${id}]`);
    }
    expect(missing).toEqual([]);
  });

  it('every preset’s sources cite notes (presets reference the catalogue by id)', () => {
    const presets = repoTexts.filter((f) => f.path.startsWith('models/presets/') && f.path.endsWith('.scenario.json'));
    expect(presets.length).toBeGreaterThan(5);
    for (const { path, text } of presets) {
      const json = JSON.parse(text) as { type: string; _sources?: string[]; _sourcesZh?: string[] };
      if (json.type !== 'onewindow/centre') continue;
      const cited = [...(json._sources ?? []), ...(json._sourcesZh ?? [])].flatMap(sourceRefs);
      for (const id of cited) expect(SOURCE_NOTE_INDEX.has(id), `${path}: [${id}]`).toBe(true);
      expect(cited.length, `${path} cites at least one note`).toBeGreaterThan(0);
    }
  });

  it('nothing in src, models or README.md cites a file outside the repository', () => {
    const outside = /shared\/|DATA-BRIEF|SEED-BRIEF|\/work\//;
    const offenders = repoTexts.filter(({ text }) => outside.test(text)).map(({ path }) => relative('.', path));
    expect(offenders).toEqual([]);
  });
});
