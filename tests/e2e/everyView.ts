/**
 * Helpers for specs that walk the whole app: every view, as the navigation lists them (no copy of
 * the list here), each waited for until its code is loaded and it shows its heading.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The route ids of the views, read from the navigation. */
export async function navViewIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.app-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^.*#\//, ''));
}

/** Go to a view by its nav link and wait until its chunk is loaded and its heading shows. */
export async function visit(page: Page, id: string): Promise<void> {
  await page.locator(`.app-nav a[href$="#/${id}"]`).click();
  const view = page.locator(`[data-view="${id}"]`);
  await expect(view).toBeVisible();
  await expect(view.locator('.view-loading')).toHaveCount(0);
  await expect(view.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Every view in turn; Learn's stage diagram laid out by ELK; a short M/M/c run in Plan (English UI). */
export async function useEveryView(page: Page): Promise<void> {
  const ids = await navViewIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(7);
  for (const id of ids) await visit(page, id);
  await visit(page, 'learn');
  await expect(page.getByTestId('stage-diagram').locator('[data-state]')).toHaveCount(4);
  await visit(page, 'plan');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('mmc');
  for (const [name, value] of Object.entries({ replications: '2', stopMinutes: '2000', warmupMinutes: '200' })) await page.locator(`#field-${name}`).fill(value);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const status = page.locator('[data-view="plan"]').getByRole('status');
  await expect(status).toHaveAttribute('data-status', 'done');
  await expect(status).toHaveText('Done: 2 replications.');
}
