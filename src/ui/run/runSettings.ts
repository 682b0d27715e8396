/** The run settings a comparison or sweep takes (replications, simulated days, seed), checked as typed. Pure. */
import { checkNumber, type NumberRule, type RuleBreak, type ScenarioJson } from '../draft/leverDraft';

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

/** The CLI line that reruns one scenario file with these settings. */
export function runCommand(file: string, settings: Pick<RunSettings, 'replications' | 'seed'>): string {
  return `npx onewindow run ${file} --replications ${settings.replications} --seed ${settings.seed}`;
}


export type SettingsField = keyof RunSettings;
export type SettingsText = Record<SettingsField, string>;

export const settingsRules: Record<SettingsField, NumberRule> = {
  replications: { min: 2, max: 200, integer: true },
  days: { min: 1, max: 250, integer: true },
  seed: { min: 0, max: 4294967295, integer: true },
};

export interface SettingsIssue {
  field: SettingsField;
  value: string;
  rule: RuleBreak;
}

/** The settings, or every field that breaks its rule. Replications ≥ 2: one pair has no confidence interval. */
export function checkSettings(text: SettingsText): { ok: true; settings: RunSettings } | { ok: false; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const out: Partial<RunSettings> = {};
  for (const field of ['replications', 'days', 'seed'] as const) {
    const r = checkNumber(text[field], settingsRules[field]);
    if (r.ok) out[field] = r.value;
    else issues.push({ field, value: text[field], rule: r.rule });
  }
  return issues.length ? { ok: false, issues } : { ok: true, settings: out as RunSettings };
}
