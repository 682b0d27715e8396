/**
 * Issue 12 item 6 (accessibility): axe-core over every view in both languages, at rest and with
 * results shown (shortest runs), must find no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { dictionaries, type MessageKey } from '../../src/ui/i18n/messages';
import { readFileSync } from 'node:fs';

/** The views, from their one home (src/ui/views.ts; importing it would load React here). */
const views = [...readFileSync(new URL('../../src/ui/views.ts', import.meta.url), 'utf8').matchAll(/\{ id: '([a-z-]+)', navKey/g)].map((m) => ({ id: m[1] }));

async function axe(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = bad.map((v) => `${what}: [${v.impact}] ${v.id} (${v.help}) × ${v.nodes.length}: ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(lines, `axe on ${what}`).toEqual([]);
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`axe (${lang})`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    for (const v of views) {
      test(`view ${v.id} at rest`, async ({ page }) => {
        await openApp(page, `#/${v.id}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
        await axe(page, `${lang} ${v.id}`);
      });
    }
  });
}

/** Results shown: the shortest runs that draw every chart and table (a few replications of a day or two). */
for (const lang of ['en', 'zh'] as const) {
  const d = dictionaries[lang === 'en' ? 'en' : 'zh-CN'];
  const t = (key: MessageKey) => d[key];
  test.describe(`axe with results (${lang})`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });

    test('plan: a short run with its headline, charts and tables', async ({ page }) => {
      await openApp(page, '#/plan');
      await page.locator('#field-replications').fill('2');
      await page.getByRole('button', { name: t('run.start'), exact: true }).click();
      await expect(page.getByRole('status').first()).toHaveAttribute('data-status', 'done', { timeout: 85_000 });
      await expect(page.getByTestId('result-charts')).toBeVisible();
      for (const s of await page.getByTestId('results').locator('details > summary').all()) await s.click();
      await axe(page, `${lang} plan results`);
    });

    test('compare: two presets paired', async ({ page }) => {
      await openApp(page, '#/compare');
      await page.locator('#field-compare-replications').fill('2');
      await page.locator('#field-compare-days').fill('1');
      await page.getByRole('button', { name: t('compare.run'), exact: true }).click();
      await expect(page.getByTestId('compare-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
      for (const s of await page.getByTestId('compare-results').locator('details > summary').all()) await s.click();
      await axe(page, `${lang} compare results`);
    });

    test('research: a three-point sweep', async ({ page }) => {
      await openApp(page, '#/research');
      await page.locator('#field-research-replications').fill('2');
      await page.locator('#field-research-days').fill('1');
      await page.getByLabel(t('research.points')).fill('2');
      await page.getByRole('button', { name: t('research.run'), exact: true }).click();
      await expect(page.getByTestId('research-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
      for (const s of await page.getByTestId('research-results').locator('details > summary').all()) await s.click();
      await axe(page, `${lang} research results`);
    });

    test('learn: the six models run, a case walked, the hall loaded', async ({ page }) => {
      await openApp(page, '#/learn');
      await page.locator('#models-replications').fill('2');
      await page.locator('#models-days').fill('1');
      await page.getByRole('button', { name: t('models.run'), exact: true }).click();
      await expect(page.getByTestId('models-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
      await page.getByTestId('hall').getByRole('button', { name: t('hall.load') }).click();
      await expect(page.getByTestId('hall-canvas-b')).toBeVisible({ timeout: 60_000 });
      await axe(page, `${lang} learn with results`);
    });

    test('learn: the Dalian story', async ({ page }) => {
      await openApp(page, '#/learn');
      await page.getByTestId('story').getByRole('button', { name: t('story.begin') }).click();
      await expect(page.getByTestId('story-kpis')).toBeVisible({ timeout: 150_000 });
      await axe(page, `${lang} story`);
    });

    test('glossary entry and a source note', async ({ page }) => {
      await openApp(page, '#/glossary/五合一');
      await expect(page.locator('.glossary-focus')).toBeVisible();
      await axe(page, `${lang} glossary entry`);
      await openApp(page, '#/sources/paper-stages');
      await axe(page, `${lang} source note`);
    });
  });
}
