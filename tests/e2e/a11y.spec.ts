/**
 * Issue 12 item 6 (accessibility): axe-core over every view in both languages, at rest and with
 * results shown (shortest runs), must find no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { dictionaries, type MessageKey } from '../../src/ui/i18n/messages';
import { readFileSync } from 'node:fs';

/** The views, from their one home (src/ui/views.ts; importing it would load React here). */
const views = [...readFileSync(new URL('../../src/ui/views.ts', import.meta.url), 'utf8').matchAll(/\{ id: '([a-z-]+)', navKey/g)].map((m) => ({ id: m[1] }));

/** Run axe over the page (or only `include`, when the rest was checked at rest) and list serious or critical violations. */
async function axe(page: Page, what: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const result = await (include ? builder.include(include) : builder).analyze();
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
    // a run and then axe over a page of tables: slow on a busy machine
    test.describe.configure({ timeout: 180_000 });

    test('plan: a short run with its headline, charts and tables', async ({ page }) => {
      await openApp(page, '#/plan');
      await page.locator('#field-replications').fill('2');
      await page.getByRole('button', { name: t('run.start'), exact: true }).click();
      await expect(page.getByRole('status').first()).toHaveAttribute('data-status', 'done', { timeout: 85_000 });
      await expect(page.getByTestId('result-charts')).toBeVisible();
      for (const s of await page.getByTestId('results').locator('details > summary').all()) await s.click();
      await axe(page, `${lang} plan results`, '[data-testid="results"]');
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

    test('learn: the six models run (with their data table) and the hall loaded', async ({ page }) => {
      await openApp(page, '#/learn');
      await page.locator('#models-replications').fill('2');
      await page.locator('#models-days').fill('1');
      await page.getByRole('button', { name: t('models.run'), exact: true }).click();
      await expect(page.getByTestId('models-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
      await page.getByTestId('models-chart').locator('details.chart-data > summary').click();
      await expect(page.getByTestId('models-chart').locator('details.chart-data tbody tr')).toHaveCount(6);
      await page.getByTestId('hall').getByRole('button', { name: t('hall.load') }).click();
      await expect(page.getByTestId('hall-canvas-b')).toBeVisible({ timeout: 60_000 });
      await axe(page, `${lang} learn with results`);
    });

    test('evolution: a finished projection (stage strip, events, KPI charts, national table)', async ({ page }) => {
      // one trajectory of the Dalian replay: the shortest projection that draws every part of the results
      test.setTimeout(300_000);
      await openApp(page, '#/evolution');
      await page.locator('#evolution-replications').fill('1');
      await page.getByRole('button', { name: t('evolution.run'), exact: true }).click();
      const results = page.getByTestId('evolution-results');
      await expect(results).toBeVisible({ timeout: 280_000 });
      await expect(results).not.toHaveClass(/stale/);
      for (const s of await page.locator('main .view:not([hidden]) details > summary').all()) await s.click();
      await axe(page, `${lang} evolution with a projection`);
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

/** Press Tab until `target` has focus (it must be reachable in the tab order). */
async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by Tab in ${max} presses: ${String(target)}`);
}

/** Pick an option of the focused closed <select> with the arrow keys. */
async function arrowTo(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  expect(to, `option ${value}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect(select).toHaveValue(value);
}

for (const lang of ['en', 'zh'] as const) {
  const d = dictionaries[lang === 'en' ? 'en' : 'zh-CN'];
  test.describe(`keyboard only (${lang})`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });

    test('skip link, choose a preset, change a department’s windows, run, read the headline', async ({ page }) => {
      await openApp(page, '#/plan');
      // the first Tab reaches the skip link; Enter moves focus into the view
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: d['a11y.skip'] });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('#main-content')).toBeFocused();

      const scenario = page.getByRole('combobox', { name: d['plan.scenario.label'] });
      await tabTo(page, scenario);
      await arrowTo(page, scenario, 'dalian-2002');

      const windows = page.getByTestId('plan-dep-departments').locator('tr[data-department="plan"] input[data-path$=".windows"]');
      await tabTo(page, windows);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('3');
      await expect(windows).toHaveValue('3');

      const replications = page.locator('#field-replications');
      await tabTo(page, replications);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('2');

      const run = page.getByRole('button', { name: d['run.start'], exact: true });
      await tabTo(page, run);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').first()).toHaveAttribute('data-status', 'done', { timeout: 85_000 });
      const wait = page.getByTestId('headline').locator('[data-kpi="meanWaitMinutes"]');
      await expect(wait.locator('.headline-ci')).toHaveText(/\[[\d.,%]+, [\d.,%]+\]/);
      // the headline is reachable too: Tab moves on from Run into the results, each stop with a visible focus ring
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-view="plan"]') !== null)).toBe(true);
    });
  });
}

/** Every control of a view is reached by Tab, and each shows a visible focus indicator. */
for (const id of ['plan', 'learn', 'compare', 'research'] as const) {
  test(`tab order reaches every control of ${id} with a visible focus style`, async ({ page }) => {
    await openApp(page, `#/${id}`);
    const view = page.locator(`[data-view="${id}"]`);
    // views load on their first visit (one chunk each): wait for the view's own controls
    await expect(view.locator('button, input, select').first()).toBeVisible();
    const controls = await view.evaluate((root) => {
      const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      let n = 0;
      for (const el of root.querySelectorAll<HTMLElement>(sel)) {
        const visible = el.offsetParent !== null || el.getClientRects().length > 0;
        if (!visible || (el as HTMLButtonElement).disabled || el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
        el.dataset.a11yControl = String(n++);
      }
      return n;
    });
    expect(controls).toBeGreaterThan(5);
    const reached = new Set<string>();
    const unringed: string[] = [];
    for (let i = 0; i < controls + 60 && reached.size < controls; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        return { id: el.dataset.a11yControl ?? null, ring, what: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}` };
      });
      if (!seen?.id) continue;
      reached.add(seen.id);
      if (!seen.ring) unringed.push(seen.what);
    }
    const missed = await view.evaluate((root, got) => [...root.querySelectorAll<HTMLElement>('[data-a11y-control]')].filter((el) => !got.includes(el.dataset.a11yControl!)).map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40)}`), [...reached]);
    expect(missed, 'controls not reached by Tab').toEqual([]);
    expect(unringed, 'controls without a visible focus style').toEqual([]);
  });
}
