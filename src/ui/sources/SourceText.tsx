/**
 * Source citations in the UI: `SourceText` shows a citing text with each `[note-id]` as a link to
 * the note's screen (its title in the current language); `SourceLink` shows a registry
 * parameter's source — "assumption", or the notes it cites as links, the full text as a tooltip.
 */
import { useLocale, useT } from '../i18n/I18nProvider';
import { sourceHref, sourceParts } from './sourceText';
import './sources.css';

export function SourceText({ text }: { text: string }) {
  const { locale } = useLocale();
  return (
    <>
      {sourceParts(text).map((p, i) =>
        p.kind === 'text' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <a key={i} className="source-ref" href={sourceHref(p.id)} data-source-note={p.id}>
            {p.note ? (locale === 'zh-CN' ? p.note.title.zh : p.note.title.en) : p.id}
          </a>
        ),
      )}
    </>
  );
}

export function SourceLink({ source }: { source: string }) {
  const t = useT();
  const { locale } = useLocale();
  if (source === 'assumption') return <span className="lever-source lever-assumption" data-source="assumption">{t('lever.assumption')}</span>;
  const notes = sourceParts(source).filter((p) => p.kind === 'note');
  if (notes.length === 0) return <span className="lever-source" data-source="source">{t('lever.source', { source })}</span>;
  return (
    <span className="lever-source" data-source="source" title={source}>
      {t('lever.source', { source: '' })}
      {notes.map((p, i) => (
        <a key={i} className="source-ref" href={sourceHref(p.id)} data-source-note={p.id}>
          {p.note ? (locale === 'zh-CN' ? p.note.title.zh : p.note.title.en) : p.id}
        </a>
      ))}
    </span>
  );
}
