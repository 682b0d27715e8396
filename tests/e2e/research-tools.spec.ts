/** Issue 10 items 6 and 8: the tornado, the window optimiser, the 2-D heat map and the source notes, in English and Chinese. */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function smallRuns(page: Page) {
  await page.getByLabel(/^(Base scenario|基准情景)$/).selectOption('tianjin-2007');
  await page.locator('#field-research-replications').fill('2');
  await page.locator('#field-research-days').fill('2');
}

for (const [locale, text] of [
  ['en-US', { group: 'Demand', volume: 'annual case volume', run: 'Run the sensitivity', opt: 'Find the fewest windows', map: 'Run the grid', note: 'What a credible model must include' }],
  ['zh-CN', { group: '需求', volume: '年办件量', run: '运行敏感性分析', opt: '求最少窗口数', map: '运行网格', note: '可信模型须含的要素' }],
] as const) {
  test.describe(`Research tools (${locale})`, () => {
    test.use({ locale });

    test('the tornado names its levers; each bar is a paired difference with a data table', async ({ page }) => {
      await openApp(page, '#/research');
      await smallRuns(page);
      await page.locator('#research-sens-group').selectOption('demand');
      await expect(page.locator('#research-sens-group option:checked')).toContainText(text.group);
      await page.getByRole('button', { name: text.run }).click();
      await expect(page.getByTestId('sens-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
      const chart = page.getByTestId('tornado-chart');
      // every parameter of the group that can move ±20% is one row of the chart and of the table
      const n = await page.getByTestId('sens-table').locator('tr[data-param]').count();
      expect(n).toBeGreaterThanOrEqual(2);
      await expect(chart.locator('g.tornado-row')).toHaveCount(n);
      await expect(chart.locator('g.tornado-row[data-param="demand.annualVolume"] text.tornado-label')).toContainText(text.volume);
      await expect(chart.locator('rect')).toHaveCount(2 * n);
      // no raw registry paths in the lever list
      await expect(page.locator('#research-lever')).not.toContainText('process.handoffDays');
      // more volume never shortens the mean wait: the +20% bar is to the right of the zero line or on it
      const plus = await chart.locator('g.tornado-row[data-param="demand.annualVolume"] g.tornado-high rect').boundingBox();
      const minus = await chart.locator('g.tornado-row[data-param="demand.annualVolume"] g.tornado-low rect').boundingBox();
      expect(plus!.x + plus!.width).toBeGreaterThanOrEqual(minus!.x);
    });

    test('the window optimiser’s answer meets its target when simulated, inside or above its analytic bracket', async ({ page }) => {
      await openApp(page, '#/research');
      await smallRuns(page);
      await page.locator('#research-opt-share').fill('0.9');
      await page.getByRole('button', { name: text.opt }).click();
      await expect(page.getByTestId('opt-status')).toHaveAttribute('data-status', 'done', { timeout: 85_000 });
      const rows = page.getByTestId('opt-table').locator('tr[data-department]');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const row of await rows.all()) {
        await expect(row).toHaveAttribute('data-meets', 'yes');
        const [w, lo] = await Promise.all([row.getAttribute('data-windows'), row.getAttribute('data-lower')]);
        expect(Number(w)).toBeGreaterThanOrEqual(Number(lo));
      }
    });

    test('a source link opens its note inside the app', async ({ page }) => {
      await openApp(page, '#/research');
      await page.locator('#research-lever').selectOption('param:demand.annualVolume');
      const link = page.getByTestId('research-lever-source').locator('a[data-source-note="planner-requirements"]');
      await expect(link).toHaveText(new RegExp(text.note));
      await link.click();
      await expect(page).toHaveURL(/#\/sources\/planner-requirements$/);
      const note = page.getByTestId('source-planner-requirements');
      await expect(note).toBeVisible();
      await expect(note).toHaveClass(/source-note-open/);
      await expect(note.getByRole('heading', { level: 2 })).toContainText(text.note);
      await expect(note).toContainText(locale === 'zh-CN' ? '行政许可法' : 'Administrative Licensing Law');
    });
  });
}

test.describe('Research heat map (en-US)', () => {
  test.use({ locale: 'en-US' });
  test('windows × authorisation share as a heat map with a table of the same numbers', async ({ page }) => {
    await openApp(page, '#/research');
    await smallRuns(page);
    await page.locator('#research-map-n').selectOption('2');
    await page.getByRole('button', { name: 'Run the grid' }).click();
    await expect(page.getByTestId('map-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    await expect(page.getByTestId('heatmap-chart').locator('g.heatmap-cell')).toHaveCount(4);
    await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(2);
  });
});
