/**
 * The source notes (models/sources/sourceNotes.ts) inside the app: every note with its citation,
 * the figures the model takes from it, its confidence grade and the parameters that cite it.
 * `#/sources/<id>` opens one note (scrolled to and highlighted); every "source" link in the app
 * points here.
 */
import { useEffect, useMemo } from 'react';
import { SOURCE_NOTES, sourceRefs } from '../../../../models/sources/sourceNotes';
import { centreParameters } from '../../../domain/parameters';
import { useHash } from '../../hashRoute';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { sourceHref, sourceIdOfHash } from '../../sources/sourceText';

export function SourcesView() {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const id = sourceIdOfHash(useHash());
  const citedBy = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const p of centreParameters) for (const ref of new Set(sourceRefs(p.source))) m.set(ref, [...(m.get(ref) ?? []), zh ? p.zh : p.en]);
    return m;
  }, [zh]);
  const known = id === undefined || SOURCE_NOTES.some((n) => n.id === id);

  useEffect(() => {
    if (id) document.getElementById(`source-${id}`)?.scrollIntoView({ block: 'start' });
  }, [id]);

  return (
    <div className="sources-view">
      <section className="intro">
        <h1>{t('sources.title')}</h1>
        <p>{t('sources.intro')}</p>
        {!known && (
          <p className="field-error" role="alert">
            {t('sources.unknown', { id: id ?? '' })}
          </p>
        )}
      </section>
      <nav className="card sources-index" aria-label={t('sources.title')}>
        <ul>
          {SOURCE_NOTES.map((n) => (
            <li key={n.id}>
              <a href={sourceHref(n.id)} aria-current={n.id === id ? 'location' : undefined}>
                {zh ? n.title.zh : n.title.en}
              </a>{' '}
              <span className={`source-grade source-grade-${n.grade}`}>{n.grade}</span>
            </li>
          ))}
        </ul>
      </nav>
      {SOURCE_NOTES.map((n) => {
        const users = citedBy.get(n.id) ?? [];
        return (
          <article key={n.id} id={`source-${n.id}`} className={n.id === id ? 'card source-note source-note-open' : 'card source-note'} data-testid={`source-${n.id}`} aria-labelledby={`source-title-${n.id}`}>
            <h2 id={`source-title-${n.id}`}>{zh ? n.title.zh : n.title.en}</h2>
            <p className="source-id">
              <code>[{n.id}]</code> · {t('sources.grade')}: <span className={`source-grade source-grade-${n.grade}`}>{t(`sources.grade.${n.grade}`)}</span>
            </p>
            <h3>{t('sources.citation')}</h3>
            <p className="source-citation">{zh ? n.citation.zh : n.citation.en}</p>
            {n.caveat && <p className="form-hint">{zh ? n.caveat.zh : n.caveat.en}</p>}
            <h3>{t('sources.figures')}</h3>
            <ul>
              {n.figures.map((f) => (
                <li key={f.en}>{zh ? f.zh : f.en}</li>
              ))}
            </ul>
            {users.length > 0 && (
              <>
                <h3>{t('sources.usedBy')}</h3>
                <p className="source-users">{users.join(zh ? '、' : ', ')}</p>
              </>
            )}
            {n.id === id && (
              <p>
                <a href="#/sources">{t('sources.back')}</a>
              </p>
            )}
          </article>
        );
      })}
    </div>
  );
}
