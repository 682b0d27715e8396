#!/usr/bin/env node
/**
 * The JavaScript a first visit loads before a view shows its heading, gzipped (level 9) as a static
 * server would send it: serves dist/ on a free port, opens each route in Chromium (service worker
 * blocked: its background precache is not what the page waits for) and sums the .js files the page
 * requested (the simulation worker is counted apart; it loads with the first run).
 * Usage: npx vite build && node scripts/page-weight.mjs [--budget] [dist] [#/route …]
 * With --budget (`npm run weight` builds and runs it so), it exits 1 when a route with a budget in
 * BUDGET_KB loads more than its budget: a size check, not a timed test.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** Gzipped JS a first visit may load before the heading, in KB: the start page (Plan) and Plan by its route. */
export const BUDGET_KB = { '': 150, '#/plan': 150 };

const argv = process.argv.slice(2);
const budget = argv.includes('--budget');
const positional = argv.filter((a) => a !== '--budget');
const dist = positional[0] ?? 'dist';
const routes = positional.length > 1 ? positional.slice(1) : ['', '#/plan', '#/learn', '#/glossary'];
let over = 0;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = normalize(join(dist, path === '/' ? 'index.html' : decodeURIComponent(path)));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
for (const route of routes) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) files.add(path);
  });
  await page.goto(`http://127.0.0.1:${port}/${route}`);
  await page.locator('main .view:not([hidden]) h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const body = await readFile(join(dist, f));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  const limit = BUDGET_KB[route];
  const verdict = limit === undefined ? '' : gz / 1024 > limit ? ` — OVER the budget of ${limit} KB by ${kb(gz - limit * 1024)}` : ` — within the budget of ${limit} KB`;
  if (limit !== undefined && gz / 1024 > limit) over++;
  console.log(`${route || '(start page)'}: ${files.size} JS files, ${kb(raw)} raw, ${kb(gz)} gzipped${verdict}`);
  await context.close();
}
await browser.close();
server.close();
if (budget && over > 0) {
  console.error(`${over} route${over === 1 ? '' : 's'} over the first-page budget (BUDGET_KB in scripts/page-weight.mjs)`);
  process.exit(1);
}
