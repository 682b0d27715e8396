/**
 * Issue 12 point 1 — the real `onewindow` process on a sample of bad documents, including each
 * one the issue lists: exit 0 (ok) or 2 (input refused, one `error:` line naming field and rule),
 * never 1 (internal error) and never a stack trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli, tempFile } from '../cli/cliHelpers';
import { asInput, mutated, preset } from './fuzzDocs';
import { SEED } from './fuzzRun';

const mm10 = preset('mm10-network');
const hangzhou = preset('hangzhou');
const station = (id: string) => ({ ...mm10, stop: { minutes: 100 }, warmup: { minutes: 0 }, stations: [{ id, servers: 10, service: { dist: 'exponential', rate: 1 } }], classes: [{ id: 'c', arrivals: { to: id, interarrival: { dist: 'exponential', rate: 9 } } }], routing: {} });
const withArrivals = (a: Record<string, unknown>) => ({ ...mm10, classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 9 }, ...a } }] });

/** The documents of issue 12's list, as files: [name, content, exit codes allowed]. */
const ISSUE_DOCS: Array<[string, unknown, number]> = [
  ['constructor-id', station('constructor'), 0],
  ['tostring-id', station('toString'), 0],
  ['valueof-id', station('valueOf'), 0],
  ['deep-name', `{"type":"onewindow/network","version":1,"name":${'['.repeat(5000)}1${']'.repeat(5000)}}`, 2],
  ['erlang-k', { ...mm10, stations: [{ id: 'hall', servers: 10, service: { dist: 'erlang', k: 1e9, mean: 1 } }] }, 2],
  ['multiplier', withArrivals({ profile: { periodMinutes: 60, multipliers: [1e29, 1] } }), 2],
  ['rate', { ...mm10, classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 1e9 } } }] }, 2],
  ['stop-minutes', { ...mm10, stop: { minutes: 1e300 } }, 2],
  ['long-profile', withArrivals({ profile: { periodMinutes: 60, multipliers: new Array(200_000).fill(1) } }), 2],
  ['max-events', { ...mm10, stop: { minutes: 100, maxEvents: 5 } }, 2],
  ['hangzhou-volume', { ...hangzhou, demand: { ...(hangzhou.demand as object), annualVolume: 1e12 } }, 2],
  ['timeline-factor', JSON.stringify({ ...preset('dalian-replay'), timeline: [{ kind: 'demand.change', year: 2005, factor: 1 }] }).replace('"factor":1', '"factor":1e999'), 2],
  ['ten-mb-message', { ...mm10, name: new Array(100_000).fill('x'.repeat(100)) }, 2],
  ['bom', `\uFEFF${JSON.stringify({ ...mm10, stop: { minutes: 100 }, warmup: { minutes: 0 } })}`, 0],
  ['malformed', '{"type": "onewindow/network", "version": 1,', 2],
];

function expectOneLine(name: string, r: { code: number; stdout: string; stderr: string }, allowed: number[]) {
  expect(allowed, `${name}: exit ${r.code}: ${r.stderr.slice(0, 300)}`).toContain(r.code);
  if (r.code === 2) {
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, name).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: .+: invalid /);
    expect(lines[0].length).toBeLessThanOrEqual(420);
  }
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('onewindow on bad input (issue 12 point 1)', () => {
  it('each document of the issue: validate exits 0 or 2 with one line, never 1', { timeout: 240_000 }, async () => {
    for (const [name, content, code] of ISSUE_DOCS) {
      const r = await cli(['validate', tempFile(`${name}.json`, content)]);
      expectOneLine(name, r, [code]);
    }
  });

  it('the accepted ones run to the end (exit 0); stop.maxEvents 5 is refused (exit 2)', { timeout: 240_000 }, async () => {
    for (const [name, content, code] of ISSUE_DOCS.filter(([n, , c]) => c === 0 || n === 'max-events')) {
      const r = await cli(['run', tempFile(`${name}.json`, content), '--replications', '1', '--json', '--workers', '1']);
      expectOneLine(name, r, [code]);
      if (code === 0) expect(JSON.parse(r.stdout)).toHaveProperty('kpis');
    }
  });

  it('a sample of mutated documents: run exits 0 or 2, never 1', { timeout: 240_000 }, async () => {
    const small = { ...mm10, stop: { minutes: 200 }, warmup: { minutes: 0 } };
    const docs = fc.sample(mutated(small).chain(asInput), { seed: SEED, numRuns: 6 });
    for (const [i, d] of docs.entries()) {
      const r = await cli(['run', tempFile(`mutated-${i}.json`, 'text' in d ? d.text : d.object), '--replications', '1', '--json', '--workers', '1']);
      expectOneLine(`mutated-${i}`, r, [0, 2]);
    }
  });
});
