/**
 * The national figures' sources and dates in the UI's language (review: Evolution's national table
 * showed the English source texts inside the Chinese UI). Each figure of models/data/national.json
 * has its Chinese `whenZh` and `sourceZh` beside the English, citing the same source notes, and the
 * Evolution panel shows them in zh.
 * @vitest-environment jsdom
 */
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { figureText, NATIONAL } from '../../src/ui/sources/nationalFigures';
import { NationalPanel } from '../../src/ui/views/evolution/NationalPanel';

const citations = (s: string) => [...s.matchAll(/\[([\w-]+)\]/g)].map((m) => m[1]);
/** English words of the source texts that are not part of a host name or a title (e.g. "paper", "census", "gives"). */
const englishWords = (s: string) => s.replace(/\b[\w.-]+\.(com|cn|tw|htm|shtml)[\w./-]*/g, '').replace(/\[[\w-]+\]/g, '').match(/\b[A-Za-z]{3,}\b/g) ?? [];

afterEach(cleanup);

describe('national figures in zh and en', () => {
  it('every figure has its date and source in Chinese, citing the same source notes as the English', () => {
    expect(NATIONAL.length).toBeGreaterThan(10);
    for (const f of NATIONAL) {
      expect(f.whenZh, f.id).toMatch(/\d{4}/);
      expect(typeof f.sourceZh, f.id).toBe('string');
      expect(citations(f.sourceZh), f.id).toEqual(citations(f.source));
      expect(englishWords(f.sourceZh), f.id).toEqual([]);
    }
  });

  it('Evolution’s national table shows the Chinese date and source in zh, the English in en', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const view = render(
        <I18nProvider locale={locale}>
          <NationalPanel />
        </I18nProvider>,
      );
      for (const f of NATIONAL) {
        const row = view.container.querySelector(`tr[data-figure="${f.id}"]`) as HTMLElement;
        const cells = within(row).getAllByRole('cell');
        const text = figureText(f, locale);
        expect(cells[1].textContent).toBe(text.when);
        const source = cells[2].textContent ?? '';
        if (locale === 'zh-CN') expect(englishWords(source), `${f.id}: ${source}`).toEqual([]);
        else expect(source).toMatch(/[A-Za-z]/);
      }
      cleanup();
    }
  });
});
