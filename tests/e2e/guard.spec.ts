/** The shared fixture's own test: it must notice what it is there to forbid. */
import { expect, openApp, test } from './fixtures';

test('the guard records requests outside the page origin, console errors and uncaught errors', async ({ page, guard }) => {
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
  expect(guard.problems.filter((p) => p.startsWith('request outside') && p.includes('192.0.2.1'))).toHaveLength(1);
  expect(guard.problems).toContain('console error: deliberate console error');

  // seen and checked: clear them so the fixture's own assertion passes
  guard.problems.length = 0;
});
