/**
 * The glossary: every term of the paper (models/text/glossary.ts) and every KPI (the catalogue in
 * src/domain/kpis.ts) in Chinese and English with one line on what it means, grouped, searchable.
 * `#/glossary/<term>` opens it at that entry (the links <Term> makes).
 */
import { useEffect, useMemo, useState } from 'react';
import { GLOSSARY, KPI_GLOSSARY, type GlossaryEntry, type GlossaryKind } from '../../../../models/text/glossary';
import { hrefFor, useHash } from '../../hashRoute';
import { pick } from '../../i18n/bilingual';
import { useLocale, useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { sourceText } from '../../i18n/sourceText';

const KIND_ORDER: readonly GlossaryKind[] = ['stage', 'model', 'function', 'role', 'mechanism', 'item', 'service', 'problem', 'phase', 'institution', 'law', 'level', 'term', 'person'];

/** The term a hash points at: `#/glossary/五合一` → 五合一. */
export function termInHash(hash: string): string | null {
  const m = /^#\/glossary\/(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export const entryId = (zh: string) => `term-${encodeURIComponent(zh).replace(/%/g, '')}`;

export function GlossaryView() {
  const t = useT();
  const { locale } = useLocale();
  const hash = useHash();
  const focus = termInHash(hash);
  const [query, setQuery] = useState('');
  const match = (e: GlossaryEntry) => {
    const q = query.trim().toLowerCase();
    if (!q) return true;
    return [e.zh, e.en, e.explain.zh, e.explain.en].some((s) => s.toLowerCase().includes(q));
  };
  const groups = useMemo(() => KIND_ORDER.map((kind) => ({ kind, entries: GLOSSARY.filter((e) => e.kind === kind) })).filter((g) => g.entries.length), []);
  const count = GLOSSARY.length + KPI_GLOSSARY.length;

  useEffect(() => {
    if (!focus) return;
    // after the view is shown and laid out
    const frame = requestAnimationFrame(() => {
      const el = document.getElementById(entryId(focus));
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  const row = (e: GlossaryEntry) => (
    <div key={e.zh} id={entryId(e.zh)} tabIndex={-1} className={e.zh === focus ? 'glossary-entry glossary-focus' : 'glossary-entry'} data-term={e.zh} hidden={!match(e)}>
      <dt>
        <span lang="zh-CN" className="glossary-zh">
          {e.zh}
        </span>{' '}
        <span lang="en" className="glossary-en">
          {e.en}
        </span>
      </dt>
      <dd>
        {pick(e.explain, locale)} <span className="glossary-source">{t('glossary.source', { source: sourceText(e.source, t, locale) })}</span>
      </dd>
    </div>
  );

  return (
    <div className="glossary-view">
      <section className="intro">
        <h1>{t('glossary.title')}</h1>
        <p>{t('glossary.intro')}</p>
        <p>
          <a className="button" href={hrefFor('learn')}>
            {t('glossary.back')}
          </a>
        </p>
      </section>
      <section className="card">
        <div className="field">
          <label htmlFor="glossary-search">{t('glossary.search')}</label>
          <input id="glossary-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <span className="field-unit">{t('glossary.count', { count })}</span>
        </div>
        {groups.map((g) => (
          <section key={g.kind} className="glossary-group" aria-labelledby={`glossary-${g.kind}`}>
            <h2 id={`glossary-${g.kind}`}>{t(`glossary.kind.${g.kind}` as MessageKey)}</h2>
            <dl className="glossary-list">{g.entries.map(row)}</dl>
          </section>
        ))}
        <section className="glossary-group" aria-labelledby="glossary-kpis">
          <h2 id="glossary-kpis">{t('glossary.kpis')}</h2>
          <dl className="glossary-list">{KPI_GLOSSARY.map(row)}</dl>
        </section>
      </section>
    </div>
  );
}
