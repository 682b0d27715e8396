import { readFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';

test.describe('Research view (English)', () => {
  test.use({ locale: 'en-US' });

  test('sweep a lever with common random numbers: CI bands per KPI, seed and command lines, CSV and JSON downloads', async ({ page }) => {
    await openApp(page, '#/research');
    await expect(page).toHaveTitle(/Research/);
    await page.getByLabel('Base scenario').selectOption('tianjin-2007');
    await page.getByLabel('Lever', { exact: true }).selectOption('authorisationShare');
    await expect(page.getByTestId('research-lever-source')).toContainText('share 0–1');
    await page.getByLabel('Points (2–11)').fill('3');
    await page.locator('#field-research-replications').fill('2');
    await page.locator('#field-research-days').fill('2');
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(page.getByTestId('research-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

    const results = page.getByTestId('research-results');
    await expect(page.getByTestId('research-meta')).toHaveText('Seed 1, 2 replications of 2 working days at each of 3 points, common random numbers.');
    for (const k of ['meanWaitMinutes', 'leadTimeDays', 'tripsPerCase']) {
      const chart = page.getByTestId(`sweep-chart-${k}`);
      await expect(chart.locator('circle')).toHaveCount(3);
      await expect(chart.getByTestId('ci-band')).toHaveAttribute('d', /^M/);
    }
    await expect(results.locator('tr[data-value]')).toHaveCount(3);
    await expect(page.getByTestId('research-commands')).toContainText('npx onewindow run Tianjin-2007-comprehensive-service-authorisationShare-0.scenario.json --replications 2 --seed 1');
    await expect(page.getByTestId('research-commands')).toContainText('-authorisationShare-0.5.scenario.json --replications 2 --seed 1');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/sweep-authorisationShare\.csv$/);
    const csv = (await readFile((await csvDownload.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    // the columns of onewindow sweep --csv (src/domain/sweepCsv.ts), then the view's own
    expect(lines[0]).toBe('point,authorisationShare,scope,id,metric,mean,lo,hi,method,label,replications,seed,days');
    expect(lines.filter((l) => l.startsWith('1,0.5,kpi,,tripsPerCase,'))).toHaveLength(1);
    expect(lines.every((l, i) => i === 0 || l.endsWith(',2,1,2'))).toBe(true);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: 'Download JSON' }).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json).toMatchObject({ type: 'onewindow/sweep-result', lever: 'authorisationShare', values: [0, 0.5, 1], seed: 1, replications: 2, days: 2 });
    expect(json.points[2].scenario.departments[0].authorisationShare).toBe(1);
  });

  test('a sensitivity sweep of any registry parameter (P(materials complete)) shows its unit and source', async ({ page }) => {
    await openApp(page, '#/research');
    await page.getByLabel('Base scenario').selectOption('tianjin-2007');
    await page.getByLabel('Lever', { exact: true }).selectOption('param:behaviour.materialsCompleteP');
    await expect(page.getByTestId('research-lever-source')).toHaveText('probability · assumption');
    await page.getByLabel('From', { exact: true }).fill('0.5');
    await page.getByLabel('To', { exact: true }).fill('0.9');
    await page.getByLabel('Points (2–11)').fill('2');
    await page.locator('#field-research-replications').fill('2');
    await page.locator('#field-research-days').fill('1');
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(page.getByTestId('research-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('sweep-chart-tripsPerCase').locator('circle')).toHaveCount(2);
    await expect(page.getByTestId('research-commands')).toContainText('-param-behaviour.materialsCompleteP-0.9.scenario.json --replications 2 --seed 1');
  });

  test('each mechanism alone against the base, one chart row per mechanism', async ({ page }) => {
    await openApp(page, '#/research');
    await page.getByLabel('Base scenario').selectOption('tianjin-2007');
    await page.locator('#field-research-replications').fill('2');
    await page.locator('#field-research-days').fill('1');
    await page.locator('#research-oat-kpi').selectOption('leadTimeDays');
    await page.getByRole('button', { name: 'Compare each mechanism' }).click();
    await expect(page.getByTestId('oat-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    const results = page.getByTestId('oat-results');
    await expect(results.locator('tr[data-mechanism]')).toHaveCount(11);
    await expect(results.locator('tr[data-mechanism="parallelApproval"] th')).toHaveText(/^[+−]并联审批 parallel approval$/);
    await expect(page.getByTestId('oat-chart')).toBeVisible();
  });

  test('a bad range names the field and keeps the text', async ({ page }) => {
    await openApp(page, '#/research');
    await page.getByLabel('To', { exact: true }).fill('1.5');
    await page.getByRole('button', { name: 'Run the sweep' }).click();
    await expect(page.locator('[data-field-error="to"]')).toHaveText('To: must be between 0 and 1, got 1.5');
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('1.5');
    await expect(page.getByTestId('research-status')).toHaveAttribute('data-status', 'idle');
  });
});

test.describe('Research view (Chinese)', () => {
  test.use({ locale: 'zh-CN' });

  test('names levers and indicators in the paper’s Chinese', async ({ page }) => {
    await openApp(page, '#/research');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('研究：单参数扫描');
    await expect(page.getByLabel('杠杆', { exact: true })).toContainText('全部部门的授权到位率');
    await expect(page.locator('[data-view="research"]').getByLabel('跑动次数', { exact: true })).toBeVisible();
  });
});
