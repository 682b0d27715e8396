/** Spawning the real `onewindow` bin for CLI tests, and temp scenario files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/onewindow.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node src/cli/onewindow.mjs ...args` from the repo root. */
export function cli(args: string[], cwd = root): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ONEWINDOW_DEBUG: '' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export const tempDir = mkdtempSync(join(tmpdir(), 'onewindow-cli-'));
// registered in the importing test file: its temp files go when it ends
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** Writes `content` (an object → JSON, or a raw string) to a temp file and returns its path. */
export function tempFile(name: string, content: unknown): string {
  const file = join(tempDir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** A small M/M/c network: λ = 1.5/min, μ = 1/min, c servers, a short stop. */
export function mmc(servers: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'onewindow/network',
    version: 1,
    name: `M/M/${servers} test`,
    seed: 7,
    replications: 4,
    stop: { minutes: 3000 },
    warmup: { minutes: 200 },
    classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 1.5 } } }],
    stations: [{ id: 'hall', servers, discipline: 'fifo', service: { dist: 'exponential', rate: 1 } }],
    routing: { hall: [{ to: 'exit', p: 1 }] },
    ...extra,
  };
}

export interface JsonEstimate {
  mean: number;
  ci95: [number, number];
}

export interface RunJson {
  name: string;
  seed: number;
  replications: number;
  kpis: Record<string, JsonEstimate>;
  stations: Record<string, Record<string, JsonEstimate>>;
  classes: Record<string, Record<string, JsonEstimate>>;
  analytic: Record<string, unknown>;
  events: number;
  engineSeconds: number;
}

/** The run JSON without the wall-clock field, for determinism checks. */
export function withoutTiming(o: RunJson): Omit<RunJson, 'engineSeconds'> {
  const { engineSeconds: _drop, ...rest } = o;
  return rest;
}
