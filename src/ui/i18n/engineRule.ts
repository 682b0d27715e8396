/**
 * An engine rule (a catalogue code with parameters, src/engine/scenario/rules.ts) in the UI's
 * language: the words are `rule.<code>` (ruleMessages.ts); the parameters are shown as the UI
 * shows them elsewhere — a field by its registry label, a function, level, service, stationing or
 * centre type by its domain term, a list noun in the language, big numbers grouped. Pure apart
 * from the lookups through `t`.
 */
import { centreParameterIndex } from '../../domain/parameters';
import {
  CENTRE_TYPE_TERMS,
  FUNCTION_LEVEL_TERMS,
  FUNCTION_TERMS,
  SERVICE_TERMS,
  STATIONING_TERMS,
  type Term,
} from '../../domain/vocabulary';
import type { Rule } from '../../engine/scenario/rules';
import type { Translate } from './I18nProvider';
import type { Locale, MessageKey, MessageParams } from './messages';
import { term } from './term';
import { JSON_TYPES } from './ruleMessages';

/** A domain term by id from a table of terms, or the id itself when the table has none. */
function termOf(table: Readonly<Record<string, Term>>, id: string, locale: Locale): string {
  return Object.hasOwn(table, id) ? term(table[id], locale) : id;
}

/** A number as the UI shows a count: grouped when large, `∞` when unbounded. */
function count(n: number, locale: Locale): string {
  if (!Number.isFinite(n)) return '∞';
  return Math.abs(n) >= 10000 ? Math.round(n).toLocaleString(locale) : String(n);
}

/** A field named by a rule: its registry label when it has one, else the name the file uses. */
function fieldName(field: string, path: string | undefined, locale: Locale): string {
  const spec = path === undefined ? undefined : centreParameterIndex.get(path);
  return spec ? (locale === 'zh-CN' ? spec.zh : spec.en) : field;
}

/** The display parameters of a rule (labels, terms, grouped numbers); pure. */
function displayParams(t: Translate, locale: Locale, rule: Rule): MessageParams {
  const list = (xs: readonly string[]) => xs.join(locale === 'zh-CN' ? '、' : ', ');
  switch (rule.code) {
    case 'type.other':
      return { expected: (JSON_TYPES as readonly string[]).includes(rule.expected) ? t(`rule.json.${rule.expected as (typeof JSON_TYPES)[number]}`) : rule.expected };
    case 'oneOf':
      return { options: list(rule.options) };
    case 'equals':
      return { value: JSON.stringify(rule.value) };
    case 'scenario.centreFor':
      return { use: t(`rule.use.${rule.use}`) };
    case 'field.gte':
    case 'field.lte':
    case 'field.lt':
      return { field: fieldName(rule.field, rule.path, locale), value: rule.value };
    case 'department.uniqueAlso':
      return { row: rule.index + 1 };
    case 'department.stationing':
      return {
        department: rule.department,
        centreType: termOf(CENTRE_TYPE_TERMS, rule.centreType, locale),
        allowed: list(rule.allowed.map((s) => termOf(STATIONING_TERMS, s, locale))),
      };
    case 'service.notRouted':
      return { centreType: termOf(CENTRE_TYPE_TERMS, rule.centreType, locale), line: termOf(SERVICE_TERMS, rule.line, locale) };
    case 'list.atLeastOne':
      return { noun: t(`rule.noun.${rule.noun}`) };
    case 'list.atMost':
      return { max: count(rule.max, locale), nouns: t(`rule.nouns.${rule.noun}`) };
    case 'items.sharesSum':
      return { sum: rule.sum.toFixed(4) };
    case 'timeline.colocate':
    case 'timeline.statechart':
      return { fn: termOf(FUNCTION_TERMS, rule.fn, locale), level: termOf(FUNCTION_LEVEL_TERMS, rule.level, locale) };
    case 'timeline.integrate':
      return { fn: termOf(FUNCTION_TERMS, rule.fn, locale), level: termOf(FUNCTION_LEVEL_TERMS, rule.level, locale), year: rule.year };
    case 'timeline.serviceOn':
      return { service: termOf(SERVICE_TERMS, rule.service, locale) };
    default: {
      // the rest: strings as they are, numbers as counts (years stay as they are: below 10,000)
      const out: MessageParams = {};
      for (const [k, v] of Object.entries(rule)) if (k !== 'code') out[k] = typeof v === 'number' ? count(v, locale) : String(v);
      return out;
    }
  }
}

/** The words of an engine rule in the UI's language. */
export function engineRuleText(t: Translate, locale: Locale, rule: Rule): string {
  return t(`rule.${rule.code}` as MessageKey, displayParams(t, locale, rule));
}
