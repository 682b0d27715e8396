/**
 * The rules and names of the lever editor's fields, from the parameter registry: a concrete
 * path's number rule, the registry entry behind it, a broken rule in words, and a field's label
 * (with the department it belongs to). Pure apart from the dictionary lookups through `t`.
 */
import { centreParameterIndex, type ParameterSpec } from '../../domain/parameters';
import type { Translate } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';
import { engineRuleText } from '../i18n/engineRule';
import type { Rule } from '../../engine/scenario/rules';
import { departmentsOf, registryPath, type FieldIssue, type NumberRule, type RuleBreak } from '../draft/leverDraft';

/** The rule of a concrete path, from the registry's bounds. */
export function leverRule(path: string): NumberRule | undefined {
  // one weight of a profile (`demand.hourProfile[3]`): a relative weight, ≥ 0
  const element = /^(demand\.\w+Profile)\[\d+\]$/.exec(path);
  if (element && centreParameterIndex.has(element[1])) return { min: 0, integer: false };
  const spec = centreParameterIndex.get(registryPath(path));
  if (!spec) return undefined;
  return { min: spec.min, max: spec.max, integer: spec.integer === true };
}

export function specOf(path: string): ParameterSpec | undefined {
  return centreParameterIndex.get(registryPath(path));
}

/** A rule the editor checks itself (before the engine), in the UI's language: the engine catalogue's words where they are the same rule. */
export function ruleText(t: Translate, rule: RuleBreak): string {
  switch (rule.kind) {
    case 'number':
      return t('rule.type.number');
    case 'integerMin':
      return t('rule.int.atLeast', { min: rule.min });
    case 'range':
      return t('lever.rule.range', { min: rule.min, max: rule.max });
    case 'min':
      return t('rule.number.gte', { min: rule.min });
    case 'max':
      return t('rule.number.lte', { max: rule.max });
  }
}

/** The field label of a concrete path: the registry's name, plus the department for department fields. */
export function fieldLabel(path: string, scenario: unknown, zh: boolean): string {
  const spec = specOf(path);
  const name = spec ? (zh ? spec.zh : spec.en) : path;
  const m = /^departments\[(\d+)\]/.exec(path);
  if (!m) return name;
  const dep = departmentsOf(scenario)[Number(m[1])];
  const depName = dep ? String((zh ? dep.nameZh : dep.nameEn) || dep.id) : m[1];
  return zh ? `${name}（${depName}）` : `${name} (${depName})`;
}

export function issueText(t: Translate, issue: FieldIssue, scenario: unknown, zh: boolean): string {
  return t('editor.fieldError', { field: fieldLabel(issue.path, scenario, zh), rule: ruleText(t, issue.rule), value: issue.value });
}


/** The engine's one-line message: path, rule, value. */
export const ENGINE_MESSAGE = /^invalid (.*?): (.*), got (.*)$/s;

/** An engine refusal as the UI receives it: the one-line message and, when the engine sent it, its rule. */
export interface EngineIssue {
  /** `invalid <path>: <rule>, got <value>` */
  message: string;
  /** the broken rule of the engine's catalogue (code and parameters) */
  rule?: Rule;
}

/** The rule of an engine refusal in the UI's language: from its code and parameters, else the engine's words quoted. */
export function engineIssueRule(t: Translate, locale: Locale, issue: EngineIssue): string {
  if (issue.rule) return engineRuleText(t, locale, issue.rule);
  return t('editor.engineRule.other', { rule: ENGINE_MESSAGE.exec(issue.message)?.[2] ?? issue.message });
}

/**
 * The engine's `invalid <path>: <rule>, got <value>` for the user: the field's name (and its
 * department) instead of the path, the rule in the UI's language. Anything else as is.
 */
export function engineIssueText(t: Translate, issue: EngineIssue, scenario: unknown, zh: boolean): string {
  const m = ENGINE_MESSAGE.exec(issue.message);
  if (!m) return issue.message;
  return t('editor.fieldError', { field: fieldLabel(m[1], scenario, zh), rule: engineIssueRule(t, zh ? 'zh-CN' : 'en', issue), value: m[3] });
}
