/** Test helpers for centre scenarios: load presets, derive variants, run with common random numbers. */
import { readFileSync, readdirSync } from 'node:fs';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import { runCentreReplications } from '../../src/engine/centre/runCentre';
import { pairedDifferences } from '../../src/engine/stats/paired';
import type { Estimate, ReplicationResult } from '../../src/engine/types';
import { centreModels } from '../../models/centreTypes/centreModels';

export const PRESET_DIR = new URL('../../models/presets/', import.meta.url);

/** Every centre preset file name. */
export function centrePresetFiles(): string[] {
  return readdirSync(PRESET_DIR)
    .filter((f) => f.endsWith('.scenario.json'))
    .filter((f) => (JSON.parse(readFileSync(new URL(f, PRESET_DIR), 'utf8')) as { type: string }).type === 'onewindow/centre')
    .sort();
}

/** The raw JSON of a preset. */
export function presetJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.scenario.json`, PRESET_DIR), 'utf8')) as Record<string, unknown>;
}

/** Loads a preset through the pipeline. */
export function loadPreset(name: string): CentreScenario {
  return loadScenario(presetJson(name)) as CentreScenario;
}

/** A deep-copied, edited scenario re-validated through the pipeline. */
export function variant(s: CentreScenario, edit: (x: CentreScenario) => void): CentreScenario {
  const copy = JSON.parse(JSON.stringify(s)) as CentreScenario;
  edit(copy);
  return loadScenario(copy) as CentreScenario;
}

/** Shortens a run (days simulated) for tests; demand per day is unchanged. */
export function short(s: CentreScenario, days: number): CentreScenario {
  return variant(s, (x) => {
    x.simulation.days = days;
    x.simulation.warmupDays = 0;
  });
}

/** Runs R replications of each scenario (same seed ⇒ common random numbers) and returns b − a. */
export function compare(a: CentreScenario, b: CentreScenario, reps = 5): { a: ReplicationResult[]; b: ReplicationResult[]; diff: Record<string, Estimate> } {
  const ra = runCentreReplications(a, { models: centreModels, from: 0, to: reps });
  const rb = runCentreReplications(b, { models: centreModels, from: 0, to: reps });
  return { a: ra, b: rb, diff: pairedDifferences(ra, rb).kpis };
}

/** Mean of a KPI over replications. */
export function mean(reps: ReplicationResult[], kpi: string): number {
  return reps.reduce((s, r) => s + r.kpis[kpi], 0) / reps.length;
}

/** DESIGN.md § KPIs: the stable KPI names a centre run must report (the specification the tests hold the engine to), plus the centre's extras. */
export const DESIGN_KPIS = [
  'casesCompleted', 'throughputPerDay', 'meanWaitMinutes', 'p90WaitMinutes', 'waitWithin15MinRate',
  'leadTimeDays', 'p90LeadTimeDays', 'tripsPerCase', 'atMostOneTripRate', 'zeroTripRate', 'onTheSpotRate',
  'onTimeRate', 'overdueRate', 'deemedApprovalRate', 'promisedLimitCompression', 'actualSpeedup', 'onlineRate',
  'onlineAvailableRate', 'complaintsPer10k', 'complaintResolutionDays', 'badRatingRate', 'windowUtilisation',
  'backOfficeUtilisation', 'staff', 'costPerCase', 'applicantHoursPerCase', 'integrationIndex',
  'rejectedTripsPerCase', 'twoEndRate',
] as const;

