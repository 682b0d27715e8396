/**
 * Issue 12 point 1 in the browser: a share link that is cut off, or that carries a scenario the
 * engine refuses (a 5,000-deep value, a `__proto__` key), shows a message in the current language;
 * the draft being edited stays as it was.
 */
import LZString from 'lz-string';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';

const departmentRow = (page: Page, id: string) => page.getByTestId('plan-dep-departments').locator(`tr[data-department="${id}"]`);
const windowsOf = (page: Page) => departmentRow(page, 'aic').getByRole('textbox', { name: /^windows · / });
const link = (json: string) => `/#/plan?scenario=${LZString.compressToEncodedURIComponent(json)}`;

test.describe('broken share links (issue 12)', () => {
  test('a cut-off link and links the engine refuses show a message; the draft is untouched', async ({ page }) => {
    await openApp(page);
    await windowsOf(page).fill('11');
    const note = page.getByTestId('share-note');

    const whole = link(await readFile('models/presets/dalian-2009.scenario.json', 'utf8'));
    await page.goto(whole.slice(0, Math.floor(whole.length / 2)));
    await expect(note).toContainText('The shared link could not be opened');
    await expect(windowsOf(page)).toHaveValue('11');

    const scenario = JSON.parse(await readFile('models/presets/dalian-2009.scenario.json', 'utf8'));
    const deep = JSON.stringify({ ...scenario, name: 0 }).replace('"name":0', `"name":${'['.repeat(5000)}1${']'.repeat(5000)}`);
    await page.goto(link(deep));
    await expect(note).toContainText('The shared link could not be opened');
    await expect(note).toContainText('must nest at most');
    await expect(windowsOf(page)).toHaveValue('11');

    const proto = JSON.stringify(scenario).replace('"mechanisms":{', '"mechanisms":{"__proto__":{"on":true},');
    await page.goto(link(proto));
    await expect(note).toContainText('reserved name');
    await expect(windowsOf(page)).toHaveValue('11');
  });
});
