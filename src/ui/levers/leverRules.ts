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
  return t('lever.error', { field: fieldLabel(issue.path, scenario, zh), path: issue.path, rule: ruleText(t, issue.rule), value: issue.value });
}

