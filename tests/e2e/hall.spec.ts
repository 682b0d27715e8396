/**
 * The animated hall in Learn (issue 11 items 3 and 7): load a day for two centres, play it, scrub
 * to closing time and check the live counters against the run's figures for the day beside them.
 * In both languages.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const KEYS = ['arrived', 'waiting', 'served', 'trips', 'meanWait', 'files', 'decided'];

async function playAndScrub(page: Page, labels: { load: string; play: string; pause: string }) {
  await openApp(page, '#/learn');
  const hall = page.getByTestId('hall');
  await hall.scrollIntoViewIfNeeded();
  await hall.getByRole('button', { name: labels.load }).click();
  await expect(page.getByTestId('hall-canvas-a')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('hall-canvas-b')).toBeVisible();
  // nothing has happened at opening
  await expect(page.getByTestId('hall-now-b-served')).toHaveText('0');

  // play: the clock moves and the counters with it
  await page.getByTestId('hall-play').click();
  await expect(page.getByTestId('hall-play')).toHaveText(labels.pause);
  await expect(page.getByTestId('hall-now-b-arrived')).not.toHaveText('0', { timeout: 20_000 });
  await page.getByTestId('hall-play').click();
  await expect(page.getByTestId('hall-play')).toHaveText(labels.play);

  // scrub to the end of the day: every counter equals the run's figure for the day
  const slider = page.getByTestId('hall-time');
  await slider.focus();
  await page.keyboard.press('End');
  const max = await slider.getAttribute('max');
  await expect(slider).toHaveValue(max ?? '480');
  for (const side of ['a', 'b']) {
    for (const key of KEYS) {
      const day = (await page.getByTestId(`hall-day-${side}-${key}`).textContent()) ?? '';
      await expect(page.getByTestId(`hall-now-${side}-${key}`)).toHaveText(day);
    }
  }
  const served = Number(((await page.getByTestId('hall-day-b-served').textContent()) ?? '').replace(/[^\d]/g, ''));
  expect(served).toBeGreaterThan(1000);

  // keys on the hall: Home goes back to opening
  await page.getByTestId('hall-canvas-a').click();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  await expect(page.getByTestId('hall-now-a-served')).toHaveText('0');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('5');
}

test.describe('the animated hall', () => {
  test.describe.configure({ timeout: 180_000 });

  test.describe('in English', () => {
    test.use({ locale: 'en-US' });
    test('plays a day for two centres; at closing the counters equal the run’s figures for the day', async ({ page }) => {
      await playAndScrub(page, { load: 'Load the day', play: 'Play', pause: 'Pause' });
      await expect(page.getByTestId('hall-clock')).toContainText('after opening');
    });
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });
    test('播放一天；关门时的计数等于本次运行这一天的数字', async ({ page }) => {
      await playAndScrub(page, { load: '载入这一天', play: '播放', pause: '暂停' });
      await expect(page.getByTestId('hall-clock')).toContainText('开门后');
    });
  });
});
