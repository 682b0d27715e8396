import { expect, openApp, test } from './fixtures';

test.describe('app shell (English browser)', () => {
  test.use({ locale: 'en-US' });

  test('loads with title, navigation, Plan as the start page and the offline note', async ({ page }) => {
    await openApp(page);
    await expect(page).toHaveTitle(/OneWindow/);
    await expect(page).toHaveTitle(/Plan/);
    const nav = page.getByRole('navigation', { name: 'Views' });
    await expect(nav.getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: simulate a service centre');
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('dalian-2009');
    await expect(page.locator('.app-footer')).toContainText('runs locally');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('an unknown route falls back to the start page', async ({ page }) => {
    await openApp(page, '#/nowhere');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan');
  });

  test('switching to Chinese changes the visible text and is remembered after reload', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText('规划');
    await expect(page.getByRole('button', { name: '运行', exact: true })).toBeVisible();
    await expect(page.getByText('行政服务中心仿真与规划')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/一窗/);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('规划');
    await expect(page.getByRole('group', { name: '语言' }).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  });
});

test.describe('default language follows the browser (Chinese browser)', () => {
  test.use({ locale: 'zh-CN' });

  test('a zh-CN browser opens in Chinese', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '规划' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '情景' })).toHaveValue('dalian-2009');
    await expect(page.getByRole('combobox', { name: '情景' }).getByRole('option', { name: '大连市政府行政服务中心 2009（行政职能整合·五合一）' })).toBeAttached();
    await expect(page.locator('.app-footer')).toContainText('浏览器本地');
  });
});

test.describe('default language follows the browser (other browser)', () => {
  test.use({ locale: 'de-DE' });

  test('a non-Chinese browser opens in English', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Replications R')).toBeVisible();
  });
});
