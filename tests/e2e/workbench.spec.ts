/**
 * The planner's workbench (issue 10 items 1, 3, 4): the department table, runs with their
 * per-department results, share links, the library's import, and what a reload brings back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const runStatus = (page: Page) => page.locator('.plan-view p.run-status');
const departmentRow = (page: Page, id: string) => page.getByTestId('plan-dep-departments').locator(`tr[data-department="${id}"]`);

async function runPlan(page: Page, runLabel: string) {
  await page.getByRole('button', { name: runLabel, exact: true }).click();
  await expect(runStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
}

test.describe('workbench (English)', () => {
  test.use({ locale: 'en-US' });

  test('a planner moves one department from reception to whole-unit, runs, and reads trips per case against the preset with its CI and the department’s own wait', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('dalian-2002');
    const plan = departmentRow(page, 'plan');
    const stationing = plan.getByRole('combobox', { name: /stationing · Planning/ });
    await expect(stationing).toHaveValue('reception');
    // by keyboard: focus the choice and pick with the arrow keys
    await stationing.focus();
    await stationing.selectOption('whole-unit');
    await expect(stationing).toHaveValue('whole-unit');
    // the editor names the draft's origin and what changed
    await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText(/^Dalian 2002/);
    await page.locator('#field-replications').fill('2');
    await runPlan(page, 'Run');

    const results = page.getByTestId('results');
    await expect(results).toBeInViewport();
    await expect(page.getByTestId('pair-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    const trips = results.locator('tr[data-kpi="tripsPerCase"]');
    await expect(trips.locator('[data-col="diff"]')).toHaveText(/^[+−-]?\d+\.\d+ ±\d+\.\d+$/);
    const departments = results.getByTestId('department-results');
    await expect(departments.locator('tbody tr').first()).toHaveAttribute('data-bottleneck', 'true');
    await expect(departments.locator('tr[data-department="plan"] [data-col="meanWaitMinutes"]')).toHaveText(/^\d+\.\d{2}\[\d+\.\d{2}, \d+\.\d{2}\]$/);
    // two replications are too few: the form says how many would do
    await expect(page.getByTestId('replication-advice')).toContainText('replications would make their 95% CI narrow enough');
  });

  test('after Compare’s “Dalian 2002 + 并联审批” the Plan picker names the draft’s real origin', async ({ page }) => {
    await openApp(page, '#/compare');
    await page.getByRole('button', { name: 'Dalian 2002 + 并联审批' }).click();
    await page.getByRole('link', { name: 'Plan', exact: true }).first().click();
    const picked = page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked');
    await expect(picked).toHaveText(/^Dalian 2002 .*\+并联审批/);
    await expect(picked).not.toHaveText(/2009/);
  });

  test('undo and redo a department edit, from the buttons and the keyboard', async ({ page }) => {
    await openApp(page);
    const windows = departmentRow(page, 'aic').getByRole('textbox', { name: /^windows · / });
    const before = await windows.inputValue();
    await windows.fill('12');
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect(windows).toHaveValue(before);
    await page.keyboard.press('Control+Shift+Z');
    await expect(windows).toHaveValue('12');
  });

  test('share the draft as a link and open it in a new page', async ({ page, context }) => {
    await openApp(page);
    const windows = departmentRow(page, 'aic').getByRole('textbox', { name: /^windows · / });
    await windows.fill('11');
    await page.getByTestId('share-button').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#\/plan\?scenario=/);

    const other = await context.newPage();
    await other.evaluate(() => localStorage.clear()).catch(() => undefined);
    await other.goto(link);
    await expect(other.getByTestId('share-note')).toContainText('Opened the shared scenario');
    await expect(departmentRow(other, 'aic').getByRole('textbox', { name: /^windows · / })).toHaveValue('11');
    await expect(other).toHaveURL(/#\/plan$/);
  });

  test('a broken scenario file is refused with its field and rule; the library is untouched', async ({ page }, info) => {
    await openApp(page);
    const library = page.getByTestId('library');
    await library.getByRole('button', { name: 'Save the draft to the library' }).click();
    await expect(library.getByTestId('library-list').locator('li')).toHaveCount(1);
    const scenario = JSON.parse(await readFile('models/presets/dalian-2009.scenario.json', 'utf8'));
    scenario.departments[0].windows = -2;
    const file = info.outputPath('broken.scenario.json');
    await writeFile(file, JSON.stringify(scenario));
    await library.getByTestId('library-import').setInputFiles(file);
    const message = library.getByTestId('library-message');
    await expect(message).toContainText('the library is unchanged');
    await expect(message).toContainText(/windows \(Administration for Industry and Commerce\): must be/);
    await expect(message).not.toContainText('departments[0]');
    await expect(library.getByTestId('library-list').locator('li')).toHaveCount(1);
  });

  test('a value that breaks its rule blocks Run with the message at the field', async ({ page }) => {
    await openApp(page);
    const windows = departmentRow(page, 'aic').getByRole('textbox', { name: /^windows · / });
    await windows.fill('-2');
    await expect(departmentRow(page, 'aic').locator('.field-error')).toHaveText('must be a whole number ≥ 0, got -2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('run-blocked')).toContainText('1 fields break a rule');
    await expect(runStatus(page)).toHaveAttribute('data-status', 'idle');
    await expect(windows).toBeFocused();
  });
});

test.describe('workbench (Chinese)', () => {
  test.use({ locale: 'zh-CN' });

  test('reload mid-edit: the draft, the last results and the pinned baseline come back', async ({ page }) => {
    await openApp(page);
    await page.locator('#field-replications').fill('2');
    await runPlan(page, '运行');
    await page.getByRole('button', { name: '固定为对照基线' }).click();
    const windows = departmentRow(page, 'aic').getByRole('textbox', { name: /^窗口数 · / });
    await windows.fill('10');
    await page.reload();
    await expect(departmentRow(page, 'aic').getByRole('textbox', { name: /^窗口数 · / })).toHaveValue('10');
    await expect(runStatus(page)).toHaveAttribute('data-status', 'done');
    await expect(page.getByTestId('results').getByRole('heading', { level: 2 })).toContainText('大连');
    await expect(page.getByRole('button', { name: '清除对照基线' })).toBeVisible();
  });

  test('the department table names each column with its unit, default and source, and the rule in Chinese', async ({ page }) => {
    await openApp(page);
    const table = page.getByTestId('plan-dep-departments');
    await expect(table.locator('th[data-field="windows"]')).toContainText('窗口数');
    await expect(table.locator('th[data-field="windows"]')).toContainText('默认 2');
    await expect(table.locator('th[data-field="authorisationShare"] [data-source]').first()).toBeVisible();
    const windows = departmentRow(page, 'aic').getByRole('textbox', { name: /^窗口数 · 工商局/ });
    await windows.fill('-2');
    await expect(departmentRow(page, 'aic').locator('.field-error')).toHaveText('必须是 ≥ 0 的整数，当前为 -2');
  });
});

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`no sideways overflow at 390 px (${locale})`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });
    test('every view fits the width', async ({ page }) => {
      for (const view of ['plan', 'learn', 'evolution', 'compare', 'research']) {
        await openApp(page, `#/${view}`);
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `#/${view}`).toBeLessThanOrEqual(0);
      }
    });
  });
}
