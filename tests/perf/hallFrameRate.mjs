// Frame rate of the animated hall in Learn with about 5,000 applicants a day (issue 11 item 3):
// Dalian 2009 on both sides (≈ 5,000 cases arriving on the day), played at 60 working minutes a
// second in Debian's Chromium, counting animation frames and long tasks for a few seconds.
// A measurement to report, not a test. Build first:
//   npx vite build && node tests/perf/hallFrameRate.mjs [seconds]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const seconds = Number(process.argv[2] ?? 5);
const port = await new Promise((res) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const server = spawn('./node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en' });
  await page.goto(`http://127.0.0.1:${port}/#/learn`);
  await page.selectOption('#hall-preset-a', 'dalian-2009');
  await page.selectOption('#hall-preset-b', 'dalian-2009');
  await page.getByTestId('hall-load').click();
  await page.getByTestId('hall-canvas-a').waitFor();
  await page.selectOption('#hall-speed', '60');
  const arrived = await page.getByTestId('hall-day-a-arrived').textContent();
  await page.getByTestId('hall-canvas-a').scrollIntoViewIfNeeded();
  await page.getByTestId('hall-play').click();
  const result = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const gaps = [];
        let long = 0;
        let longMs = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            long++;
            longMs += e.duration;
          }
        });
        try {
          observer.observe({ type: 'longtask', buffered: false });
        } catch {
          /* no long-task timing */
        }
        const start = performance.now();
        let last = start;
        const tick = (now) => {
          gaps.push(now - last);
          last = now;
          if (now - start < ms) requestAnimationFrame(tick);
          else {
            observer.disconnect();
            gaps.shift();
            gaps.sort((a, b) => a - b);
            resolve({ frames: gaps.length, fps: gaps.length / ((now - start) / 1000), medianGapMs: gaps[Math.floor(gaps.length / 2)], p95GapMs: gaps[Math.floor(gaps.length * 0.95)], maxGapMs: gaps[gaps.length - 1], longTasks: long, longTaskMs: Math.round(longMs) });
          }
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
        });
      }),
    seconds * 1000,
  );
  console.log(`hall: Dalian 2009 × 2 (${arrived} cases arriving on the day each), 60 min/s, ${seconds} s`);
  console.log(JSON.stringify(result));
  await browser.close();
} finally {
  server.kill();
}
