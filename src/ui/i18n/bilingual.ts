/** Bilingual texts from models/ ({ zh, en }) in the UI's language. Pure. */
import type { Bilingual } from '../../../models/text/types';
import type { Locale } from './messages';
import { zhForPeople } from './simplified';

/** The text in the given locale; Chinese quotes of the paper are shown as zhForPeople() makes them (no glosses, Simplified). */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'zh-CN' ? zhForPeople(text.zh) : text.en;
}
