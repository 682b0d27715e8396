import { expect, openApp, test } from './fixtures';

// A projection runs 14 years × trajectories in the page's workers: allow minutes on a busy machine.
test.describe.configure({ timeout: 300_000 });

test.describe('Evolution view in English', () => {
  test.use({ locale: 'en-US' });

  test('the Dalian replay is one click from the start page: stages by year, events with the paper, KPI charts with CI bands', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('dalian-replay-link').click();
    await expect(page).toHaveTitle(/Evolution/);
    await expect(page.getByTestId('evolution-progress')).toBeVisible();
    // progress by simulated days from inside a trajectory, before any trajectory has finished
    await expect(page.getByTestId('evolution-progress')).toContainText(/0 of 4.*· [\d,]+ of [\d,]+ working days/, { timeout: 60_000 });
    const results = page.getByTestId('evolution-results');
    await expect(results).toBeVisible({ timeout: 280_000 });
    const strip = page.getByTestId('stage-strip');
    await expect(strip.locator('[data-year]')).toHaveCount(14);
    await expect(strip.locator('[data-year="2002"]')).toHaveAttribute('data-stage', 'stage1');
    // the 2004–2006 reforms are phased over those years (models/programmes/dalianReplay.ts): stage 2 from 2006
    await expect(strip.locator('[data-year="2005"]')).toHaveAttribute('data-stage', 'stage1');
    await expect(strip.locator('[data-year="2006"]')).toHaveAttribute('data-stage', 'stage2');
    await expect(strip.locator('[data-year="2009"] .fn-integrated')).toHaveCount(5);
    await expect(strip.locator('[data-year="2015"]')).toHaveAttribute('data-stage', 'stage3');
    await page.getByTestId('evolution-events').locator('summary').click();
    await expect(page.getByTestId('evolution-events')).toContainText('the Administrative Licensing Law takes effect');
    await expect(page.getByTestId('evolution-events')).toContainText('《行政許可法》施行');
    for (const k of ['leadTimeDays', 'tripsPerCase', 'onTimeRate', 'staff', 'integrationIndex']) {
      const chart = page.getByTestId(`chart-${k}`);
      await expect(chart.locator('circle')).toHaveCount(14);
      await expect(chart.getByTestId('ci-band')).toHaveAttribute('d', /^M/);
    }
    await expect(page.getByTestId('national-panel')).toContainText('2,842');
    // what carries over from year to year: the staffing rule and the demand growth, with their sources
    const dynamics = page.getByTestId('projection-assumptions');
    await dynamics.locator('summary').click();
    await expect(dynamics.locator('tr[data-path="projection.staffing.follow"]')).toContainText('staff follow the load');
    await expect(dynamics.locator('tr[data-path="demand.growth"]')).toContainText('10.0%');
    await expect(dynamics.getByTestId('dynamics-command')).toContainText('--growth-from YEAR=RATE');
  });

  test('a city network shows its levels: municipal, 14 district/county centres, township centres', async ({ page }) => {
    await openApp(page, '#/evolution');
    await page.locator('#evolution-scenario').selectOption('dalian-city');
    await page.locator('#evolution-replications').fill('1');
    await page.getByRole('button', { name: 'Run the projection' }).click();
    const levels = page.getByTestId('city-levels');
    await expect(levels).toBeVisible({ timeout: 280_000 });
    await expect(levels.locator('tr[data-level]')).toHaveCount(3);
    await expect(levels.locator('tr[data-level="district"]')).toContainText('14');
  });
});

test.describe('Evolution view in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('runs a chosen number of trajectories, shows the stages in Chinese and the national figures', async ({ page }) => {
    await openApp(page, '#/evolution');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('演进');
    await page.locator('#evolution-replications').fill('0');
    await expect(page.getByText('请输入 1 到 100 之间的整数。')).toBeVisible();
    await expect(page.getByRole('button', { name: '运行推演' })).toBeDisabled();
    await page.locator('#evolution-replications').fill('2');
    await page.getByRole('button', { name: '运行推演' }).click();
    await expect(page.getByTestId('evolution-results')).toBeVisible({ timeout: 280_000 });
    await expect(page.getByTestId('stage-strip').locator('[data-year="2006"]')).toContainText('第二时期');
    await expect(page.getByTestId('evolution-results')).toContainText('2 条轨迹');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toBe('projection-2002-2015-seed1.csv');
    await expect(page.getByTestId('national-panel')).toContainText('乡镇(街道)便民服务中心');
  });
});
