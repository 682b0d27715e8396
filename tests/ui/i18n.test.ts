import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { zhCN } from '../../src/ui/i18n/zh-CN';
import { detectLocale, dictionaries, fillTemplate, initialLocale, locales, placeholders, translate } from '../../src/ui/i18n/messages';
import { formatNumber, formatPercent } from '../../src/ui/i18n/format';

describe('i18n dictionaries', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(locales)('no %s message is empty', (locale) => {
    const empty = Object.entries(dictionaries[locale]).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('every message uses the same {placeholders} in both languages', () => {
    const mismatched = Object.keys(en).filter(
      (k) => placeholders(en[k as keyof typeof en]).join() !== placeholders(zhCN[k as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('the Chinese UI uses the paper’s terms', () => {
    const zh = Object.values(zhCN).join('\n');
    for (const term of ['行政服务中心', '窗口', '办结']) expect(zh).toContain(term);
  });
});

describe('locale choice', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('browser language %s → %s', (browser, expected) => {
    expect(detectLocale(browser)).toBe(expected);
  });

  it('a stored valid choice wins over the browser language; an invalid one is ignored', () => {
    expect(initialLocale('en', 'zh-CN')).toBe('en');
    expect(initialLocale('zh-CN', 'en-GB')).toBe('zh-CN');
    expect(initialLocale('fr', 'zh-CN')).toBe('zh-CN');
    expect(initialLocale(null, 'en-GB')).toBe('en');
  });
});

describe('messages', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(fillTemplate('{done} / {total}', { done: 3, total: 20 })).toBe('3 / 20');
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('names the field and the rule in both languages', () => {
    const rule = translate('en', 'rule.integerMin', { min: 1, value: 0 });
    expect(translate('en', 'field.error', { field: translate('en', 'field.servers'), rule })).toBe('Windows c: must be an integer ≥ 1, got 0');
    const zhRule = translate('zh-CN', 'rule.integerMin', { min: 1, value: 0 });
    expect(translate('zh-CN', 'field.error', { field: translate('zh-CN', 'field.servers'), rule: zhRule })).toBe('窗口数 c：必须是 ≥ 1 的整数，当前为 0');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('en', 1234.5678, 2)).toBe('1,234.57');
    expect(formatNumber('zh-CN', 0.5, 3)).toBe('0.500');
    expect(formatPercent('en', 0.9034, 1)).toBe('90.3%');
    expect(formatNumber('en', Number.NaN)).toBe('—');
    expect(formatPercent('en', -0.00001, 1)).toBe('0.0%');
    expect(formatNumber('en', -0.0004, 3)).toBe('0.000');
    expect(formatNumber('en', -0.0006, 3)).toBe('-0.001');
  });
});
