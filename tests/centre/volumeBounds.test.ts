/** Issue 9 point 7: the schema refuses absurd demand figures with a message naming the field and bound. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { MAX_ANNUAL_CASES, MAX_ANNUAL_SERVICE_VOLUME, MAX_CASES_PER_REPLICATION, parameter } from '../../src/domain/parameters';
import { presetJson } from './helpers';

interface Doc {
  simulation: { days: number };
  demand: { annualVolume: number; growth: number };
  items: { annualVolume?: number }[];
  services?: Record<string, Record<string, unknown>>;
  timeline?: unknown[];
}

const edit = (f: (x: Doc) => void) => {
  const x = presetJson('dalian-2009') as unknown as Doc;
  f(x);
  return () => loadScenario(x);
};

describe('demand bounds', () => {
  it('the registry records the bounds with a note saying they are sanity limits', () => {
    expect(parameter('demand.annualVolume').max).toBe(MAX_ANNUAL_CASES);
    expect(parameter('demand.annualVolume').note).toMatch(/sanity/);
    expect(parameter('items[].annualVolume').max).toBe(MAX_ANNUAL_CASES);
    expect(parameter('services.procurement.annualVolume').max).toBe(MAX_ANNUAL_SERVICE_VOLUME);
  });

  it('issue 9: an annual volume of 1e12 is refused as input, not a typed-array failure', () => {
    expect(edit((x) => (x.demand.annualVolume = 1e12))).toThrow('invalid demand.annualVolume: must be ≤ 50000000, got 1000000000000');
  });

  it('the bound itself and 30,000,000 are accepted for a run short enough to fit in memory', () => {
    expect(edit((x) => ((x.demand.annualVolume = MAX_ANNUAL_CASES), (x.simulation.days = 24)))).not.toThrow();
    expect(edit((x) => ((x.demand.annualVolume = 30_000_000), (x.simulation.days = 1)))).not.toThrow();
  });

  it('issue 9: a replication of more than 5,000,000 cases (30,000,000 cases/yr over 250 days) is refused naming simulation.days', () => {
    expect(MAX_CASES_PER_REPLICATION).toBe(5_000_000);
    expect(edit((x) => ((x.demand.annualVolume = 30_000_000), (x.simulation.days = 250)))).toThrow(
      /^invalid simulation\.days: must keep a replication to at most 5,000,000 cases \(annual volume × days ÷ 250 working days = 30,\d{3},\d{3}\): simulate fewer days or lower the demand, got 250$/,
    );
    expect(edit((x) => (x.simulation.days = 1e9))).toThrow('invalid simulation.days: must be ≤ 2500, got 1000000000');
  });

  it('an item volume, a service volume, a growth rate and a timeline demand factor have bounds too', () => {
    expect(edit((x) => (x.items[0].annualVolume = 1e9))).toThrow(/invalid items\[0\]\.annualVolume: must be ≤ 50000000/);
    expect(edit((x) => (x.services = { ...x.services, procurement: { ...(x.services?.procurement ?? {}), on: true, annualVolume: 1e9 } }))).toThrow(/invalid services\.procurement\.annualVolume: must be ≤ 10000000/);
    expect(edit((x) => (x.demand.growth = 5))).toThrow(/invalid demand\.growth: must be ≤ 1/);
    expect(edit((x) => (x.timeline = [{ year: 2010, kind: 'demand.change', factor: 1e6 }]))).toThrow(/invalid timeline\[0\]\.factor: must be ≤ 10,/);
  });
});
