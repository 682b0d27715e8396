import { readFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';

test.describe('centre presets (English)', () => {
  test.use({ locale: 'en-US' });

  test('opens on Dalian 2009, runs it through the workers and shows every KPI with its CI, grouped', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('dalian-2009');
    await expect(page.locator('.preset-model')).toContainText('five-in-one');
    await page.locator('#field-replications').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    await expect(page.getByRole('status')).toHaveText('Done: 2 replications.');

    const results = page.getByTestId('results');
    await expect(results.getByRole('heading', { level: 2 })).toContainText('Dalian 2009');
    for (const group of ['Hall and windows', 'Trips', 'Time limits and lead time', 'Complaints and ratings']) {
      await expect(results.getByRole('heading', { level: 3, name: group })).toBeVisible();
    }
    const oneTrip = results.locator('tr[data-kpi="atMostOneTripRate"]');
    await expect(oneTrip.locator('th')).toHaveText('At most one trip (最多跑一次)');
    // two replications are too few for the precision shown: every estimate carries the "!" mark
    await expect(oneTrip.locator('[data-col="mean"]')).toHaveText(/^\d+\.\d% !$/);
    await expect(oneTrip.locator('[data-col="ci"]')).toHaveText(/^\[\d+\.\d%, \d+\.\d%\] ±\d+\.\d%$/);
    await expect(results.locator('tr[data-kpi="leadTimeDays"] th')).toHaveText('Lead time (application to decision) (working days)');

    // per department (issue 8 point 5): one row each, the most loaded first and marked as the bottleneck
    const departments = results.getByTestId('department-results');
    await expect(departments.getByRole('heading', { level: 3, name: 'Results by department' })).toBeVisible();
    const rows = departments.locator('tbody tr');
    await expect(rows).toHaveCount(35);
    await expect(departments.getByRole('columnheader', { name: /Load/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.first()).toHaveAttribute('data-bottleneck', 'true');
    await expect(rows.first().getByTestId('bottleneck-badge')).toHaveText('bottleneck: highest utilisation in the centre');
    await expect(departments.getByTestId('department-headline')).toContainText(/^Bottleneck: .+ utilisation \d+\.\d%/);
    await expect(departments.locator('tr[data-department="aic"] th')).toHaveText(/^Administration for Industry and Commerce/);
    await expect(departments.locator('tr[data-department="aic"] [data-col="meanWaitMinutes"]')).toHaveText(/^\d+\.\d{2}\[\d+\.\d{2}, \d+\.\d{2}\]$/);
    // sorting by a header from the keyboard
    await departments.getByRole('button', { name: /Mean wait in queue/ }).press('Enter');
    await expect(departments.getByRole('columnheader', { name: /Mean wait in queue/ })).toHaveAttribute('aria-sort', 'descending');
  });
});

test.describe('levers and a pinned baseline (English)', () => {
  test.use({ locale: 'en-US' });

  test('pin Dalian 2002 as the baseline, switch on deemed approval and time limits, and read the paired differences; the edit is the Compare view’s draft', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('dalian-2002');
    await page.locator('#field-replications').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    await page.getByRole('button', { name: 'Keep as baseline' }).click();
    await expect(page.getByRole('button', { name: 'Keep as baseline' })).toHaveCount(0);

    await page.locator('.levers > summary').click();
    await page.locator('#plan-lever-mech-deemedApproval').check();
    await page.locator('#plan-lever-mech-timeLimit').check();
    await expect(page.locator('.levers-count')).toContainText('2 changes from the preset');
    await expect(page.getByTestId('plan-lever-editor').locator('a[data-source-note="planner-requirements"]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });

    const results = page.getByTestId('results');
    await expect(results.getByRole('heading', { level: 2 })).toContainText('Dalian 2002');
    await expect(results.getByRole('heading', { level: 2 })).toContainText('+超时默许');
    await expect(page.getByTestId('baseline-note')).toContainText('Dalian 2002');
    // paired with the baseline under common random numbers (both run again with one seed)
    await expect(page.getByTestId('pair-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    await expect(page.getByTestId('pair-status')).toContainText('2 paired replications');
    const deemed = results.locator('tr[data-kpi="deemedApprovalRate"]');
    await expect(deemed.locator('[data-col="baseline"]')).toHaveText('0.0%');
    // a rate difference is in percentage points
    await expect(deemed.locator('[data-col="diff"]')).toHaveText(/^\+\d+\.\d pp ±\d+\.\d pp( negligible)?$/);
    await expect(deemed.locator('[data-col="diff"]')).toHaveAttribute('data-paired', 'true');

    // the scenario that ran is the edited preset, named after what changed
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario' }).click()]);
    const scenario = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(scenario.mechanisms.deemedApproval.on).toBe(true);
    expect(scenario.name).toMatch(/\+超时默许/);

    // one draft: the Compare view offers the same edit
    await page.getByRole('link', { name: 'Compare' }).click();
    await expect(page.getByLabel('Scenario b (changed)').locator('option:checked')).toHaveText(/\+超时默许/);
    await expect(page.locator('#lever-mech-deemedApproval')).toBeChecked();
  });

  test('an edited preset is compared with the unedited one under common random numbers', async ({ page }) => {
    await openApp(page);
    await page.locator('.levers > summary').click();
    await page.locator('#plan-lever-mech-parallelApproval').check(); // Dalian 2009 has no 并联审批 yet
    await page.locator('#field-replications').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    await expect(page.getByLabel('Difference against')).toHaveValue('preset');
    await expect(page.getByTestId('pair-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    const trips = page.getByTestId('results').locator('tr[data-kpi="tripsPerCase"]');
    await expect(trips.locator('[data-col="diff"]')).toHaveText(/^[+-]?\d+\.\d+ ±\d+\.\d+$/);
  });
});

test.describe('centre presets (Chinese)', () => {
  test.use({ locale: 'zh-CN' });

  test('runs the dispersed baseline and names the KPIs in Chinese', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: '情景' }).selectOption('dispersed');
    await expect(page.locator('.preset-model')).toContainText('模式');
    // the preset file carries its description in Chinese (descriptionZh): shown as is, not marked as English
    await expect(page.locator('.preset-description')).toContainText('尚无任何行政服务中心');
    await expect(page.locator('.preset-description')).not.toContainText('【英文】');
    await expect(page.locator('.preset-description [lang="en"]')).toHaveCount(0);
    await page.locator('#field-replications').fill('1');
    await page.getByRole('button', { name: '运行', exact: true }).click();
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    const results = page.getByTestId('results');
    await expect(results.getByRole('heading', { level: 2 })).toContainText('分散办理');
    await expect(results.locator('tr[data-kpi="tripsPerCase"] th')).toHaveText('跑动次数（次）');
    await expect(results.locator('tr[data-kpi="onTimeRate"] th')).toHaveText('按时办结率');
    await expect(results.getByRole('heading', { level: 3, name: '办理时限与时长' })).toBeVisible();
  });

  test('a bad replication count names the field and keeps the typed value', async ({ page }) => {
    await openApp(page);
    await page.locator('#field-replications').fill('0');
    await page.getByRole('button', { name: '运行', exact: true }).click();
    await expect(page.getByText('重复次数 R：必须是 ≥ 1 的整数，当前为 0')).toBeVisible();
    await expect(page.locator('#field-replications')).toHaveValue('0');
    await expect(page.getByRole('status')).toHaveAttribute('data-status', 'idle');
  });
});
