// Issue: engine rules shown in English inside Chinese sentences ("不符合情景规则：must be ≤
// legalLimitDays (10)"). A real refusal of the engine (the worker API in-process) is worded from
// its catalogue code in the UI's language, with the fields by their registry labels.
import { describe, expect, it } from 'vitest';
import { simApi } from '../../src/worker/api';
import dalian from '../../models/presets/dalian-2009.scenario.json';
import { engineIssueText } from '../../src/ui/levers/leverRules';
import { translate, type MessageKey, type MessageParams } from '../../src/ui/i18n/messages';

const tZh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);
const tEn = (k: MessageKey, p?: MessageParams) => translate('en', k, p);

function refusal(scenario: unknown) {
  const v = simApi.validate(scenario);
  if (v.ok) throw new Error('expected a refusal');
  return v;
}

describe('engine refusals in the UI’s language', () => {
  it('a promised limit above the legal one: Chinese only in zh, the labels in en', () => {
    const s = structuredClone(dalian) as unknown as { items: Array<Record<string, unknown>> };
    s.items[0] = { ...s.items[0], legalLimitDays: 10, promisedLimitDays: 12 };
    const issue = refusal(s);
    expect(issue.rule).toEqual({ code: 'field.lte', field: 'legalLimitDays', path: 'items[].legalLimitDays', value: 10 });
    const zh = engineIssueText(tZh, issue, s, true);
    expect(zh).toContain('必须 ≤ 法定时限（10）');
    expect(zh).not.toMatch(/must|legalLimitDays|不符合情景规则/);
    expect(engineIssueText(tEn, issue, s, false)).toContain('must be ≤ legal limit (10)');
  });

  it('a stationed department without windows: the rule the editor used to special-case, now from the catalogue', () => {
    const s = structuredClone(dalian) as unknown as { departments: Array<Record<string, unknown>>; windowOrganisation: string };
    s.windowOrganisation = 'department';
    const i = s.departments.findIndex((d) => d.stationing !== 'absent');
    s.departments[i] = { ...s.departments[i], windows: 0 };
    const issue = refusal(s);
    expect(issue.rule?.code).toBe('department.stationedWindows');
    expect(engineIssueText(tZh, issue, s, true)).toContain('进驻部门设部门窗口时必须 ≥ 1');
  });

  it('a message without a rule (not from the engine) is quoted, never lost', () => {
    expect(engineIssueText(tZh, { message: 'invalid replications: must be an integer ≥ 1, got 0' }, {}, true)).toContain('不符合情景规则：must be an integer ≥ 1');
  });
});
