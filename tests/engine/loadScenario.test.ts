import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ScenarioError, loadScenario, migrate } from '../../src/engine/scenario/loadScenario';
import { registerScenarioKind, scenarioTypes } from '../../src/engine/scenario/registry';
import { networkKind } from '../../src/engine/scenario/networkKind';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';

const base = () => ({
  type: 'onewindow/network',
  version: 1,
  name: 'M/M/10',
  seed: 1,
  replications: 20,
  stop: { minutes: 50000 },
  warmup: { minutes: 2000 },
  classes: [{ id: 'walk-in', arrivals: { to: 'hall', interarrival: { dist: 'exponential', rate: 9 } } }],
  stations: [{ id: 'hall', servers: 10, discipline: 'fifo', service: { dist: 'exponential', rate: 1 } }],
  routing: { hall: [{ to: 'exit', p: 1 }] },
});

/** Loads `base()` after `edit` and returns the error message (or 'ok'). */
function messageOf(edit: (d: ReturnType<typeof base> & Record<string, unknown>) => void): string {
  const d = base() as ReturnType<typeof base> & Record<string, unknown>;
  edit(d);
  try {
    loadScenario(d);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
}

describe('loadScenario', () => {
  it('accepts the issue-3 example and fills documented defaults', () => {
    const s = loadScenario(base()) as NetworkScenario;
    expect(s.type).toBe('onewindow/network');
    expect(s.stations[0].discipline).toBe('fifo');
    expect(s.classes[0].priority).toBe(0);
    expect(s.counters).toEqual([]);
    const minimal = loadScenario({
      type: 'onewindow/network',
      version: 1,
      stop: { customers: 10 },
      classes: [{ id: 'a', arrivals: { to: 's', interarrival: { dist: 'deterministic', value: 1 } } }],
      stations: [{ id: 's', service: { dist: 'deterministic', value: 0.5 } }],
    }) as NetworkScenario;
    expect(minimal).toMatchObject({ name: '', seed: 1, replications: 10, warmup: { minutes: 0 }, routing: {} });
    expect(minimal.stations[0].servers).toBe(1);
  });

  it('accepts a JSON string', () => {
    expect(loadScenario(JSON.stringify(base())).name).toBe('M/M/10');
  });

  it.each([
    ['stations[0].servers: must be an integer ≥ 1, got -2', (d: any) => (d.stations[0].servers = -2)],
    ['stations[0].servers: must be an integer ≥ 1 or "infinite", got "many"', (d: any) => (d.stations[0].servers = 'many')],
    ['replications: must be an integer ≥ 1, got 0', (d: any) => (d.replications = 0)],
    ['replications: must be an integer ≥ 1, got 2.5', (d: any) => (d.replications = 2.5)],
    ['stations[0].discipline: must be one of fifo, priority, edf, got "lifo"', (d: any) => (d.stations[0].discipline = 'lifo')],
    ['stations[0].service.dist: must be one of exponential, deterministic, erlang, gamma, lognormal, uniform, triangular, empirical, got "weibull"', (d: any) => (d.stations[0].service = { dist: 'weibull' })],
    ['stations[0].service.rate: must be a number > 0, got -1', (d: any) => (d.stations[0].service.rate = -1)],
    ['stations[0].service.rate: give exactly one of rate or mean, got 1', (d: any) => (d.stations[0].service.mean = 1)],
    ['stations[0].sevrers: is not a known field, got 3', (d: any) => (d.stations[0].sevrers = 3)],
    ['classes[0].arrivals.to: must name a station (hall), got "hal"', (d: any) => (d.classes[0].arrivals.to = 'hal')],
    ['routing.hall[0].to: must name a station (hall) or "exit", got "exitt"', (d: any) => (d.routing.hall[0].to = 'exitt')],
    ['routing.hall: branch probabilities must sum to at most 1, got 1.3', (d: any) => d.routing.hall.push({ to: 'hall', p: 0.3 })],
    ['routing.hall[0].p: must be a probability in [0, 1], got 1.5', (d: any) => (d.routing.hall[0].p = 1.5)],
    ['stop: give exactly one of minutes or customers, got {}', (d: any) => (d.stop = {})],
    ['warmup: must be "auto" or { "minutes": number ≥ 0 }, got "soon"', (d: any) => (d.warmup = 'soon')],
    ['warmup.minutes: must be less than stop.minutes (50000), got 60000', (d: any) => (d.warmup = { minutes: 60000 })],
    ['stations[0].id: is required, got nothing', (d: any) => delete d.stations[0].id],
    ['classes: must list at least one class, got []', (d: any) => (d.classes = [])],
    ['version: must be an integer from 1 to 1, got 7', (d: any) => (d.version = 7)],
    ['stations[1].id: must be unique, got "hall"', (d: any) => d.stations.push({ ...d.stations[0] })],
    ['stations[0].service.max: must be ≥ min (3), got 2', (d: any) => (d.stations[0].service = { dist: 'uniform', min: 3, max: 2 })],
    ['stations[0].service.weights: must have one weight per value (2), got [1]', (d: any) => (d.stations[0].service = { dist: 'empirical', values: [1, 2], weights: [1] })],
    ['routing.hall: cases of class walk-in can never reach exit from here, got [{"to":"hall","p":1}]', (d: any) => (d.routing.hall = [{ to: 'hall', p: 1 }])],
    ['classes[0].arrivals.interarrival: must have a mean > 0 (arrivals would never let the clock move), got {"dist":"deterministic","value":0}', (d: any) =>
      (d.classes[0].arrivals.interarrival = { dist: 'deterministic', value: 0 })],
    ['calendar.closing: must be one of serve-all, send-home, got "lock-in"', (d: any) => (d.calendar = { closing: 'lock-in' })],
    ['stations[0].schedule.windows[1].start: must be greater than the previous window’s start, got 10', (d: any) =>
      (d.stations[0].schedule = { periodMinutes: 60, windows: [{ start: 30, servers: 1 }, { start: 10, servers: 2 }] })],
  ])('rejects with "invalid %s"', (expected, edit) => {
    expect(messageOf(edit)).toBe(`invalid ${expected}`);
  });

  it('exposes path and rule on the error', () => {
    const d = base();
    (d.stations[0] as Record<string, unknown>).servers = -2;
    try {
      loadScenario(d);
      expect.unreachable();
    } catch (e) {
      const err = e as ScenarioError;
      expect(err).toBeInstanceOf(Error);
      expect(err.path).toBe('stations[0].servers');
      expect(err.rule).toBe('must be an integer ≥ 1');
      expect(err.message).toBe('invalid stations[0].servers: must be an integer ≥ 1, got -2');
    }
  });

  it('names the known types when the type is unknown', () => {
    expect(messageOf((d: any) => (d.type = 'onewindow/nope'))).toBe(
      `invalid type: must be one of ${scenarioTypes().join(', ')}, got "onewindow/nope"`,
    );
    expect(scenarioTypes()).toContain('onewindow/network');
  });

  it('rejects bad JSON and non-objects with one line', () => {
    expect(() => loadScenario('{ nope')).toThrow(/^invalid scenario: must be valid JSON/);
    expect(() => loadScenario(42)).toThrow('invalid scenario: must be a JSON object with "type" and "version", got 42');
  });

  it('migrates older versions through a registered kind (v1 → v2 → v3)', () => {
    const schema = z.object({ type: z.literal('test/kind'), version: z.literal(3), servers: z.number() });
    registerScenarioKind({
      type: 'test/kind',
      currentVersion: 3,
      migrations: {
        1: (d) => ({ ...d, windows: d.desks }),
        2: ({ windows, desks: _desks, ...rest }) => ({ ...rest, servers: windows }),
      },
      schema: schema as never,
      compile: () => {
        throw new Error('not runnable');
      },
    });
    expect(scenarioTypes()).toContain('test/kind');
    expect(loadScenario({ type: 'test/kind', version: 1, desks: 4 })).toEqual({ type: 'test/kind', version: 3, servers: 4 });
    expect(migrate({ type: 'x', version: 1, a: 1 }, 1, 1, {})).toEqual({ type: 'x', version: 1, a: 1 });
  });

  it('round-trips every network preset in models/presets (load → JSON → load is stable)', () => {
    const dir = join(__dirname, '../../models/presets');
    const files = readdirSync(dir).filter((f) => f.endsWith('.scenario.json'));
    let n = 0;
    for (const f of files) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (doc.type !== networkKind.type) continue;
      const once = loadScenario(doc);
      expect(loadScenario(JSON.parse(JSON.stringify(once)))).toEqual(once);
      n++;
    }
    expect(n).toBeGreaterThan(0);
  });
});
