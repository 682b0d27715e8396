/**
 * The rules and names of the lever editor's fields, from the parameter registry: a concrete
 * path's number rule, the registry entry behind it, a broken rule in words, and a field's label
 * (with the department it belongs to). Pure apart from the dictionary lookups through `t`.
 */
import { centreParameterIndex, type ParameterSpec } from '../../domain/parameters';
import type { Translate } from '../i18n/I18nProvider';
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

export function ruleText(t: Translate, rule: RuleBreak): string {
  switch (rule.kind) {
    case 'number':
      return t('lever.rule.number');
    case 'integerMin':
      return t('lever.rule.integerMin', { min: rule.min });
    case 'range':
      return t('lever.rule.range', { min: rule.min, max: rule.max });
    case 'min':
      return t('lever.rule.min', { min: rule.min });
    case 'max':
      return t('lever.rule.max', { max: rule.max });
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


const ENGINE_MESSAGE = /^invalid (.*?): (.*), got (.*)$/s;

/** A broken rule as the engine words it (`must be an integer ≥ 1`), in the UI's language where it is a known one. */
export function engineRuleText(t: Translate, rule: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^must be an integer ≥ (-?[\d.]+)$/.exec(rule))) return t('lever.rule.integerMin', { min: Number(m[1]) });
  if ((m = /^must be between (-?[\d.]+) and (-?[\d.]+)$/.exec(rule))) return t('lever.rule.range', { min: Number(m[1]), max: Number(m[2]) });
  if ((m = /^must be ≥ (-?[\d.]+)$/.exec(rule))) return t('lever.rule.min', { min: Number(m[1]) });
  if ((m = /^must be ≤ (-?[\d.]+)$/.exec(rule))) return t('lever.rule.max', { max: Number(m[1]) });
  if (rule === 'must be a number') return t('lever.rule.number');
  if (rule === 'must be ≥ 1 for a stationed department with department windows') return t('editor.engineRule.stationedWindows');
  return t('editor.engineRule.other', { rule });
}

/**
 * The engine's `invalid <path>: <rule>, got <value>` for the user: the field's name (and its
 * department) instead of the path, the rule in the UI's language where known. Anything else as is.
 */
export function engineIssueText(t: Translate, message: string, scenario: unknown, zh: boolean): string {
  const m = ENGINE_MESSAGE.exec(message);
  if (!m) return message;
  return t('editor.fieldError', { field: fieldLabel(m[1], scenario, zh), rule: engineRuleText(t, m[2]), value: m[3] });
}
