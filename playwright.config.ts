/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the built app,
 * served by `vite preview`. `npm run test:e2e` installs the browser if needed and builds first.
 */
import { defineConfig } from '@playwright/test';

// Not 4173 (where `npm start` serves the app), and never a server already running: several
// engineers' trees run the suite at once, each with its own E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 4319);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    // Traces are opt-in (PW_TRACE=1): several engineers run the suite in one tree, and a run that
    // starts clears outputDir under another run's open trace files (ENOENT on context close).
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    // The built app registers a service worker that precaches every file (~3 MB); only the
    // offline spec needs it (it sets serviceWorkers: 'allow'), the others run without it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `./node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
