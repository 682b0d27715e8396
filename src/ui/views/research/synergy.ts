/**
 * The five-in-one synergy panel's pure parts: how a KPI's ratio-scale interaction reads (amplifies,
 * dampens, below the materiality threshold, or a CI that includes no interaction), the years a
 * scenario can be measured in, the scenario with the run settings written in, and the CLI line
 * that reproduces it. No React.
 */
import type { SynergyKpi } from '../../../client/simPool';
import { projectionYearRange } from '../../../domain/projectionYears';
import type { ScenarioJson } from '../../draft/leverDraft';
import type { RunSettings } from '../../run/runSettings';

/** What a KPI's synergy says, from the engine's `material`, `significant` and `verdict`. */
export type SynergyReading = 'amplifies' | 'dampens' | 'belowThreshold' | 'ciIncludesNone' | 'undefined';

export function synergyReading(k: Pick<SynergyKpi, 'relative' | 'material' | 'significant' | 'verdict'>): SynergyReading {
  if (k.relative === null) return 'undefined';
  if (!k.material) return 'belowThreshold';
  if (!k.significant) return 'ciIncludesNone';
  return k.verdict === 'amplifies' ? 'amplifies' : 'dampens';
}

/** The years of the scenario's projection (its own year when it has none), inclusive. */
export function synergyYears(json: ScenarioJson): number[] {
  const year = typeof json.year === 'number' ? json.year : NaN;
  const projection = json.projection && typeof json.projection === 'object' ? (json.projection as { startYear?: number; endYear?: number }) : undefined;
  const [first, last] = projectionYearRange(year, projection);
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The scenario with the settings written in: the seed, and the projection's sampled days and
 * replications (a synergy simulates each variant's year on sampled working days after the
 * projection's warm-up), so an exported file reproduces the run.
 */
export function synergyScenario(json: ScenarioJson, { replications, days, seed }: RunSettings): ScenarioJson {
  const projection = json.projection && typeof json.projection === 'object' ? (json.projection as ScenarioJson) : { endYear: json.year };
  return { ...json, seed, projection: { ...projection, sampledDays: days, replications } };
}

/** The CLI line that measures the same synergy from the exported file. */
export function synergyCommand(file: string, year: number, settings: Pick<RunSettings, 'replications' | 'seed'>): string {
  return `npx onewindow synergy ${file} --year ${year} --replications ${settings.replications} --seed ${settings.seed}`;
}
