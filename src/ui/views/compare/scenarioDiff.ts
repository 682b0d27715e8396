/**
 * Which inputs differ between scenarios: every leaf of the scenario JSON (departments and items
 * matched by id, arrays of numbers such as demand profiles compared whole), named by its
 * parameter-registry path, with each scenario's value (undefined where a scenario leaves it out,
 * i.e. takes the registry default). Names, descriptions, source notes and run settings are left
 * out: they do not change what is simulated, or are the same for every scenario of a comparison.
 * Pure.
 */
import { centreParameterIndex } from '../../../domain/parameters';
import type { ScenarioJson } from '../../draft/leverDraft';

export interface InputDifference {
  /** where the value sits, departments and items by id: `departments[tax].windows` */
  key: string;
  /** the registry path (`departments[].windows`); may be absent from the registry for free-form fields */
  registryPath: string;
  /** the department or item id, for keys inside a list */
  owner?: string;
  /** one value per scenario, in order (undefined: not set, the registry default applies) */
  values: unknown[];
}

/** Top-level fields that do not change what is simulated, or that a comparison sets alike. */
const IGNORED = new Set(['name', 'nameZh', 'description', 'descriptionZh', '_sources', '_sourcesZh', 'seed', 'replications', 'simulation', 'year']);
/** Fields of list entries that only name them. */
const IGNORED_IN_LIST = new Set(['id', 'name', 'nameZh', 'nameEn']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIdList = (v: unknown): v is Array<{ id: string }> => Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && typeof x.id === 'string');

/** The leaves of one scenario as key → { registryPath, owner, value }. Pure. */
function leaves(json: ScenarioJson): Map<string, { registryPath: string; owner?: string; value: unknown }> {
  const out = new Map<string, { registryPath: string; owner?: string; value: unknown }>();
  const walk = (v: unknown, key: string, reg: string, owner: string | undefined, inList: boolean) => {
    if (isIdList(v)) {
      for (const entry of v) walk(entry, `${key}[${entry.id}]`, `${reg}[]`, entry.id, true);
      return;
    }
    if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (inList && IGNORED_IN_LIST.has(k) && reg.endsWith('[]')) continue;
        walk(x, key ? `${key}.${k}` : k, reg ? `${reg}.${k}` : k, owner, false);
      }
      return;
    }
    out.set(key, { registryPath: reg, owner, value: v });
  };
  for (const [k, v] of Object.entries(json)) if (!IGNORED.has(k)) walk(v, k, k, undefined, false);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The inputs on which the scenarios do not all agree, in the first scenario's order (then the others'). Pure. */
export function scenarioDiff(scenarios: readonly ScenarioJson[]): InputDifference[] {
  const all = scenarios.map(leaves);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const m of all)
    for (const k of m.keys()) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  const out: InputDifference[] = [];
  for (const key of keys) {
    const entries = all.map((m) => m.get(key));
    const defined = entries.find((e) => e !== undefined)!;
    const dflt = centreParameterIndex.get(defined.registryPath)?.default;
    // a field left out takes the registry default: absent and equal to the default is no difference
    const values = entries.map((e) => e?.value);
    const effective = values.map((v) => (v === undefined && dflt !== null && dflt !== undefined ? dflt : v));
    if (effective.every((v) => same(v, effective[0]))) continue;
    out.push({ key, registryPath: defined.registryPath, ...(defined.owner ? { owner: defined.owner } : {}), values });
  }
  return out;
}
