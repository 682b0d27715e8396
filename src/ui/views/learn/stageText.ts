/**
 * The paper's text attached to statechart states, in the UI's language. Chinese quotes are the
 * paper's own characters, cleaned of the seed's inline pinyin glosses. Pure.
 */
import type { StateMeta } from '../../../../models/text/types';
import { pick } from '../../i18n/bilingual';
import type { Locale } from '../../i18n/messages';

/** The name, quote and source of a state in the given locale. */
export function stateText(meta: StateMeta, locale: Locale): { name: string; quote?: string; notes: string[]; source: string } {
  return {
    name: locale === 'zh-CN' ? meta.zh : meta.en,
    quote: meta.quote ? pick(meta.quote, locale) : undefined,
    notes: (meta.notes ?? []).map((n) => pick(n, locale)),
    source: meta.source,
  };
}
