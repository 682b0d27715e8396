/**
 * One-parameter sweeps: the levers a researcher can sweep, how each changes a centre scenario,
 * the points of a sweep, and the run settings (replications, days, seed) applied to every point
 * so that all points share common random numbers. Pure.
 */
import { getPath, setPath, type ScenarioJson } from '../compare/leverDraft';
import { centreParameterIndex } from '../../../domain/parameters';

/** Whether the registry wants a whole number at a path (its `integer` flag). */
const wholeNumber = (path: string): boolean => centreParameterIndex.get(path)?.integer === true;

export type SweepLeverId = 'authorisationShare' | 'windows' | 'onlineAdoption' | 'annualVolume' | 'staff';
/** Any scalar number of the parameter registry, swept as is (a sensitivity analysis): `param:<path>`. */
export type ParameterLeverId = `param:${string}`;

export interface SweepLever {
  id: SweepLeverId | ParameterLeverId;
  /** registry path for unit and source */
  registryPath: string;
  /** whole numbers only */
  integer: boolean;
  min?: number;
  max?: number;
  /** default range */
  from: number;
  to: number;
  /** the scenario with the lever at `value` */
  apply: (json: ScenarioJson, value: number) => ScenarioJson;
  /** the lever's value in a scenario (for "current value") */
  read: (json: ScenarioJson) => number;
}

const departments = (json: ScenarioJson): ScenarioJson[] => (Array.isArray(json.departments) ? (json.departments as ScenarioJson[]) : []);

/**
 * Spread a total over departments in proportion to their current counts (largest remainder, so
 * the parts add up exactly); a department that had at least one keeps at least one.
 */
export function scaleCounts(current: readonly number[], total: number): number[] {
  const sum = current.reduce((a, b) => a + b, 0);
  if (current.length === 0) return [];
  const weights = sum > 0 ? current : current.map(() => 1);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const floor: number[] = current.map((c) => (c >= 1 ? 1 : 0));
  const spare = Math.max(0, total - floor.reduce((a, b) => a + b, 0));
  const exact = weights.map((w) => (w / wsum) * spare);
  const parts = exact.map((x, i) => floor[i] + Math.floor(x));
  let left = Math.max(0, total - parts.reduce((a, b) => a + b, 0));
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]] += 1;
  return parts;
}

const sumOf = (json: ScenarioJson, field: string) => departments(json).reduce((a, d) => a + (typeof d[field] === 'number' ? (d[field] as number) : 0), 0);

function scaleField(json: ScenarioJson, field: string, total: number): ScenarioJson {
  const deps = departments(json);
  const counts = scaleCounts(deps.map((d) => (typeof d[field] === 'number' ? (d[field] as number) : 0)), total);
  return { ...json, departments: deps.map((d, i) => ({ ...d, [field]: counts[i] })) };
}

export const sweepLevers: readonly SweepLever[] = [
  {
    id: 'authorisationShare',
    registryPath: 'departments[].authorisationShare',
    integer: wholeNumber('departments[].authorisationShare'),
    min: 0,
    max: 1,
    from: 0,
    to: 1,
    apply: (json, v) => ({ ...json, departments: departments(json).map((d) => ({ ...d, authorisationShare: v })) }),
    read: (json) => {
      const deps = departments(json);
      return deps.length ? deps.reduce((a, d) => a + (typeof d.authorisationShare === 'number' ? d.authorisationShare : 0.9), 0) / deps.length : NaN;
    },
  },
  {
    id: 'windows',
    registryPath: 'departments[].windows',
    integer: wholeNumber('departments[].windows'),
    min: 1,
    max: 2000,
    from: 40,
    to: 120,
    apply: (json, v) => scaleField(json, 'windows', v),
    read: (json) => sumOf(json, 'windows'),
  },
  {
    id: 'staff',
    registryPath: 'departments[].staff',
    integer: wholeNumber('departments[].staff'),
    min: 1,
    max: 20000,
    from: 200,
    to: 800,
    apply: (json, v) => scaleField(json, 'staff', v),
    read: (json) => sumOf(json, 'staff'),
  },
  {
    id: 'onlineAdoption',
    registryPath: 'demand.onlineAdoption',
    integer: wholeNumber('demand.onlineAdoption'),
    min: 0,
    max: 1,
    from: 0,
    to: 1,
    apply: (json, v) => setPath(json, 'demand.onlineAdoption', v),
    read: (json) => (getPath(json, 'demand.onlineAdoption') as number | undefined) ?? 0.2,
  },
  {
    id: 'annualVolume',
    registryPath: 'demand.annualVolume',
    integer: wholeNumber('demand.annualVolume'),
    min: 0,
    max: 50_000_000,
    from: 600_000,
    to: 1_800_000,
    apply: (json, v) => setPath(json, 'demand.annualVolume', v),
    read: (json) => (getPath(json, 'demand.annualVolume') as number | undefined) ?? 300_000,
  },
];

export function sweepLever(id: string): SweepLever | undefined {
  return sweepLevers.find((l) => l.id === id);
}

/** Registry sections whose scalar numbers can be swept one at a time (not the envelope, calendar or simulation settings). */
export const SWEEPABLE_SECTIONS = /^(mechanisms|demand|behaviour|process|complaints|ratings|costs)\./;

/** What a parameter lever needs from the registry. */
export interface ParameterInfo {
  path: string;
  min?: number;
  max?: number;
  integer?: true;
  default: unknown;
}

/** Whether a registry entry can be swept: a scalar number (not an array element) in a sweepable section. */
export function isSweepableParameter(p: ParameterInfo): boolean {
  return typeof p.default === 'number' && !p.path.includes('[]') && SWEEPABLE_SECTIONS.test(p.path);
}

/** A lever for one registry parameter: its bounds, a default range (min → max, or → twice the default). */
export function parameterLever(p: ParameterInfo): SweepLever {
  const d = typeof p.default === 'number' ? p.default : 0;
  const from = p.min ?? 0;
  const to = p.max ?? (d > 0 ? 2 * d : from + 1);
  return {
    id: `param:${p.path}`,
    registryPath: p.path,
    integer: p.integer === true,
    min: p.min,
    max: p.max,
    from,
    to,
    apply: (json, v) => setPath(json, p.path, v),
    read: (json) => {
      const v = getPath(json, p.path);
      return typeof v === 'number' ? v : d;
    },
  };
}

/** Fewest and most points a sweep may have. */
export const MIN_POINTS = 2;
export const MAX_POINTS = 11;

/**
 * `n` evenly spaced values from `from` to `to` inclusive; whole numbers when `integer` (rounded,
 * duplicates dropped); floats rounded to 10 significant digits so 0.1 steps print as 0.1. Pure.
 */
export function sweepValues(from: number, to: number, n: number, integer = false): number[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !Number.isInteger(n) || n < 1) return [];
  if (n === 1 || from === to) return [integer ? Math.round(from) : from];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const raw = from + ((to - from) * i) / (n - 1);
    const v = integer ? Math.round(raw) : Number(raw.toPrecision(10));
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Replications, simulated days and seed applied to a scenario (the same for every point: common random numbers). */
export interface RunSettings {
  replications: number;
  days: number;
  seed: number;
}

/** The scenario with the run settings written in (so an exported point file reproduces the run). */
export function withRunSettings(json: ScenarioJson, { replications, days, seed }: RunSettings): ScenarioJson {
  const simulation = (json.simulation && typeof json.simulation === 'object' ? json.simulation : {}) as ScenarioJson;
  const warmup = typeof simulation.warmupDays === 'number' ? Math.min(simulation.warmupDays, Math.max(0, days - 1)) : 0;
  return { ...json, seed, replications, simulation: { ...simulation, days, warmupDays: warmup } };
}

/** The scenarios of a sweep, one per value. */
export function sweepScenarios(base: ScenarioJson, lever: SweepLever, values: readonly number[], settings: RunSettings): ScenarioJson[] {
  return values.map((v) => withRunSettings(lever.apply(base, v), settings));
}

/** The CLI line that reruns one scenario file with these settings (one home: src/ui/export/commandLine.ts). */
export { runCommand } from '../../export/commandLine';
