/**
 * What the first page (Plan) loads before its heading (review: 301 KB of gzipped JS; the budget
 * is `npm run weight`, scripts/page-weight.mjs). These guard the cuts that a refactor could undo
 * without any other test noticing: Plan's results are fetched when a run starts, not with the view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const source = (path: string) => readFileSync(join(__dirname, '../..', path), 'utf8');
const staticImports = (text: string) => [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);

describe('first page', () => {
  it('Plan imports its results (charts, tables, d3 scales) lazily: no static import of CentreResults or MmcResults', () => {
    const imports = staticImports(source('src/ui/views/plan/PlanView.tsx'));
    expect(imports.filter((p) => /\/(CentreResults|MmcResults|ResultCharts)$/.test(p))).toEqual([]);
    expect(source('src/ui/views/plan/PlanView.tsx')).toMatch(/lazyPart\(\(\) => import\('\.\/CentreResults'\)/);
  });

  it('the shell’s Chinese conversion does not import OpenCC’s whole table', () => {
    const imports = staticImports(source('src/ui/i18n/simplified.ts'));
    expect(imports).toContain('opencc-js/core');
    expect(imports.filter((p) => p === 'opencc-js' || p.startsWith('opencc-js/t2') || p.startsWith('opencc-js/dict'))).toEqual([]);
  });
});
