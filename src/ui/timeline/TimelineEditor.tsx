/**
 * The reform-timeline editor: the events of an edited timeline as a table (year, name, kind) where
 * each can be given another year, moved earlier or later, or removed; a form adds an event of any
 * kind in its date place. Every change goes through the engine's checks in the worker
 * (`useTimelineDraft`); a refused one is shown with its reason in the UI's language.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { FUNCTION_IDS, FUNCTION_TERMS, MECHANISMS, MECHANISM_TERMS, SERVICE_TERMS, STAGE3_SERVICES, STATIONINGS, STATIONING_TERMS } from '../../domain/vocabulary';
import type { TimelineKind } from '../../engine/scenario/timelineSchema';
import { useLocale, useT } from '../i18n/I18nProvider';
import { TIMELINE_KIND_OPTIONS } from '../i18n/plannerMessages';
import { term } from '../i18n/term';
import type { MessageKey } from '../i18n/messages';
import { addEvent, choiceField, eventsOf, moveEvent, newEvent, removeEvent, setEventYear, yearRange, type NewEventChoice } from './timelineEdit';
import { eventName, timelineRefusal } from './timelineRules';
import type { TimelineDraftApi } from './useTimelineDraft';
import './timeline.css';

export function TimelineEditor({ api }: { api: TimelineDraftApi }) {
  const t = useT();
  const { locale } = useLocale();
  const events = eventsOf(api.scenario);
  const { start, end } = yearRange(api.scenario);
  const [kind, setKind] = useState<TimelineKind>('mechanism.enable');
  const [year, setYear] = useState(String(start));
  const [choice, setChoice] = useState<Record<string, string>>({ mechanism: MECHANISMS[0], fn: FUNCTION_IDS[0], service: STAGE3_SERVICES[0], stationing: 'whole-unit', share: '0.9' });
  const name = (i: number) => eventName(t, locale, events[i]);

  const readYear = (text: string): number | undefined => {
    const y = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(y)) {
      api.refuse(t('timeline.badYear', { start, end, value: text }));
      return undefined;
    }
    return y;
  };

  const commitYear = (i: number, text: string) => {
    if (text.trim() === String(events[i].year)) return;
    const y = readYear(text);
    if (y === undefined) return;
    api.propose(setEventYear(api.scenario, i, y).scenario, t('timeline.moved', { event: `${y} · ${name(i)}` }));
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const y = readYear(year);
    if (y === undefined) return;
    const field = choiceField(kind);
    let c: NewEventChoice;
    if (field === 'share') {
      const share = Number(choice.share.trim());
      if (choice.share.trim() === '' || !Number.isFinite(share) || share < 0 || share > 1) return api.refuse(t('timeline.badShare', { value: choice.share }));
      c = { kind, share } as NewEventChoice;
    } else c = (field ? { kind, [field]: choice[field] } : { kind }) as NewEventChoice;
    const event = newEvent(c, y);
    api.propose(addEvent(api.scenario, event).scenario, t('timeline.added', { event: `${y} · ${eventName(t, locale, event)}` }));
  };

  const field = choiceField(kind);
  const st = api.status;
  return (
    <section className="card timeline-editor" aria-labelledby="timeline-editor-title" data-testid="timeline-editor">
      <h2 id="timeline-editor-title">{t('timeline.title', { n: events.length })}</h2>
      <p className="hint">{t('timeline.intro')}</p>
      <div className="timeline-toolbar">
        <button type="button" className="button button-small" disabled={!api.canUndo} onClick={api.undo}>
          ↶ {t('editor.undo')}
        </button>
        <button type="button" className="button button-small" disabled={!api.canRedo} onClick={api.redo}>
          ↷ {t('editor.redo')}
        </button>
        <button type="button" className="button button-small" disabled={!api.edited} onClick={api.reset}>
          {t('timeline.reset')}
        </button>
      </div>
      <p className={`timeline-status${st.kind === 'refused' ? ' run-error' : ''}`} role={st.kind === 'refused' ? 'alert' : 'status'} data-testid="timeline-status">
        {st.kind === 'checking' ? t('timeline.checking') : st.kind === 'done' ? st.message : st.kind === 'refused' ? (st.events ? timelineRefusal(t, locale, st, st.events) : st.message) : ''}
      </p>
      <div className="timeline-scroll">
        <table className="timeline-table" data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('timeline.col.year')}</th>
              <th scope="col">{t('timeline.col.event')}</th>
              <th scope="col">{t('timeline.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={`${api.version}-${i}`} data-kind={e.kind} data-year={e.year}>
                <td>{i + 1}</td>
                <td>
                  <input
                    className="timeline-year"
                    inputMode="numeric"
                    defaultValue={String(e.year)}
                    aria-label={t('timeline.yearOf', { n: i + 1 })}
                    onBlur={(ev) => commitYear(i, ev.currentTarget.value)}
                    onKeyDown={(ev: KeyboardEvent<HTMLInputElement>) => {
                      if (ev.key === 'Enter') {
                        ev.preventDefault();
                        commitYear(i, ev.currentTarget.value);
                      }
                    }}
                  />
                </td>
                <td className="timeline-event">
                  <span>{name(i)}</span>
                  {e.month ? <span className="hint"> · {t('evolution.month', { m: e.month })}</span> : null}
                  <span className="hint timeline-kind"> · {t(`timeline.kind.${e.kind}` as MessageKey)}</span>
                </td>
                <td className="timeline-actions">
                  <button type="button" className="button button-small" disabled={i === 0} aria-label={t('timeline.earlierOf', { n: i + 1 })} title={t('timeline.earlier')} onClick={() => api.propose(moveEvent(api.scenario, i, -1).scenario, t('timeline.moved', { event: `${e.year} · ${name(i)}` }))}>
                    ↑
                  </button>
                  <button type="button" className="button button-small" disabled={i === events.length - 1} aria-label={t('timeline.laterOf', { n: i + 1 })} title={t('timeline.later')} onClick={() => api.propose(moveEvent(api.scenario, i, 1).scenario, t('timeline.moved', { event: `${e.year} · ${name(i)}` }))}>
                    ↓
                  </button>
                  <button type="button" className="button button-small" aria-label={t('timeline.removeOf', { n: i + 1 })} title={t('timeline.remove')} onClick={() => api.propose(removeEvent(api.scenario, i), t('timeline.removed', { event: `${e.year} · ${name(i)}` }))}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="timeline-add" onSubmit={add} noValidate>
        <fieldset>
          <legend>{t('timeline.add.legend')}</legend>
          <div className="field">
            <label htmlFor="timeline-add-kind">{t('timeline.add.kind')}</label>
            <select id="timeline-add-kind" value={kind} onChange={(e) => setKind(e.target.value as TimelineKind)}>
              {TIMELINE_KIND_OPTIONS.map((k) => (
                <option key={k} value={k}>
                  {t(`timeline.kind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="timeline-add-year">{t('timeline.add.year')}</label>
            <input id="timeline-add-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
          </div>
          {field === 'share' ? (
            <div className="field">
              <label htmlFor="timeline-add-choice">{t('timeline.add.share')}</label>
              <input id="timeline-add-choice" inputMode="decimal" value={choice.share} onChange={(e) => setChoice({ ...choice, share: e.target.value })} />
            </div>
          ) : field ? (
            <div className="field">
              <label htmlFor="timeline-add-choice">{t(`timeline.add.${field}` as MessageKey)}</label>
              <select id="timeline-add-choice" value={choice[field]} onChange={(e) => setChoice({ ...choice, [field]: e.target.value })}>
                {(field === 'mechanism'
                  ? MECHANISMS.map((m) => [m, term(MECHANISM_TERMS[m], locale)])
                  : field === 'fn'
                    ? FUNCTION_IDS.map((f) => [f, term(FUNCTION_TERMS[f], locale)])
                    : field === 'service'
                      ? STAGE3_SERVICES.map((s) => [s, term(SERVICE_TERMS[s], locale)])
                      : STATIONINGS.map((s) => [s, term(STATIONING_TERMS[s], locale)])
                ).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit" className="button">
            {t('timeline.add.submit')}
          </button>
          <p className="hint">{t('timeline.add.defaults')}</p>
        </fieldset>
      </form>
    </section>
  );
}
