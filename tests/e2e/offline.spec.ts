/**
 * Offline and intranet use (issue 12 item 5): after one visit the service worker has every file of
 * the build, so with the network off the app reloads, every view opens (Learn's ELK diagrams
 * included) and a simulation runs; and `dist/` works from any path of any static server (the
 * build's base is relative), shown here under a sub-path.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { useEveryView } from './everyView';
import { expect, openApp, test } from './fixtures';

test.use({ locale: 'en-US' });

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker precaches the build; with the network off the app reloads, every view opens and a simulation runs', async ({ page, context, guard }) => {
    await openApp(page, '#/plan');
    // the worker is active (installing it downloaded and cached every file) and controls the page
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: 'OneWindow 一窗', start_url: './', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    await context.setOffline(true);
    // the network really is off: a URL the worker has not cached fails
    expect(await page.evaluate(() => fetch('./not-cached.txt').then(() => 'loaded', () => 'failed'))).toBe('failed');
    // …and the browser logs that one failure, which the fixture would count against the app: take it out
    const refused = 'console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
    await expect.poll(() => guard.problems.indexOf(refused)).toBeGreaterThanOrEqual(0);
    guard.problems.splice(guard.problems.indexOf(refused), 1);
    await page.reload();
    await expect(page.locator('.app-header')).toBeVisible();
    await useEveryView(page);
    await context.setOffline(false);
  });
});

test.describe('served from a sub-path of an intranet server', () => {
  const prefix = '/intranet/onewindow/';

  test('dist/ under a sub-path: every file is fetched below it, every view opens and a simulation runs', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const outsidePrefix: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith(prefix)) outsidePrefix.push(url.pathname);
    });
    // a static file server for dist/ at the sub-path (the files as they are; no rewriting)
    await context.route(`${origin}${prefix}**`, async (route) => {
      const path = new URL(route.request().url()).pathname.slice(prefix.length) || 'index.html';
      const file = normalize(join('dist', decodeURIComponent(path)));
      if (!file.startsWith('dist')) return route.fulfill({ status: 403 });
      const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
      try {
        await route.fulfill({ body: await readFile(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
      } catch {
        await route.fulfill({ status: 404, body: 'not found' });
      }
    });
    await openApp(page, `${prefix.slice(1)}#/plan`);
    await useEveryView(page);
    expect(outsidePrefix).toEqual([]);
  });
});
