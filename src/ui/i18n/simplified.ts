/**
 * The paper's Chinese as people read it in the zh-CN UI: the seed's inline pinyin glosses removed
 * (readableZh), traditional characters converted to Simplified with OpenCC (opencc-js, its
 * traditional → mainland table), and the scrape's ASCII punctuation inside Chinese text written
 * full-width. The quotes in models/ keep the original bytes (tests prove each is in the paper);
 * only what is shown is converted. Pure; results are cached.
 */
import { Converter } from 'opencc-js/t2cn';
import { readableZh } from '../../../models/text/readable';

const toMainland = Converter({ from: 't', to: 'cn' });
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
