/**
 * The shared fixture of every end-to-end test: the test fails if the page (or one of its
 * workers) logs a console error or throws, or if anything requests a URL outside the page's
 * origin (the app must work offline on an intranet: no CDNs, fonts or telemetry), or if the
 * Content Security Policy refuses anything (a `securitypolicyviolation` event). Such requests are
 * also aborted so nothing leaves the machine. Each test records what it saw as an annotation
 * `requests` (same-origin and foreign counts) in the report (test-results/e2e.json).
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Guard {
  /** problems seen so far; the fixture asserts this is empty after the test */
  problems: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, page, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const problems: string[] = [];
      const foreign = (url: URL) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;

      let sameOrigin = 0;
      const seen = new Set<string>();
      const outside = (url: string) => {
        if (seen.has(url)) return;
        seen.add(url);
        problems.push(`request outside ${origin}: ${url}`);
      };
      await context.route(foreign, async (route) => {
        outside(route.request().url());
        await route.abort('blockedbyclient');
      });
      context.on('request', (request) => {
        if (foreign(new URL(request.url()))) outside(request.url());
        else sameOrigin++;
      });
      // A CSP refusal in a page reaches the test as a console error (and so as a problem).
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      context.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      context.on('weberror', (error) => problems.push(`uncaught error: ${error.error().message}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

      await use({ problems });

      testInfo.annotations.push({ type: 'requests', description: `${sameOrigin} same-origin, ${seen.size} outside the origin (aborted)` });

      expect(problems, 'console errors, uncaught errors or requests outside the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open the app (optionally at a hash route) and wait for the shell. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.locator('.app-header')).toBeVisible();
}

/** Replace an input's value as a user would (select all, type). */
export async function typeInto(page: Page, label: RegExp | string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: typeof label === 'string' });
  await input.fill(value);
}
