/**
 * Issue 10 items 2 and 7, in both languages: run Dalian 2009 in Plan, read the headline row and
 * the charts (axes with units, tooltips by pointer and keyboard, data tables), export CSV and
 * JSON and check what they carry (seed, replications, units, interval method; the scenario for
 * `onewindow run`), see the seed and the command line, and no sideways overflow at 390 px.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const TEXT = {
  en: {
    scenario: 'Scenario',
    run: 'Run',
    csv: 'Download CSV',
    json: 'Download JSON',
    waitX: 'Wait in queue (min)',
    leadX: 'Lead time (working days)',
    queueY: 'Applicants waiting (time average)',
    heatX: 'Hour after opening',
    flowCol: 'Decided at',
    standard: /meets the 15-minute standard|above the 15-minute standard/,
    tip: /^Waited \d+–\d+ min: \d+\.\d% of window visits/,
    flowTip: /cases per replication/,
    tripClasses: [/^at most one trip: \d+\.\d%$/, /^two trips \(.*\): \d+\.\d%$/, /^three or more trips \(.*\): \d+\.\d%$/],
    unit: 'min',
    table: 'Data table',
  },
  zh: {
    scenario: '情景',
    run: '运行',
    csv: '下载 CSV',
    json: '下载 JSON',
    waitX: '排队等候（分钟）',
    leadX: '办理时长（工作日）',
    queueY: '排队人数（时间平均）',
    heatX: '开门后第几个小时',
    flowCol: '办结地点',
    standard: /达到 15 分钟等候标准|超过 15 分钟等候标准/,
    tip: /^等候 \d+–\d+ 分钟：占窗口办理人次 \d+\.\d%/,
    flowTip: /每次重复/,
    tripClasses: [/^最多跑一次：\d+\.\d%$/, /^跑动两次（.*）：\d+\.\d%$/, /^跑动三次及以上（.*）：\d+\.\d%$/],
    unit: '分钟',
    table: '数据表',
  },
} as const;

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('results').getByRole('button', { name, exact: true }).click()]);
  return { file: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

for (const lang of ['en', 'zh'] as const) {
  const x = TEXT[lang];
  test.describe(`results and export (${lang})`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });

    test('Dalian 2009: headline, charts with tooltips, CSV/JSON with seed and units, command line, no overflow at 390 px', async ({ page }) => {
      await openApp(page, '#/plan');
      await expect(page.getByRole('combobox', { name: x.scenario })).toHaveValue('dalian-2009');
      await page.locator('#field-replications').fill('2');
      await page.getByRole('button', { name: x.run, exact: true }).click();
      await expect(page.getByRole('status')).toHaveAttribute('data-status', 'done', { timeout: 85_000 });
      const results = page.getByTestId('results');

      // the headline row: five KPIs with their CIs; the wait read against the 15-minute standard
      const headline = results.getByTestId('headline');
      await expect(headline.locator('.headline-card')).toHaveCount(5);
      for (const kpi of ['meanWaitMinutes', 'tripsPerCase', 'leadTimeDays', 'onTimeRate', 'complaintsPer10k'])
        await expect(headline.locator(`[data-kpi="${kpi}"] .headline-ci`)).toHaveText(/\[[\d.,%]+, [\d.,%]+\]/);
      await expect(headline.getByTestId('wait-standard')).toHaveText(x.standard);

      // the charts: SVG with axis labels in the language, a data table each
      const charts = results.getByTestId('result-charts');
      for (const [id, label] of [['wait-distribution', x.waitX], ['lead-time-distribution', x.leadX], ['queue-by-hour', x.queueY], ['utilisation-heatmap', x.heatX], ['case-flows', x.flowCol]] as const) {
        const chart = charts.getByTestId(`chart-${id}`);
        await expect(chart.locator('svg[role="img"]')).toBeVisible();
        await expect(chart.locator('svg text', { hasText: label }).first()).toBeAttached();
        expect(await chart.locator('[data-point]').count()).toBeGreaterThan(2);
        await expect(chart.locator('details.chart-data summary')).toHaveText(x.table);
        await expect(chart.getByRole('button', { name: 'SVG' })).toBeVisible();
      }
      // hover a bar: a tooltip with the bin and its share
      const waits = charts.getByTestId('chart-wait-distribution');
      await waits.locator('[data-point]').first().hover();
      await expect(waits.getByTestId('chart-tooltip')).toHaveText(x.tip);
      // keyboard: focus a flow of the Sankey
      const flows = charts.getByTestId('chart-case-flows');
      await flows.locator('path[data-point]').first().focus();
      await expect(flows.getByTestId('chart-tooltip')).toHaveText(x.flowTip);
      // the trip classes (跑动次数): at most one, two, three or more, each with its share
      const classes = flows.locator('.chart-legend li');
      await expect(classes).toHaveCount(3);
      for (let i = 0; i < 3; i++) await expect(classes.nth(i)).toHaveText(x.tripClasses[i]);
      // a chart downloads as SVG
      const [svgFile] = await Promise.all([page.waitForEvent('download'), waits.getByRole('button', { name: 'SVG' }).click()]);
      expect(svgFile.suggestedFilename()).toBe('wait-distribution.svg');
      const svgText = await readFile((await svgFile.path())!, 'utf8');
      expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svgText).toContain(x.waitX);

      // the seed and the equivalent command line
      await expect(results.getByTestId('plan-seed')).toHaveAttribute('data-seed', '1');
      await expect(results.getByTestId('plan-command')).toHaveText(/^npx onewindow run \S+\.scenario\.json --replications 2 --seed 1$/);

      // CSV: seed, replications, units, interval method
      const csv = await download(page, x.csv);
      const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      const header = lines[0].split(',');
      expect(header).toEqual(['scope', 'id', 'metric', 'label', 'mean', 'ci95_low', 'ci95_high', 'half_width', 'replications', 'theory', 'unit', 'interval_method', 'applies', 'seed']);
      const wait = lines.find((l) => l.startsWith('kpi,,meanWaitMinutes,'))!.split(',');
      expect(wait[header.indexOf('unit')]).toBe(x.unit);
      expect(wait[header.indexOf('replications')]).toBe('2');
      expect(wait[header.indexOf('seed')]).toBe('1');
      expect(['t', 'log-t', 'logit-t', 'clipped']).toContain(wait[header.indexOf('interval_method')]);
      expect(wait[header.indexOf('applies')]).toBe('yes');

      // JSON: the scenario with its seed and replications, so that `onewindow run` reproduces it
      const json = JSON.parse((await download(page, x.json)).text);
      expect(json.type).toBe('onewindow/run-result');
      expect(json.seed).toBe(1);
      expect(json.replications).toBe(2);
      expect(json.scenario.type).toBe('onewindow/centre');
      expect(json.scenario.seed).toBe(1);
      expect(json.scenario.replications).toBe(2);
      expect(json.kpis.meanWaitMinutes.n).toBe(2);
      expect(json.charts.flows.length).toBeGreaterThan(0);

      await charts.getByTestId('chart-case-flows').screenshot({ path: `test-results/results-${lang}-1440-case-flows.png` });
      await charts.getByTestId('chart-utilisation-heatmap').screenshot({ path: `test-results/results-${lang}-1440-heatmap.png` });
      // the print report: inputs shown, the form and buttons hidden; it makes a PDF
      await page.emulateMedia({ media: 'print' });
      await expect(results.locator('.print-inputs')).toBeVisible();
      await expect(results.locator('.print-inputs tbody tr')).toHaveCount(35);
      await expect(page.locator('.scenario-form')).toBeHidden();
      await expect(results.locator('.result-actions')).toBeHidden();
      await expect(charts.getByTestId('chart-queue-by-hour').locator('svg[role="img"]')).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.screenshot({ path: `test-results/results-${lang}-print.png` });
      await page.emulateMedia({ media: 'screen' });
      await expect(results.locator('.print-inputs')).toBeHidden();

      // a phone: nothing overflows sideways, the charts fit their box
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(charts.getByTestId('chart-case-flows').locator('svg[role="img"]')).toHaveAttribute('width', /^(2\d\d|3[0-8]\d)$/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // pictures to look at (not compared): the headline and each chart on a phone
      await headline.screenshot({ path: `test-results/results-${lang}-390-headline.png` });
      for (const id of ['wait-distribution', 'queue-by-hour', 'utilisation-heatmap', 'case-flows'])
        await charts.getByTestId(`chart-${id}`).screenshot({ path: `test-results/results-${lang}-390-${id}.png` });
    });
  });
}
