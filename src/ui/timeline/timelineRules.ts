/**
 * The engine's refusal of a timeline (`invalid timeline[i]: <rule>, got <event>`, from the
 * sequence rules in the engine's timelineSchema, or a payload rule such as `must be ≤ 1`) in the
 * UI's language: which event, its year and name, and the rule (worded from its catalogue code,
 * src/ui/i18n/engineRule.ts). Pure apart from the lookups in `t`.
 */
import type { Translate } from '../i18n/I18nProvider';
import type { Locale, MessageKey } from '../i18n/messages';
import { ENGINE_MESSAGE, engineIssueRule, type EngineIssue } from '../levers/leverRules';
import type { TimelineEventJson } from './timelineEdit';

/** An event's name: its own label in the UI's language, else its kind's name. */
export function eventName(t: Translate, locale: Locale, e: Pick<TimelineEventJson, 'kind' | 'label'>): string {
  if (e.label) return locale === 'zh-CN' ? e.label.zh : e.label.en;
  return t(`timeline.kind.${e.kind}` as MessageKey);
}

/**
 * The engine's message about a timeline as the editor shows it: "Refused … event n (year, name): rule".
 * `events` is the timeline the engine checked (to name the event).
 */
export function timelineRefusal(t: Translate, locale: Locale, issue: EngineIssue, events: readonly TimelineEventJson[]): string {
  const m = ENGINE_MESSAGE.exec(issue.message);
  if (!m) return t('timeline.refusedOther', { rule: issue.message });
  const idx = /^timeline\[(\d+)\]/.exec(m[1]);
  const rule = engineIssueRule(t, locale, issue);
  const e = idx ? events[Number(idx[1])] : undefined;
  if (!idx || !e) return t('timeline.refusedOther', { rule });
  return t('timeline.refused', { n: Number(idx[1]) + 1, year: e.year, event: eventName(t, locale, e), rule });
}
