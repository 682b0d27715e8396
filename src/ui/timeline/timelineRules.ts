/**
 * The engine's refusal of a timeline (`invalid timeline[i]: <rule>, got <event>`, from the
 * sequence rules in the engine's timelineSchema, or a payload rule such as `must be ≤ 1`) in the
 * UI's language: which event, its year and name, and the rule. Pure apart from the lookups in `t`.
 */
import { FUNCTION_LEVEL_TERMS, FUNCTION_TERMS, SERVICE_TERMS, type FunctionId, type FunctionLevel, type ServiceId } from '../../domain/vocabulary';
import type { Translate } from '../i18n/I18nProvider';
import type { Locale, MessageKey } from '../i18n/messages';
import { term } from '../i18n/term';
import { engineRuleText } from '../levers/leverRules';
import type { TimelineEventJson } from './timelineEdit';

const ENGINE_MESSAGE = /^invalid (.*?): (.*), got (.*)$/s;

function fnName(id: string, locale: Locale): string {
  return id in FUNCTION_TERMS ? term(FUNCTION_TERMS[id as FunctionId], locale) : id;
}
function levelName(id: string, locale: Locale): string {
  return id in FUNCTION_LEVEL_TERMS ? term(FUNCTION_LEVEL_TERMS[id as FunctionLevel], locale) : id;
}
function serviceName(id: string, locale: Locale): string {
  return id in SERVICE_TERMS ? term(SERVICE_TERMS[id as ServiceId], locale) : id;
}

/** A sequence rule of the engine in the UI's language; a payload rule through the lever editor's wording. */
export function timelineRuleText(t: Translate, locale: Locale, rule: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^must not be before startYear (\d+) \(year -?\d+\)$/.exec(rule))) return t('timeline.rule.beforeStart', { start: m[1] });
  if ((m = /^must not be after endYear (\d+) \(year -?\d+\)$/.exec(rule))) return t('timeline.rule.afterEnd', { end: m[1] });
  if ((m = /^must be in date order \(an earlier event is in month (\d+) of (\d+)\)$/.exec(rule))) return t('timeline.rule.monthOrder', { month: m[1], year: m[2] });
  if ((m = /^must be in date order \(an earlier event is in (\d+)\)$/.exec(rule))) return t('timeline.rule.yearOrder', { year: m[1] });
  if ((m = /^must name departments in departments\[\] \(unknown "(.*)"\)$/.exec(rule))) return t('timeline.rule.unknownDepartment', { id: m[1] });
  if ((m = /^must co-locate a separate function \((\w+) is already (\w+)\)$/.exec(rule))) return t('timeline.rule.colocate', { fn: fnName(m[1], locale), level: levelName(m[2], locale) });
  if ((m = /^must integrate a co-located function \((\w+) is (\w+) in (\d+)\)$/.exec(rule))) return t('timeline.rule.integrate', { fn: fnName(m[1], locale), level: levelName(m[2], locale), year: m[3] });
  if ((m = /^must add a service not yet offered \((\w+) is already on\)$/.exec(rule))) return t('timeline.rule.service', { service: serviceName(m[1], locale) });
  return engineRuleText(t, rule);
}

/** An event's name: its own label in the UI's language, else its kind's name. */
export function eventName(t: Translate, locale: Locale, e: Pick<TimelineEventJson, 'kind' | 'label'>): string {
  if (e.label) return locale === 'zh-CN' ? e.label.zh : e.label.en;
  return t(`timeline.kind.${e.kind}` as MessageKey);
}

/**
 * The engine's message about a timeline as the editor shows it: "Refused … event n (year, name): rule".
 * `events` is the timeline the engine checked (to name the event).
 */
export function timelineRefusal(t: Translate, locale: Locale, message: string, events: readonly TimelineEventJson[]): string {
  const m = ENGINE_MESSAGE.exec(message);
  if (!m) return t('timeline.refusedOther', { rule: message });
  const idx = /^timeline\[(\d+)\]/.exec(m[1]);
  const rule = timelineRuleText(t, locale, m[2]);
  const e = idx ? events[Number(idx[1])] : undefined;
  if (!idx || !e) return t('timeline.refusedOther', { rule });
  return t('timeline.refused', { n: Number(idx[1]) + 1, year: e.year, event: eventName(t, locale, e), rule });
}
