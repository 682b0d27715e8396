import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

test.use({ locale: 'en-US' });

async function setFields(page: Page, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) await page.locator(`#field-${name}`).fill(value);
}

const status = (page: Page) => page.getByRole('status');

/** Open the Plan view on the M/M/c hall (the app opens on the Dalian preset). */
async function openMmc(page: Page) {
  await openApp(page, '#/plan');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('mmc');
  await expect(page.locator('#field-servers')).toBeVisible();
}

test('runs the M/M/c slice: mean wait with its CI beside Erlang C, and the histogram of waits', async ({ page }) => {
  await openMmc(page);
  await setFields(page, { arrivalRate: '9', serviceRate: '1', servers: '10', replications: '6', stopMinutes: '5000', warmupMinutes: '500' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  await expect(status(page)).toHaveAttribute('data-status', 'done');
  await expect(status(page)).toHaveText('Done: 6 replications.');
  await expect(page.locator('.run-progress-text')).toHaveText('6 / 6 replications');

  const wait = page.locator('tr[data-kpi="meanWaitMinutes"]');
  await expect(wait.locator('th')).toHaveText('Mean wait in queue (min)');
  await expect(wait.locator('[data-col="mean"]')).toHaveText(/^\d+\.\d{3}$/);
  await expect(wait.locator('[data-col="ci"]')).toHaveText(/^\[\d+\.\d{3}, \d+\.\d{3}\] ±\d+\.\d{3}$/);
  // Erlang C for λ = 9, μ = 1, c = 10: Wq = C(10, 9) / (cμ − λ) ≈ 0.669 min
  await expect(wait.locator('[data-col="theory"]')).toHaveText('0.669');

  for (const kpi of ['p90WaitMinutes', 'utilisation', 'meanQueueLength']) {
    await expect(page.locator(`tr[data-kpi="${kpi}"] [data-col="mean"]`)).not.toBeEmpty();
  }
  await expect(page.locator('tr[data-kpi="utilisation"] [data-col="mean"]')).toHaveText(/^(8\d|9\d)\.\d%$/);

  const chart = page.getByRole('img', { name: /Distribution of waiting times/ });
  await expect(chart).toBeVisible();
  expect(await chart.locator('rect.histogram-bar').count()).toBeGreaterThan(5);
  await expect(chart.locator('.histogram-marker-theory')).toHaveCount(1);
  await expect(chart.locator('.histogram-marker-mean')).toHaveCount(1);
});

test('cancels a long run, shows the cancelled state, then a new run succeeds', async ({ page }) => {
  await openMmc(page);
  await setFields(page, { replications: '1000', stopMinutes: '400000', warmupMinutes: '1000' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'running');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await expect(page.locator('.run-progress-text')).toHaveText(/\/ 1,?000 replications/);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'cancelled');
  await expect(status(page)).toContainText('Cancelled');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();

  await setFields(page, { replications: '3', stopMinutes: '3000', warmupMinutes: '300' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done');
  await expect(page.locator('tr[data-kpi="meanWaitMinutes"] [data-col="mean"]')).toHaveText(/^\d+\.\d{3}$/);
});

test('a bad input shows a message naming the field and the rule, and keeps the typed value', async ({ page }) => {
  await openMmc(page);
  const servers = page.locator('#field-servers');
  await servers.fill('0');
  await servers.blur();
  await expect(page.getByText('Windows c: must be an integer ≥ 1, got 0')).toBeVisible();
  await expect(servers).toHaveValue('0');
  await expect(servers).toHaveAttribute('aria-invalid', 'true');

  await page.locator('#field-arrivalRate').fill('nine');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByText('Arrival rate λ: must be a number, got “nine”')).toBeVisible();
  await expect(page.locator('#field-arrivalRate')).toHaveValue('nine');
  await expect(page.locator('#field-arrivalRate')).toBeFocused();
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('results')).toHaveCount(0);

  // the same rule in Chinese
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByText('窗口数 c：必须是 ≥ 1 的整数，当前为 0')).toBeVisible();
  await expect(servers).toHaveValue('0');
});

test('an unstable queue (λ ≥ cμ) is refused before it reaches the engine', async ({ page }) => {
  await openMmc(page);
  await setFields(page, { arrivalRate: '12' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByText('Arrival rate λ: must be less than c × μ = 10, or the queue grows without limit; got 12')).toBeVisible();
  await expect(page.getByText(/Offered load ρ = λ \/ \(c · μ\) = 1\.200/)).toBeVisible();
});

test('results download as CSV and the scenario as JSON; a scenario file runs, and the engine’s validation names the field', async ({ page }) => {
  await openMmc(page);
  await setFields(page, { replications: '3', stopMinutes: '3000', warmupMinutes: '300' });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('M-M-10-results.csv');
  const csvText = (await readFile((await csv.path())!, 'utf8')).replace(/^\uFEFF/, '');
  expect(csvText.split('\r\n')[0]).toBe('scope,id,metric,label,mean,ci95_low,ci95_high,half_width,replications,theory,unit,interval_method,applies,seed');
  expect(csvText).toMatch(/\r\nkpi,,meanWaitMinutes,Mean wait in queue,[\d.]+,[\d.]+,[\d.]+,[\d.]+,3,0\.66873/);

  const [scenarioFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario' }).click()]);
  const scenario = JSON.parse(await readFile((await scenarioFile.path())!, 'utf8'));
  expect(scenario).toMatchObject({ type: 'onewindow/network', replications: 3, stations: [{ id: 'hall', servers: 10 }] });

  // run it back from a file with a negative window count: the engine refuses it and names the field
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('file');
  const bad = { ...scenario, stations: [{ ...scenario.stations[0], servers: -1 }] };
  await page.locator('#scenario-file').setInputFiles({ name: 'bad.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByText('Loaded: bad.scenario.json')).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('run-error')).toContainText('stations[0].servers');

  await page.locator('#scenario-file').setInputFiles({ name: 'good.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done');

  await page.locator('#scenario-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "type": ') });
  await expect(page.getByText(/broken\.json is not valid JSON/)).toBeVisible();
});
