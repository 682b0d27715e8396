/**
 * The zh UI's traditional → Simplified conversion ships only the part of OpenCC's table that the
 * texts of models/ use (review: the whole table, 50 KB gzipped, loaded on every first visit, even
 * in English). The checked-in module is what scripts/mainlandTable.ts writes today, and every text
 * converts exactly as with OpenCC's own traditional → mainland converter.
 */
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { GENERATED, mainlandModule, modelTexts } from '../../scripts/mainlandTable';
import { chinesePunctuation, zhForPeople } from '../../src/ui/i18n/simplified';
import { readableZh } from '../../models/text/readable';
import { PAPER } from '../../models/text/paperQuotes';

const opencc = Converter({ from: 't', to: 'cn' });

describe('mainland table (the part of OpenCC the UI ships)', async () => {
  const texts = await modelTexts();

  it('finds the paper’s quotes among the texts it covers', () => {
    const quotes: string[] = Object.values(PAPER);
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) expect(texts).toContain(q);
  });

  it('is current: src/ui/i18n/mainlandTable.generated.ts is what scripts/mainlandTable.ts writes (run it after changing a text in models/)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await mainlandModule(texts));
  });

  it('converts every Chinese text of models/ exactly as OpenCC’s whole t2cn table does', () => {
    const differ = texts.filter((t) => zhForPeople(t) !== chinesePunctuation(opencc(readableZh(t))));
    expect(differ).toEqual([]);
    // and the conversion is not a no-op: the paper is in traditional characters
    expect(texts.filter((t) => zhForPeople(t) !== chinesePunctuation(readableZh(t))).length).toBeGreaterThan(10);
  });
});
