/** Builders for small network scenarios used across the engine, theory and golden tests. */
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { NetworkScenario } from '../../src/engine/scenario/networkSchema';

type Doc = Record<string, unknown>;

/** A single-station queue: `arrival` and `service` are distribution specs. */
export function singleStation(opts: {
  arrival: Doc;
  service: Doc;
  servers?: number;
  stop?: Doc;
  warmup?: Doc | 'auto';
  replications?: number;
  seed?: number;
  station?: Doc;
  extra?: Doc;
}): NetworkScenario {
  return loadScenario({
    type: 'onewindow/network',
    version: 1,
    name: 'test',
    seed: opts.seed ?? 1,
    replications: opts.replications ?? 10,
    stop: opts.stop ?? { minutes: 10_000 },
    warmup: opts.warmup ?? { minutes: 500 },
    classes: [{ id: 'c', arrivals: { to: 'q', interarrival: opts.arrival } }],
    stations: [{ id: 'q', servers: opts.servers ?? 1, service: opts.service, ...opts.station }],
    ...opts.extra,
  }) as NetworkScenario;
}

/** Loads a network document, filling the envelope. */
export function network(doc: Doc): NetworkScenario {
  return loadScenario({ type: 'onewindow/network', version: 1, ...doc }) as NetworkScenario;
}

/** Exponential spec by rate. */
export const exp = (rate: number) => ({ dist: 'exponential', rate });

/** Asserts helper: |x − target| ≤ tolerance, with a readable message. */
export function within(x: number, target: number, tolerance: number): boolean {
  return Math.abs(x - target) <= tolerance;
}
