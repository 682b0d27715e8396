/** A domain term (src/domain: { zh, en }) in the UI's language. Pure. */
import type { Term } from '../../domain/vocabulary';
import type { Locale } from './messages';

export function term(t: Term, locale: Locale): string {
  return locale === 'zh-CN' ? t.zh : t.en;
}
