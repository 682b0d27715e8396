import { expect, openApp, test } from './fixtures';

const READINGS = ['amplifies', 'dampens', 'belowThreshold', 'ciIncludesNone', 'undefined'];

test.describe('Research: the five-in-one synergy (English)', () => {
  test.use({ locale: 'en-US' });

  test('measures the synergy with few replications and days: R − 1 with its CI and a reading per indicator, each function alone, chart and table', async ({ page }) => {
    await openApp(page, '#/research');
    await page.getByLabel('Base scenario').selectOption('tianjin-2007');
    await page.locator('#field-research-replications').fill('2');
    await page.locator('#field-research-days').fill('1');
    await expect(page.getByTestId('synergy-definition')).toContainText('R − 1');
    await expect(page.getByTestId('synergy-definition')).toContainText('±5%');
    await expect(page.locator('#research-syn-year')).toHaveValue('2007');
    await page.getByRole('button', { name: 'Measure the synergy' }).click();
    await expect(page.getByTestId('synergy-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });

    await expect(page.getByTestId('synergy-meta')).toHaveText(/, 2007: seed 1, 2 replications × 7 variants of 1 sampled working days each/);
    const table = page.getByTestId('synergy-table');
    await expect(table.locator('tbody tr')).toHaveCount(10);
    for (const row of await table.locator('tbody tr').all()) expect(READINGS).toContain(await row.getAttribute('data-reading'));
    // the synergy of waiting: a signed percent with its 95% interval, or — when undefined
    await expect(page.getByTestId('synergy-meanWaitMinutes')).toHaveText(/^[+−-]?\d[\d.,]*% \[[+−-]?\d[\d.,]*%, [+−-]?\d[\d.,]*%\]$|^—$/);
    await expect(table.locator('tr[data-kpi="tripsPerCase"] td[data-function="approval"]')).toHaveText(/\d.*\[/);
    await expect(table.locator('thead')).toContainText('administrative complaint handling alone');
    await expect(page.getByTestId('synergy-chart')).toBeVisible();
    await expect(page.getByTestId('synergy-summary')).toContainText('±5%');
    await expect(page.getByTestId('synergy-command')).toContainText('--year 2007 --replications 2 --seed 1', { useInnerText: false });
  });

  test('a long synergy run moves by simulated days and can be cancelled', async ({ page }) => {
    await openApp(page, '#/research');
    await page.getByLabel('Base scenario').selectOption('tianjin-2007');
    await page.locator('#field-research-replications').fill('2');
    await page.locator('#field-research-days').fill('60');
    await page.getByRole('button', { name: 'Measure the synergy' }).click();
    // before any replication has finished, the days inside it move the bar
    await expect(page.getByTestId('synergy-status-progress')).toHaveJSProperty('max', 2);
    await expect.poll(async () => page.getByTestId('synergy-status-progress').evaluate((e) => (e as HTMLProgressElement).value), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('synergy-status-progress')).toHaveJSProperty('max', 2);
    await expect(page.locator('.synergy-panel').getByTestId('run-progress-days')).toContainText(/ of 868 working days simulated/);
    await page.locator('.synergy-panel').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('synergy-status')).toHaveAttribute('data-status', 'cancelled');
    await expect(page.getByTestId('synergy-results')).toHaveCount(0);
  });
});

test.describe('Research: the five-in-one synergy (中文)', () => {
  test.use({ locale: 'zh-CN' });

  test('“五合一”的协同效应：中文判读与各职能单独整合', async ({ page }) => {
    await openApp(page, '#/research');
    await expect(page.getByRole('heading', { name: '“五合一”的协同效应（“1+1>2”）' })).toBeVisible();
    await page.getByLabel('基准情景').selectOption('tianjin-2007');
    await page.locator('#field-research-replications').fill('2');
    await page.locator('#field-research-days').fill('1');
    await page.getByRole('button', { name: '测算协同效应' }).click();
    await expect(page.getByTestId('synergy-status')).toHaveAttribute('data-status', 'done', { timeout: 80_000 });
    const table = page.getByTestId('synergy-table');
    await expect(table.locator('thead')).toContainText('仅行政投诉办理');
    await expect(table.locator('tbody tr')).toHaveCount(10);
    await expect(table.locator('tbody td.verdict').first()).toHaveText(/放大|抵消|低于阈值|不显著|无法计算/);
  });
});
