/**
 * The paper's Chinese as people read it in the zh-CN UI: the seed's inline pinyin glosses removed
 * (readableZh), traditional characters converted to Simplified with OpenCC's converter over the
 * part of its traditional → mainland table that models/ uses (mainlandTable.generated.ts, written
 * by scripts/mainlandTable.ts; tests/ui/mainlandTable.test.ts proves every text converts as with
 * OpenCC's whole table, which is 50 KB gzipped), and the scrape's ASCII punctuation inside Chinese
 * text written full-width. The quotes in models/ keep the original bytes (tests prove each is in
 * the paper); only what is shown is converted. Pure; results are cached.
 */
import { ConverterFactory } from 'opencc-js/core';
import { readableZh } from '../../../models/text/readable';
import { NORMALISE, TO_MAINLAND } from './mainlandTable.generated';

/** OpenCC's "source target|…" form as pairs (an empty table has none). */
const pairs = (table: string): [string, string][] => (table ? table.split('|').map((e) => e.split(' ') as [string, string]) : []);
const toMainland = ConverterFactory([pairs(NORMALISE)], [pairs(TO_MAINLAND)]);
const cache = new Map<string, string>();
const CJK = '[\\u3400-\\u9fff“”]';

/** Full-width Chinese punctuation where the scrape has ASCII (a comma between digits stays); pure. */
export function chinesePunctuation(s: string): string {
  return s
    .replace(/,(?!\d)/g, '，')
    .replace(/;/g, '；')
    .replace(new RegExp(`(${CJK}):`, 'g'), '$1：')
    .replace(new RegExp(`\\((?=[^)]*${CJK})([^)]*)\\)`, 'g'), '（$1）');
}

/** A Chinese text of the paper for the zh-CN UI: no glosses, Simplified characters, Chinese punctuation; pure. */
export function zhForPeople(zh: string): string {
  let out = cache.get(zh);
  if (out === undefined) {
    out = chinesePunctuation(toMainland(readableZh(zh)));
    cache.set(zh, out);
  }
  return out;
}
