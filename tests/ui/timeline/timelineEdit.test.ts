// The timeline editor's edits (pure) and its refusals: real engine messages (the worker API run
// in-process on the Dalian replay) shown in both languages, never as the untranslated fallback.
import { describe, expect, it } from 'vitest';
import { simApi } from '../../../src/worker/api';
import replay from '../../../models/presets/dalian-replay.scenario.json';
import { addEvent, eventsOf, moveEvent, newEvent, removeEvent, setEventYear, yearRange, type TimelineScenario } from '../../../src/ui/timeline/timelineEdit';
import { placeFor } from '../../../src/domain/timelinePlace';
import { timelineRefusal } from '../../../src/ui/timeline/timelineRules';
import type { EngineIssue } from '../../../src/ui/levers/leverRules';
import { translate, type MessageKey, type MessageParams } from '../../../src/ui/i18n/messages';
import { TIMELINE_KIND_OPTIONS } from '../../../src/ui/i18n/plannerMessages';
import { TIMELINE_KINDS } from '../../../src/engine/scenario/timelineSchema';

const base = replay as unknown as TimelineScenario;
const tZh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);
const tEn = (k: MessageKey, p?: MessageParams) => translate('en', k, p);
const refusalOf = (s: TimelineScenario): EngineIssue => {
  const v = simApi.validate(s);
  expect(v.ok).toBe(false);
  return v.ok ? { message: '' } : v;
};

describe('timeline edits', () => {
  it('the editor offers exactly the engine’s event kinds', () => {
    expect([...TIMELINE_KIND_OPTIONS].sort()).toEqual([...TIMELINE_KINDS].sort());
  });

  it('adds an event after the events of its year and before later ones', () => {
    const events = eventsOf(base);
    const { scenario, index } = addEvent(base, newEvent({ kind: 'items.reduce' }, 2005));
    expect(index).toBe(placeFor(events, 2005));
    const out = eventsOf(scenario);
    expect(out).toHaveLength(events.length + 1);
    expect(out[index - 1].year).toBeLessThanOrEqual(2005);
    expect(out[index + 1].year).toBeGreaterThan(2005);
    expect(eventsOf(base)).toHaveLength(events.length); // the original is untouched
  });

  it('a new year re-places the event; up/down swaps; remove drops one', () => {
    const events = eventsOf(base);
    const moved = setEventYear(base, 0, 2011);
    expect(eventsOf(moved.scenario)[moved.index]).toMatchObject({ year: 2011, ref: events[0].ref });
    expect(eventsOf(moved.scenario).map((e) => e.year)).toEqual([...eventsOf(moved.scenario).map((e) => e.year)].sort((a, b) => a - b));
    const swapped = moveEvent(base, 1, 1);
    expect(eventsOf(swapped.scenario)[2]).toBe(events[1]);
    expect(swapped.index).toBe(2);
    expect(moveEvent(base, 0, -1).scenario).toBe(base);
    expect(eventsOf(removeEvent(base, 3))).toEqual(events.filter((_, i) => i !== 3));
    expect(yearRange(base)).toEqual({ start: 2002, end: 2015 });
  });

  it('valid edits pass the engine', () => {
    expect(simApi.validate(addEvent(base, newEvent({ kind: 'mechanism.enable', mechanism: 'parallelApproval' }, 2011)).scenario).ok).toBe(true);
    expect(simApi.validate(setEventYear(base, eventsOf(base).length - 1, 2015).scenario).ok).toBe(true);
  });
});

describe('refusals in the UI’s language', () => {
  const events = eventsOf(base);
  const firstOfNewYear = events.findIndex((e, i) => i > 0 && e.year > events[i - 1].year);
  const colocateApproval = events.findIndex((e) => e.kind === 'function.colocate' && e.fn === 'approval');
  const cases: Array<[string, TimelineScenario, RegExp, RegExp]> = [
    ['integrating a function never co-located', removeEvent(base, colocateApproval), /已整合|合署办公/, /co-located/],
    ['an event after the last year', setEventYear(base, 0, 2030).scenario, /结束年 2015/, /last year 2015/],
    ['an event before the first year', setEventYear(base, 5, 1999).scenario, /起始年 2002/, /first year 2002/],
    ['an event moved out of date order', moveEvent(base, firstOfNewYear, -1).scenario, /必须按时间顺序/, /must be in date order/],
    ['a service added twice', addEvent(base, newEvent({ kind: 'service.add', service: 'procurement' }, 2012)).scenario, /已开通/, /already on/],
    ['a share above 1', addEvent(base, newEvent({ kind: 'authorisation.delegate', share: 2 } as never, 2012)).scenario, /≤ 1|1/, /≤ 1/],
  ];
  for (const [what, scenario, zh, en] of cases) {
    it(what, () => {
      const message = refusalOf(scenario);
      const shown = eventsOf(scenario);
      const inZh = timelineRefusal(tZh, 'zh-CN', message, shown);
      const inEn = timelineRefusal(tEn, 'en', message, shown);
      expect(inZh).toMatch(zh);
      expect(inEn).toMatch(en);
      expect(inZh).toMatch(/^已拒绝/);
      expect(inZh).not.toMatch(/must|breaks a rule|不符合情景规则/);
      expect(inEn).toMatch(/event \d+ \(\d{4}, /);
    });
  }

  it('a refusal carries its catalogue rule, and the rule is worded from it (not the fallback)', () => {
    const issue = refusalOf(moveEvent(base, firstOfNewYear, -1).scenario);
    expect(issue.rule?.code).toBe('timeline.yearOrder');
    const wordless = { message: issue.message };
    expect(timelineRefusal(tZh, 'zh-CN', wordless, events)).toMatch(/不符合情景规则/);
    expect(timelineRefusal(tZh, 'zh-CN', issue, events)).not.toMatch(/must|不符合情景规则/);
  });
});
