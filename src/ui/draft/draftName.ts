/**
 * A short name for an edited scenario that says what changed, e.g. "Dalian 2009 −并联审批 +容缺受理
 * (+2)": mechanisms switched on (+) or off (−), functions with their new state, and a count of
 * the other changed fields. Pure: `draftName` takes its labels from the caller, `draftTitle` from the dictionaries.
 */
import { centreParameterIndex } from '../../domain/parameters';
import { FUNCTION_LEVELS, FUNCTION_LEVEL_TERMS, type FunctionLevel } from '../../domain/vocabulary';
import { translate, type Locale } from '../i18n/messages';
import { term } from '../i18n/term';
import type { CentrePreset } from '../library/presets';
import { changedPaths, getPath, type LeverDraft } from './leverDraft';

export interface DraftNameLabels {
  /** the Chinese name of a mechanism or function, e.g. `mechanisms.parallelApproval.on` → 并联审批 */
  field: (registryPath: string) => string;
  /** a function state's name, e.g. integrated → 整合 */
  state: (state: string) => string;
}

/** The changes of `changed` (paths from `changedPaths`) as short tokens. */
export function changeTokens(changed: readonly string[], scenario: unknown, labels: DraftNameLabels): { tokens: string[]; others: number } {
  const tokens: string[] = [];
  let others = 0;
  const seen = new Set<string>();
  // A whole block the base lacked (`functions`, `mechanisms`) counts as each of its fields.
  const expanded = changed.flatMap((path) => {
    const value = getPath(scenario, path);
    return (path === 'functions' || path === 'mechanisms') && value && typeof value === 'object' ? Object.keys(value).map((k) => `${path}.${k}`) : [path];
  });
  for (const path of expanded) {
    const mech = /^mechanisms\.(\w+)(?:\.on)?$/.exec(path);
    const fn = /^functions\.(\w+)$/.exec(path);
    if (mech) {
      if (seen.has(mech[1])) continue;
      seen.add(mech[1]);
      tokens.push(`${getPath(scenario, `mechanisms.${mech[1]}.on`) === true ? '+' : '−'}${labels.field(`mechanisms.${mech[1]}.on`)}`);
    } else if (fn) {
      tokens.push(`${labels.field(`functions.${fn[1]}`)}→${labels.state(String(getPath(scenario, path)))}`);
    } else others += 1;
  }
  return { tokens, others };
}

/** "<base> <tokens> (+<others>)", or just the base name when nothing changed. */
export function draftName(base: string, changed: readonly string[], scenario: unknown, labels: DraftNameLabels): string {
  const { tokens, others } = changeTokens(changed, scenario, labels);
  const parts = [base, ...tokens];
  if (others > 0) parts.push(`(+${others})`);
  return parts.join(' ');
}

/**
 * The draft's name in a language: the preset it started from and what changed (e.g. "Dalian 2009
 * −并联审批"), or "Edited: <preset>" while nothing has changed. Mechanisms and functions are named
 * by their Chinese terms in both languages (the registry's `zh`).
 */
export function draftTitle(draft: LeverDraft, presets: readonly CentrePreset[], lang: Locale): string {
  const base = presets.find((p) => p.id === draft.baseId);
  const baseName = base ? (lang === 'zh-CN' ? base.nameZh : base.name) : String(draft.scenario.name ?? '');
  const changed = base ? changedPaths(base.json, draft.scenario) : [];
  if (changed.length === 0) return translate(lang, 'compare.draftName', { base: baseName });
  const labels: DraftNameLabels = {
    field: (p) => centreParameterIndex.get(p)?.zh ?? p,
    state: (st) => ((FUNCTION_LEVELS as readonly string[]).includes(st) ? term(FUNCTION_LEVEL_TERMS[st as FunctionLevel], lang) : st),
  };
  return draftName(baseName, changed, draft.scenario, labels);
}
