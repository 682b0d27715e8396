/** The shared fixture's own test: it must notice what it is there to forbid. */
import { expect, openApp, test } from './fixtures';

test('the guard records requests outside the page origin, CSP refusals, console errors and uncaught errors', async ({ page, guard }) => {
  await openApp(page);
  expect(guard.problems).toEqual([]);

  await page.evaluate(async () => {
    await fetch('http://192.0.2.1/telemetry').catch(() => undefined);
    console.error('deliberate console error');
    setTimeout(() => {
      throw new Error('deliberate uncaught error');
    }, 0);
  });
  await expect.poll(() => guard.problems.some((p) => p.includes('deliberate uncaught error'))).toBe(true);
  expect(guard.problems).toContain('console error: deliberate console error');
  // the page's Content Security Policy (connect-src 'self') refuses the fetch before it is sent
  expect(guard.problems.some((p) => p.startsWith('console error: CSP violation: connect-src refused http://192.0.2.1/telemetry'))).toBe(true);
  // a request the policy does not cover (leaving the page for another origin) is recorded and aborted
  await page.goto('http://192.0.2.1/telemetry').catch(() => undefined);
  expect(guard.problems.filter((p) => p.startsWith('request outside') && p.includes('192.0.2.1'))).toHaveLength(1);

  // seen and checked: clear them so the fixture's own assertion passes
  guard.problems.length = 0;
});
