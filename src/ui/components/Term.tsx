/**
 * A term of the paper (or a KPI's name) linked to its glossary entry: `<Term zh="五合一">…</Term>`.
 * The link opens the Glossary at the entry (`#/glossary/<term>`), its tooltip is the entry's one-line
 * explanation in the UI's language. A term the glossary lacks renders as plain text, so a caller can
 * wrap any domain word without checking first; tests/ui/glossary.test.ts checks the words Learn wraps.
 */
import type { ReactNode } from 'react';
import { findGlossaryEntry } from '../../../models/text/glossary';
import { useLocale } from '../i18n/I18nProvider';
import { pick } from '../i18n/bilingual';

/** The glossary route of a term. */
export const glossaryHref = (zh: string) => `#/glossary/${encodeURIComponent(zh)}`;

export function Term({ zh, children }: { zh: string; children?: ReactNode }) {
  const { locale } = useLocale();
  const entry = findGlossaryEntry(zh);
  const label = children ?? (entry ? pick({ zh: entry.zh, en: entry.en }, locale) : zh);
  if (!entry) return <>{label}</>;
  return (
    <a className="term-link" href={glossaryHref(entry.zh)} title={pick(entry.explain, locale)} data-term={entry.zh}>
      {label}
    </a>
  );
}
