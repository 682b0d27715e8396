/**
 * Issue 12 point 7 (determinism): the same scenario and seed give identical KPIs in the CLI and in
 * the browser's worker pool, whatever the number of workers. The page's pool has
 * max(1, cores − 1) workers, so each test reports 2, 3 or 5 cores (navigator.hardwareConcurrency)
 * to get 1, 2 or 4 workers, imports Dalian 2009 (seed and simulated days changed) into the library
 * and opens it as Plan's scenario, runs it through the UI, checks that many workers really ran
 * (Playwright lists the page's live workers), downloads the result as JSON, runs the scenario
 * it carries with `onewindow run --json --seed S --replications R` and compares every KPI's mean
 * and interval exactly (===), not within a tolerance.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, openApp, test } from './fixtures';

const run = promisify(execFile);
const SEED = 20261205;
const REPLICATIONS = 6;
const DAYS = 3;

interface Estimate {
  mean: number;
  ci95: [number, number];
}

/** The CLI's answer for one scenario file: KPIs by name (the configuration values are listed apart). */
async function cliKpis(scenario: unknown): Promise<{ kpis: Record<string, Estimate>; configuration?: Record<string, number> }> {
  const dir = await mkdtemp(join(tmpdir(), 'onewindow-determinism-'));
  const file = join(dir, 'plan.scenario.json');
  await writeFile(file, JSON.stringify(scenario));
  const { stdout } = await run('node', ['src/cli/onewindow.mjs', 'run', file, '--json', '--seed', String(SEED), '--replications', String(REPLICATIONS)], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

for (const workers of [1, 2, 4]) {
  test(`Plan's run with ${workers} worker(s) gives exactly the KPIs of onewindow run --seed ${SEED} --replications ${REPLICATIONS}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript((cores) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => cores, configurable: true }), workers + 1);
    await page.addInitScript(() => localStorage.setItem('onewindow.locale', 'en'));
    await openApp(page, '#/plan');
    const preset = JSON.parse(await readFile('models/presets/dalian-2009.scenario.json', 'utf8'));
    const scenario = { ...preset, name: 'determinism', seed: SEED, simulation: { ...preset.simulation, days: DAYS } };
    await page.getByTestId('library-import').setInputFiles({ name: 'determinism.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    const entry = page.getByTestId('library-list').locator('li', { hasText: 'determinism' });
    await entry.getByRole('button', { name: 'Open' }).click();
    await page.locator('#field-replications').fill(String(REPLICATIONS));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.locator('p.run-status')).toHaveAttribute('data-status', 'done', { timeout: 150_000 });
    // every slot got work (more chunks than workers), so the pool started exactly `workers` workers
    expect(page.workers()).toHaveLength(workers);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('results').getByRole('button', { name: 'Download JSON', exact: true }).click()]);
    const browser = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(browser.seed).toBe(SEED);
    expect(browser.replications).toBe(REPLICATIONS);
    expect(browser.scenario.simulation.days).toBe(DAYS);

    const cli = await cliKpis(browser.scenario);
    const names = Object.keys(cli.kpis);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(browser.kpis[name]?.mean, `${name} mean`).toBe(cli.kpis[name].mean);
      expect(browser.kpis[name]?.ci95, `${name} 95% CI`).toEqual(cli.kpis[name].ci95);
    }
    for (const [name, value] of Object.entries(cli.configuration ?? {})) expect(browser.kpis[name]?.mean, name).toBe(value);
  });
}
