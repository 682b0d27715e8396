import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Run the comparison with a few replications of a few working days and wait until it is done. */
async function compareRun(page: Page, replications: string, days: string) {
  await page.locator('#field-compare-replications').fill(replications);
  await page.locator('#field-compare-days').fill(days);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByTestId('compare-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
}

// Small runs (a few replications of a few working days) so each test finishes in seconds.
test.describe('Compare view (English)', () => {
  test.use({ locale: 'en-US' });

  test('two presets with common random numbers: KPIs with CIs, paired differences b − a flagged significant, the forest plot, CSV', async ({ page }) => {
    await openApp(page, '#/compare');
    await expect(page).toHaveTitle(/Compare/);
    await page.getByLabel('Scenario a (baseline)').selectOption('dalian-2002');
    await page.getByLabel('Scenario b (changed)').selectOption('dalian-2009');
    await compareRun(page, '3', '2');

    const results = page.getByTestId('compare-results');
    await expect(page.getByTestId('compare-meta')).toHaveText('Seed 1, 3 paired replications of 2 working days each, common random numbers.');
    const trips = results.locator('tr[data-kpi="tripsPerCase"]');
    await expect(trips.locator('[data-col="a"]')).toHaveText(/^\d+\.\d\d \[\d+\.\d\d, \d+\.\d\d\]$/);
    await expect(trips.locator('[data-col="diff"]')).toHaveText(/^[−-]\d+\.\d\d \[[−-]\d+\.\d\d, [−-]\d+\.\d\d\]$/);
    await expect(trips).toHaveAttribute('data-significant', 'yes');
    await expect(trips.locator('[data-col="verdict"]')).toHaveText('significantly better');
    await expect(results.locator('tr[data-significant="yes"]').first()).toBeVisible();
    await expect(page.getByTestId('compare-summary')).toContainText(/Significant differences: \d+ better/);
    const chart = page.getByTestId('difference-chart');
    await expect(chart.locator('g[data-kpi="tripsPerCase"]')).toHaveAttribute('data-verdict', 'better');
    await expect(chart.locator('g[data-kpi] .diff-mark').first()).toBeVisible();
    expect(await chart.locator('.diff-whisker').count()).toBeGreaterThan(5);

    const [download] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toMatch(/^\uFEFFkpi,label,a_mean/);
    expect(csv).toMatch(/\ntripsPerCase,[^\n]*,yes,better,3,1\r/);
  });

  test('edit a lever and see it reflected; a bad value names the field and rule, keeps the edit (also after a reload), and blocks Compare until fixed', async ({ page }) => {
    await openApp(page, '#/compare');
    const editor = page.getByTestId('lever-editor');
    await editor.getByRole('button', { name: 'Start again from this preset' }).click();
    await expect(page.getByTestId('lever-status')).toContainText('0 fields changed');
    await editor.getByLabel('并联审批 parallel approval').check(); // Dalian 2009 (the replay's 2009) has no 并联审批 yet
    await expect(page.getByTestId('lever-status')).toContainText('1 fields changed');
    await expect(page.getByTestId('lever-status')).toContainText('mechanisms.parallelApproval');
    await expect(editor.locator('a[data-source-note="planner-requirements"]').first()).toBeVisible();

    // the departments are the one department editor (the same table as Plan's), not a second section of the lever editor
    await expect(editor.locator('input[data-path^="departments["]')).toHaveCount(0);
    const departments = page.getByTestId('compare-dep-departments');
    await expect(departments.getByRole('heading', { level: 2 })).toHaveText(/^Departments \(35\)/);
    const windows = departments.locator('input[data-path="departments[0].windows"]');
    await windows.fill('-2');
    // the rule at the field, in words, once: no raw path
    await expect(departments.locator('[data-field-error="departments[0].windows"]')).toHaveText('must be a whole number ≥ 0, got -2');
    await expect(page.getByTestId('lever-issues')).toContainText('1 fields break a rule');
    await expect(page.getByTestId('lever-issues')).not.toContainText('departments[0]');
    await expect(windows).toHaveValue('-2');

    await page.reload();
    await expect(page.getByTestId('lever-status')).toContainText('1 fields changed');
    await expect(page.getByTestId('compare-dep-departments').locator('input[data-path="departments[0].windows"]')).toHaveValue('-2');

    // b is the draft by default: Compare refuses to run it, says why, and takes the user to the field
    await page.locator('#field-compare-replications').fill('2');
    await page.locator('#field-compare-days').fill('1');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(page.getByTestId('compare-blocked')).toHaveText('1 fields break a rule (marked in red). Fix them before running; nothing was run.');
    await expect(page.getByTestId('compare-dep-departments').locator('input[data-path="departments[0].windows"]')).toBeFocused();
    await expect(page.getByTestId('compare-results')).toHaveCount(0);
    await expect(page.getByTestId('compare-status')).not.toHaveAttribute('data-status', 'running');

    // fixed at the field (back to the preset's 9 windows), it runs
    await page.getByTestId('compare-dep-departments').locator('input[data-path="departments[0].windows"]').fill('9');
    await compareRun(page, '2', '1');
    await expect(page.getByTestId('compare-blocked')).toHaveCount(0);
    await expect(page.getByTestId('compare-results').getByRole('heading', { level: 2 })).toContainText('Dalian 2009 — administrative-function integration (five-in-one) +并联审批');
  });

  test('a ready-made what-if: Dalian 2002 + 并联审批 against Dalian 2002', async ({ page }) => {
    await openApp(page, '#/compare');
    await page.getByRole('button', { name: 'Dalian 2002 + 并联审批' }).click();
    await expect(page.getByLabel('Scenario a (baseline)')).toHaveValue('dalian-2002');
    await expect(page.getByLabel('Scenario b (changed)')).toHaveValue('draft');
    await expect(page.getByLabel('Scenario b (changed)').locator('option:checked')).toHaveText(/\+并联审批$/);
    await expect(page.locator('#lever-mech-parallelApproval')).toBeChecked();
    await compareRun(page, '2', '1');
    await expect(page.getByTestId('compare-results').getByRole('heading', { level: 2 })).toContainText('+并联审批');
  });

  test('export the edited scenario as JSON and import a scenario file (all local); a wrong file is refused with a message', async ({ page }) => {
    await openApp(page, '#/compare');
    const editor = page.getByTestId('lever-editor');
    await editor.getByRole('button', { name: 'Start again from this preset' }).click();
    await editor.locator('#lever-mech-acceptWithGaps').check();
    const [download] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Export scenario (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/-edited\.scenario\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ type: 'onewindow/centre', mechanisms: { acceptWithGaps: { on: true } } });

    const imported = { ...exported, name: 'My city 2026', mechanisms: { ...exported.mechanisms, eSupervision: { on: false } } };
    await page.getByTestId('lever-import').setInputFiles({ name: 'my-city.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported)) });
    await expect(page.getByTestId('lever-status')).toContainText('My city 2026');
    await expect(editor.locator('#lever-mech-eSupervision')).not.toBeChecked();

    await page.getByTestId('lever-import').setInputFiles({ name: 'net.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"onewindow/network"}') });
    await expect(editor.getByRole('alert').filter({ hasText: 'Could not import net.json' })).toContainText('invalid type: must be "onewindow/centre"');
    await expect(page.getByTestId('lever-status')).toContainText('My city 2026'); // the draft is kept
  });

  test('the five representative centres side by side in one click', async ({ page }) => {
    await openApp(page, '#/compare');
    await page.locator('#field-compare-replications').fill('2');
    await page.locator('#field-compare-days').fill('1');
    await page.getByRole('button', { name: 'Run the five centres' }).click();
    await expect(page.getByTestId('five-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const table = page.getByTestId('five-results');
    await expect(table.locator('thead th[data-centre]')).toHaveCount(5);
    await expect(table.locator('tr[data-kpi="leadTimeDays"] td')).toHaveCount(5);
    await expect(table.locator('tr[data-kpi="leadTimeDays"] td[data-centre="hangzhou"]')).toHaveText(/^\d+\.\d\d \[/);
  });
});

test.describe('Compare view (Chinese)', () => {
  test.use({ locale: 'zh-CN' });

  test('a bad replication count names the field and rule in Chinese and runs nothing', async ({ page }) => {
    await openApp(page, '#/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('对比：两个情景的配对差异');
    await page.locator('#field-compare-replications').fill('1');
    await page.getByRole('button', { name: '对比', exact: true }).click();
    await expect(page.getByText('重复次数：必须是 ≥ 2 的整数，当前为 1')).toBeVisible();
    await expect(page.locator('#field-compare-replications')).toHaveValue('1');
    await expect(page.getByTestId('compare-status')).toHaveAttribute('data-status', 'idle');
    await expect(page.getByTestId('lever-editor')).toContainText('首问负责');
    // the registry's units in Chinese
    await expect(page.getByTestId('lever-editor')).toContainText('件/年 · 来源');
    await expect(page.getByTestId('lever-editor')).toContainText('比例（0–1） · 来源');
  });
});
