/** Issue 10 item 5: Compare two to four scenarios under common random numbers, with the inputs that differ and the run settings named, in English and Chinese. */
import { expect, openApp, test } from './fixtures';

for (const [locale, text] of [
  ['en-US', { whatIf: 'Dalian 2002 + 并联审批', run: 'Compare', add: 'Add a scenario', parallel: 'parallel approval', days: '1 working days' }],
  ['zh-CN', { whatIf: '大连 2002 + 并联审批', run: '对比', add: '添加情景', parallel: '并联审批', days: '1 个工作日' }],
] as const) {
  test.describe(`Compare several scenarios (${locale})`, () => {
    test.use({ locale });

    test('paired differences for b and c against a, the inputs that differ by name, and the settings the numbers depend on', async ({ page }) => {
      await openApp(page, '#/compare');
      await page.getByRole('button', { name: text.whatIf }).click();
      await page.getByTestId('compare-add').click();
      await page.locator('#compare-c').selectOption('dalian-2009');
      await page.locator('#field-compare-replications').fill('2');
      await page.locator('#field-compare-days').fill('1');
      await page.getByRole('button', { name: text.run, exact: true }).click();
      await expect(page.getByTestId('compare-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });

      // paired differences with CIs, a → b and a → c
      for (const id of ['compare-results', 'compare-results-c']) {
        const trips = page.getByTestId(id).locator('tr[data-kpi="tripsPerCase"]');
        await expect(trips.locator('[data-col="diff"]')).toHaveText(/\[.+, .+\]/);
      }
      // a rate difference is in percentage points
      await expect(page.getByTestId('compare-results').locator('tr[data-kpi="waitWithin15MinRate"] [data-col="diff"]')).toContainText(locale === 'zh-CN' ? '个百分点' : 'pp');

      // the inputs that differ: a (Dalian 2002) vs b (its copy with 并联审批) differ in parallel approval; c (Dalian 2009) in much more
      const diff = page.getByTestId('input-diff');
      const parallel = diff.locator('tr[data-path="mechanisms.parallelApproval.on"]');
      await expect(parallel.locator('th')).toContainText(text.parallel);
      await expect(parallel.locator('td')).toHaveText(['✗*', '✓', '✗*']); // * a and c leave it out: the registry default, off
      expect(await diff.locator('tr[data-path]').count()).toBeGreaterThan(3);
      await expect(diff).not.toContainText('mechanisms.parallelApproval');

      // the settings every scenario shared, and why the same preset may read differently elsewhere
      await expect(page.getByTestId('compare-settings-note')).toContainText(locale === 'zh-CN' ? '1 个工作日' : '1 working days');
    });
  });
}
