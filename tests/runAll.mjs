#!/usr/bin/env node
// `npm test`: every suite — Vitest (engine, models, app, client, worker, UI components, CLI) and
// Playwright end-to-end in Debian's Chromium — then one summary line `tests: N passed, N failed`
// taken from the runners' JSON reports (also written to test-results/summary.txt for .ci/run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

function sh(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const lines = [];

// 1. Vitest: every unit, property, theory, golden, component and CLI test.
const unitJson = join(out, 'unit.json');
rmSync(unitJson, { force: true });
const unitRc = sh(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  // a suite that failed to load (syntax error, missing import) has no tests: count it as a failure
  const brokenFiles = (unit.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  failed += brokenFiles;
  lines.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests + brokenFiles} failed`);
} else {
  failed += 1;
  lines.push(`unit: the runner produced no report (exit ${unitRc})`);
}

// 2. Playwright end-to-end against the built app in Chromium.
const e2eJson = join(out, 'e2e.json');
rmSync(e2eJson, { force: true });
let e2eRc = sh('bash', [join(root, 'tests/e2e/ensureBrowser.sh')]);
if (e2eRc === 0) e2eRc = sh(bin('vite'), ['build', '--logLevel', 'warn']);
if (e2eRc === 0) e2eRc = sh(bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
const e2e = existsSync(e2eJson) ? readJson(e2eJson) : undefined;
if (e2e?.stats) {
  const ok = (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  const bad = e2e.stats.unexpected ?? 0;
  passed += ok;
  failed += bad;
  // errors outside any test (webServer failed, config error) leave no test counted
  if (bad === 0 && e2eRc !== 0) failed += 1;
  lines.push(`e2e: ${ok} passed, ${bad} failed`);
} else {
  failed += 1;
  lines.push(`e2e: no report (exit ${e2eRc}); see the output above`);
}

const summary = `tests: ${passed} passed, ${failed} failed`;
writeFileSync(join(out, 'summary.txt'), summary + '\n');
for (const l of lines) console.log(l);
console.log(summary);
process.exit(failed === 0 && unitRc === 0 && e2eRc === 0 ? 0 : 1);
