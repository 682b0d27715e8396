/**
 * The rule catalogue (src/engine/scenario/rules.ts): every refusal of the engine names a rule of
 * the catalogue by code and parameters, its English is made from them (the `<rule>` of the one
 * line), and the UI has words for it in both languages (src/ui/i18n/ruleMessages.ts). Walks the
 * fuzz corpus (mutated presets, weird envelopes, random timelines, wide networks) and a set of
 * hand-made bad documents through `simApi.validate` — the editor's path: load, then compile.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_CODES, isRuleCode, ruleText, type Rule, type RuleCode } from '../../src/engine/scenario/rules';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { ScenarioError } from '../../src/engine/scenario/ScenarioError';
import { simApi } from '../../src/worker/api';
import { dictionaries, translate, type MessageKey, type MessageParams } from '../../src/ui/i18n/messages';
import { engineRuleText } from '../../src/ui/i18n/engineRule';
import { asInput, centreEnvelope, mutated, preset, timelineEvent, wideNetwork, type FuzzInput } from '../fuzz/fuzzDocs';

const tZh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);
const tEn = (k: MessageKey, p?: MessageParams) => translate('en', k, p);
const SMALL = 'tests/centre/fixtures/centre-v1.scenario.json';
const seen = new Map<RuleCode, number>();

/** Validates one document as the editor does; the refusal's rule, or undefined when accepted. */
function refusal(input: FuzzInput): { message: string; rule: Rule | undefined } | undefined {
  const v = simApi.validate('text' in input ? input.text : input.object);
  return v.ok ? undefined : { message: v.message, rule: v.rule };
}

/** Checks one refusal: a catalogue rule, its English in the message, its words in both languages. */
function checkRefusal(r: { message: string; rule: Rule | undefined }): void {
  expect(r.rule, r.message).toBeDefined();
  const rule = r.rule!;
  expect(isRuleCode(rule.code), r.message).toBe(true);
  seen.set(rule.code, (seen.get(rule.code) ?? 0) + 1);
  const english = ruleText(rule);
  // the message carries the English whole, unless a long path or value made the line clip it
  if (!r.message.includes('...')) expect(r.message).toContain(`: ${english}, got `);
  for (const [locale, t] of [['zh-CN', tZh], ['en', tEn]] as const) {
    const words = engineRuleText(t, locale, rule);
    expect(words, `${rule.code} in ${locale}`).not.toMatch(/\{\w+\}/);
    expect(words).not.toBe(`rule.${rule.code}`);
    if (locale === 'zh-CN') expect(words, `${rule.code}: ${words}`).not.toMatch(/must|give exactly|is required|cannot|needs a/);
  }
}

function walk(arb: fc.Arbitrary<FuzzInput>, n: number, seed: number): number {
  let refused = 0;
  for (const input of fc.sample(arb, { numRuns: n, seed })) {
    const r = refusal(input);
    if (!r) continue;
    refused++;
    checkRefusal(r);
  }
  return refused;
}

describe('the rule catalogue', () => {
  afterAll(() => {
    console.log(`rule catalogue: ${RULE_CODES.length} codes, ${seen.size} met in the walk: ${[...seen].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  });

  it('every code has words in both UI languages (and the compiler checks it: Record<RuleKey, string>)', () => {
    for (const code of RULE_CODES) {
      const key = `rule.${code}` as MessageKey;
      expect(dictionaries.en[key], code).toBeTruthy();
      expect(dictionaries['zh-CN'][key], code).toBeTruthy();
      expect(dictionaries['zh-CN'][key], code).not.toMatch(/must/);
    }
  });

  it('no schema writes a rule as free text: every zod message of the engine is a catalogue rule (zodRule)', () => {
    const dir = new URL('../../src/engine/scenario/', import.meta.url);
    const freeText = /(message:\s*['`])|(_error:\s*['`])|\.(min|max|int|positive|nonnegative|finite|length|refine)\((?:[^()]*,\s*)?['`]/;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      readFileSync(new URL(f, dir), 'utf8').split('\n').forEach((line, i) => expect(freeText.test(line), `${f}:${i + 1}: ${line.trim()}`).toBe(false));
    }
  });

  it('a ScenarioError carries code and params beside the English rule, and the English is made from them', () => {
    const e = new ScenarioError('items[0].promisedLimitDays', { code: 'field.lte', field: 'legalLimitDays', path: 'items[].legalLimitDays', value: 10 }, 12);
    expect(e.message).toBe('invalid items[0].promisedLimitDays: must be ≤ legalLimitDays (10), got 12');
    expect(e.code).toBe('field.lte');
    expect(e.params).toEqual({ field: 'legalLimitDays', path: 'items[].legalLimitDays', value: 10 });
    expect(e.rule).toBe('must be ≤ legalLimitDays (10)');
  });

  it('the zod schemas’ rules come back as catalogue rules, with the English they had', () => {
    const base = preset(SMALL) as { items: Array<Record<string, unknown>>; departments: Array<Record<string, unknown>> };
    const bad = structuredClone(base);
    bad.items[0] = { ...bad.items[0], legalLimitDays: 5, promisedLimitDays: 8 };
    try {
      loadScenario(bad);
      expect.unreachable();
    } catch (e) {
      expect((e as ScenarioError).code).toBe('field.lte');
      expect((e as ScenarioError).message).toBe('invalid items[0].promisedLimitDays: must be ≤ legalLimitDays (5), got 8');
    }
  });

  it('fuzzed centre documents: every refusal names a catalogue rule worded in both languages', () => {
    const refused =
      walk(centreEnvelope(preset(SMALL)), 300, 1) +
      walk(mutated(preset(SMALL)).chain(asInput), 300, 2) +
      walk(mutated(preset('dalian-replay')).chain(asInput), 60, 3);
    expect(refused).toBeGreaterThan(300);
  });

  it('fuzzed timelines and networks: every refusal names a catalogue rule worded in both languages', () => {
    const replay = preset('dalian-replay');
    const timelines = fc.array(timelineEvent, { minLength: 1, maxLength: 5 }).map((extra): FuzzInput => ({ object: { ...replay, timeline: [...(replay.timeline as unknown[]), ...extra] } }));
    const networks = fc.oneof(mutated(preset('mm10-network')).chain(asInput), wideNetwork.map((object): FuzzInput => ({ object })));
    expect(walk(timelines, 80, 4) + walk(networks, 300, 5)).toBeGreaterThan(100);
  });

  it('hand-made bad documents: one of each kind of refusal the fuzzing rarely reaches', () => {
    const small = preset(SMALL) as Record<string, unknown> & { items: Array<Record<string, unknown>>; departments: Array<Record<string, unknown>> };
    const net = preset('mm10-network') as Record<string, unknown> & { stations: Array<Record<string, unknown>> };
    const docs: unknown[] = [
      '{"type": ',
      '[]',
      { type: 'onewindow/unknown', version: 1 },
      { ...small, version: 99 },
      { ...small, departments: [small.departments[0], small.departments[0]] },
      { ...small, items: [{ ...small.items[0], class: 'linked', departments: [small.departments[0].id] }] },
      { ...small, items: [{ ...small.items[0], share: 0.5, annualVolume: 10 }] },
      { ...small, demand: { seasonProfile: [1, 2] } },
      { ...small, simulation: { days: 5, warmupDays: 5 } },
      { ...small, projection: { startYear: 2010, endYear: 2005 } },
      { ...small, timeline: [{ kind: 'function.integrate', year: 2009, fn: 'approval' }] },
      { ...net, stations: [{ ...net.stations[0], servers: 1e7 }] },
      { ...net, stop: {} },
      { ...net, stations: [{ ...net.stations[0], service: { dist: 'uniform', min: 3, max: 2 } }] },
      { ...net, routing: { nowhere: [{ to: 'exit' }] } },
    ];
    for (const object of docs) {
      const r = refusal(typeof object === 'string' ? { text: object } : { object });
      expect(r, JSON.stringify(object).slice(0, 80)).toBeDefined();
      checkRefusal(r!);
    }
  });
});
