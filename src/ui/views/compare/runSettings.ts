/** The run settings a comparison or sweep takes (replications, simulated days, seed), checked as typed. Pure. */
import { checkNumber, type NumberRule, type RuleBreak } from './leverDraft';
import type { RunSettings } from '../research/sweep';

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
