/** Bilingual texts from models/ ({ zh, en }) in the UI's language. Pure. */
import { readableZh } from '../../../models/text/readable';
import type { Bilingual } from '../../../models/text/types';
import type { Locale } from './messages';

/** The text in the given locale; Chinese quotes of the paper are cleaned of the seed's pinyin glosses. */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'zh-CN' ? readableZh(text.zh) : text.en;
}
