import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const current = (page: Page) => page.locator('.stage-track [aria-current="step"]');

async function integrate(page: Page, fn: string, labels: { colocate: string; integrate: string }) {
  const row = page.locator(`[data-function="${fn}"]`);
  await row.getByRole('button', { name: labels.colocate }).click();
  await row.getByRole('button', { name: labels.integrate }).click();
  await expect(row).toHaveAttribute('data-level', 'integrated');
}

test.describe('Learn view in English', () => {
  test.use({ locale: 'en-US' });

  test('stepping the stage machine by what the centre does, with the paper’s text for each stage', async ({ page }) => {
    await openApp(page, '#/learn');
    await expect(page).toHaveTitle(/Learn/);
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
    await expect(current(page)).toHaveAttribute('data-stage', 'dispersed');
    // the baseline is labelled as this model's, not quoted: the paper's sentence describes stage 1
    const detail = page.getByTestId('stage-detail');
    await expect(detail).toContainText('The baseline before stage 1: there is no centre yet.');
    await expect(detail.locator('[data-source="label"]')).toContainText('not the paper’s words');
    await expect(detail.locator('blockquote')).toHaveCount(0);
    await expect(detail).not.toContainText('mainly concentrated');

    await page.locator('#learn-accepted').fill('60');
    await expect(current(page)).toHaveAttribute('data-stage', 'stage1');
    await expect(page.getByTestId('stage-detail')).toContainText('centralised acceptance, separate processing');
    await expect(page.getByTestId('stage-detail')).toContainText('one window outward');
    await expect(page.getByTestId('stage-detail').locator('blockquote')).toContainText('mainly concentrated');

    await page.locator('#learn-decided').fill('70');
    await expect(current(page)).toHaveAttribute('data-stage', 'stage2');
    await expect(page.getByTestId('stage-detail')).toContainText('whole units');

    for (const s of ['Administrative approval', 'Government procurement', 'Land auction, bidding and listing', 'Convenience services']) {
      await page.getByRole('checkbox', { name: s }).check();
    }
    await expect(current(page)).toHaveAttribute('data-stage', 'stage2');
    const labels = { colocate: 'Co-locate', integrate: 'Integrate' };
    for (const fn of ['openness', 'approval', 'complaints']) await integrate(page, fn, labels);
    await expect(current(page)).toHaveAttribute('data-stage', 'stage3');
    await expect(page.getByTestId('stage-detail')).toContainText('government procurement');
    await expect(page.getByTestId('integration-index')).toContainText('60%');

    // the stage follows the measurement back down
    await page.locator('#learn-decided').fill('20');
    await expect(current(page)).toHaveAttribute('data-stage', 'stage1');

    await page.getByRole('button', { name: 'Start again (no centre)' }).click();
    await expect(current(page)).toHaveAttribute('data-stage', 'dispersed');
    await expect(page.locator('[data-function="approval"]')).toHaveAttribute('data-level', 'separate');
  });

  test('integration needs co-location first', async ({ page }) => {
    await openApp(page, '#/learn');
    const row = page.locator('[data-function="complaints"]');
    await expect(row.getByRole('button', { name: 'Integrate' })).toBeDisabled();
    await row.getByRole('button', { name: 'Co-locate' }).click();
    await expect(row).toHaveAttribute('data-level', 'colocated');
    await expect(row.getByRole('button', { name: 'Co-locate' })).toBeDisabled();
  });
});

test.describe('the five models as case statecharts (English)', () => {
  test.use({ locale: 'en-US' });

  test('steps a reception-only case to the end and compares it across the six types', async ({ page }) => {
    await openApp(page, '#/learn');
    await page.getByLabel('Centre type').selectOption('physicalUnification');
    await expect(page.getByTestId('model-profile')).toContainText('Hangzhou');
    await page.getByLabel('How its department is stationed').selectOption('reception');
    const walk = page.getByTestId('case-walk');
    for (let i = 0; i < 20 && (await walk.getByRole('button', { name: /^Next:/ }).count()) > 0; i++) {
      await walk.getByRole('button', { name: /^Next:/ }).click();
    }
    await expect(walk.getByRole('status')).toHaveText('The case is done.');
    await expect(walk).toContainText('processed by the department’s office in the same building');
    await expect(walk).not.toContainText('headquarters (两头办理)');

    // the same case, needing headquarters too: two-end processing in stage-1 types, never in physical unification
    const row = (type: string) => page.locator(`tr[data-type="${type}"]`);
    await expect(row('physicalUnification').locator('[data-col="twoEnd"]')).toHaveText('no');
    await expect(row('comprehensive').locator('[data-col="twoEnd"]')).toHaveText('yes');
    await expect(row('approvalBureau').locator('[data-col="inCentre"]')).toHaveText('yes');
    const trips = async (type: string) => Number(await row(type).locator('[data-col="trips"]').textContent());
    expect(await trips('physicalUnification')).toBeLessThan(await trips('comprehensive'));

    await walk.getByRole('button', { name: 'Start the case again' }).click();
    await expect(walk).toHaveAttribute('data-state', 'notArrived');
  });
});

test.describe('Learn view in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('shows the stages with the paper’s own words', async ({ page }) => {
    await openApp(page, '#/learn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习：行政服务中心的三个发展时期');
    await expect(page.getByTestId('stage-detail')).toContainText('第一阶段之前的基线');
    await expect(page.getByTestId('stage-detail')).toContainText('非论文原文');
    await page.locator('#learn-accepted').fill('80');
    await expect(current(page)).toContainText('集中受理、分头办理');
    await expect(page.getByTestId('stage-detail')).toContainText('一個窗口對外');
    await expect(page.getByTestId('stage-detail')).toContainText('论文原文');
    await page.locator('#learn-decided').fill('80');
    await expect(current(page)).toContainText('集中受理、相对集中办理');
    await integrate(page, 'complaints', { colocate: '合署办公', integrate: '整合' });
    await expect(page.locator('[data-function="complaints"]')).toContainText('已整合');
  });
});
