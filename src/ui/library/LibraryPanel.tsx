/**
 * The scenario library beside the editor: the user's own scenarios (IndexedDB) next to the
 * presets — save the draft, open, rename, duplicate, delete with undo; import a scenario file
 * (the engine checks it first: a bad one is refused with field and rule, the library untouched)
 * and export the draft; import or export the department list as CSV; share the draft as a link.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { SimPool } from '../../client/simPool';
import { draftFileText, draftFromFileText, type DraftScenario, type LeverDraft } from '../draft/leverDraft';
import { downloadText } from '../export/download';
import { fileStem } from '../export/summaryExport';
import { useLocale, useT, type Translate } from '../i18n/I18nProvider';
import { engineIssueText, ruleText } from '../levers/leverRules';
import { applyDepartments, departmentsCsv, departmentsFromCsv, type CsvProblem } from './departmentsCsv';
import { pageDb } from './session';
import { createLibrary, type LibraryEntry, type ScenarioLibrary } from './scenarioLibrary';
import { shareUrl } from './shareLink';
import { storageFailure } from './storageFailure';

let libraryPromise: Promise<ScenarioLibrary> | undefined;
/** The one library of this page (opened on first use). */
export function pageLibrary(): Promise<ScenarioLibrary> {
  libraryPromise ??= pageDb().then((db) => createLibrary(db));
  return libraryPromise;
}

export function csvProblemText(t: Translate, p: CsvProblem): string {
  switch (p.kind) {
    case 'empty':
      return t('library.csv.empty');
    case 'missingColumn':
      return t('library.csv.missingColumn', { column: p.column });
    case 'value':
      return t('library.csv.value', { row: p.row, column: p.column, rule: ruleText(t, p.rule), value: p.value });
    case 'stationing':
      return t('library.csv.stationing', { row: p.row, value: p.value });
    case 'missingId':
      return t('library.csv.missingId', { row: p.row });
    case 'duplicateId':
      return t('library.csv.duplicateId', { row: p.row, id: p.id });
    case 'itemOrphaned':
      return t('library.csv.itemOrphaned', { item: p.item, department: p.department });
  }
}

export interface LibraryPanelProps {
  draft: LeverDraft;
  /** the draft's name in the UI's language (what changed from its preset) */
  draftName: string;
  onOpen: (draft: LeverDraft) => void;
  pool: Pick<SimPool, 'validate'>;
}

export function LibraryPanel({ draft, draftName, onOpen, pool }: LibraryPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const [entries, setEntries] = useState<LibraryEntry[]>();
  const [unavailable, setUnavailable] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'note'; text: string; lines?: string[] }>();
  const [deleted, setDeleted] = useState<LibraryEntry>();
  const [renaming, setRenaming] = useState<{ id: string; name: string }>();
  const [link, setLink] = useState<string>();
  const jsonInput = useRef<HTMLInputElement>(null);
  const csvInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setEntries(await (await pageLibrary()).list());
    } catch {
      setUnavailable(true);
    }
  }, []);
  useEffect(() => {
    let alive = true;
    pageLibrary()
      .then((lib) => lib.list())
      .then(
        (list) => alive && setEntries(list),
        () => alive && setUnavailable(true),
      );
    return () => {
      alive = false;
    };
  }, []);

  /**
   * Change the library; true when it was kept. A refused write (storage full, issue 12 point 3)
   * is said in a message and changes nothing: IndexedDB aborts the whole transaction, the list
   * is read again, and the draft is untouched. Only a library that cannot be opened is unavailable.
   */
  const act = async (f: (lib: ScenarioLibrary) => Promise<unknown>): Promise<boolean> => {
    let lib: ScenarioLibrary;
    try {
      lib = await pageLibrary();
    } catch {
      setUnavailable(true);
      return false;
    }
    let kept = true;
    try {
      await f(lib);
    } catch (error) {
      kept = false;
      const failure = storageFailure(error);
      setMessage({ kind: 'error', text: failure.kind === 'quota' ? t('library.quota') : t('library.writeFailed', { detail: failure.detail }) });
    }
    await refresh();
    return kept;
  };

  const saveDraft = () => act((lib) => lib.add(draftName, draft.scenario, draft.baseId).then(() => setMessage({ kind: 'note', text: t('library.saved', { name: draftName }) })));
  const open = (e: LibraryEntry) => onOpen({ baseId: e.baseId ?? `library:${e.id}`, scenario: structuredClone(e.scenario), text: {} });
  const remove = (e: LibraryEntry) => act(async (lib) => setDeleted(await lib.remove(e.id)));
  const undoDelete = () => deleted && act((lib) => lib.restore(deleted).then(() => setDeleted(undefined)));

  const importJson = async (ev: ChangeEvent<HTMLInputElement>) => {
    const file = ev.target.files?.[0];
    ev.target.value = '';
    if (!file) return;
    const read = draftFromFileText(await file.text(), `library:${file.name}`);
    if (!read.ok) {
      setMessage({ kind: 'error', text: t('library.importRefused', { name: file.name }), lines: [t('library.badFile', { detail: read.message })] });
      return;
    }
    const checked = await pool.validate(read.draft.scenario);
    if (!checked.ok) {
      setMessage({ kind: 'error', text: t('library.importRefused', { name: file.name }), lines: [engineIssueText(t, checked.message, read.draft.scenario, zh)] });
      return;
    }
    const name = String((zh ? read.draft.scenario.nameZh : read.draft.scenario.name) || read.draft.scenario.name || file.name);
    if (await act((lib) => lib.add(name, read.draft.scenario as DraftScenario))) setMessage({ kind: 'note', text: t('library.imported', { name }) });
  };

  const importCsv = async (ev: ChangeEvent<HTMLInputElement>) => {
    const file = ev.target.files?.[0];
    ev.target.value = '';
    if (!file) return;
    const parsed = departmentsFromCsv(await file.text());
    const applied = parsed.ok ? applyDepartments(draft, parsed.departments) : parsed;
    if (!applied.ok) {
      setMessage({ kind: 'error', text: t('library.csvRefused', { name: file.name }), lines: applied.problems.map((p) => csvProblemText(t, p)) });
      return;
    }
    onOpen(applied.draft);
    setMessage({ kind: 'note', text: t('library.csvApplied', { n: applied.draft.scenario.departments.length }) });
  };

  const share = () => setLink(shareUrl(draft.scenario, window.location));
  const stem = fileStem(String(draft.scenario.name ?? 'scenario'));

  return (
    <section className="card library-panel" aria-labelledby="library-title" data-testid="library">
      <h2 id="library-title">{t('library.title')}</h2>
      <div className="result-actions">
        <button type="button" className="button button-small" onClick={() => void saveDraft()} disabled={unavailable}>
          {t('library.save')}
        </button>
        <button type="button" className="button button-small" onClick={() => jsonInput.current?.click()}>
          {t('lever.import')}
        </button>
        <button type="button" className="button button-small" onClick={() => downloadText(`${stem}.scenario.json`, draftFileText(draft), 'application/json')}>
          {t('lever.export')}
        </button>
        <button type="button" className="button button-small" onClick={() => csvInput.current?.click()}>
          {t('library.csvImport')}
        </button>
        <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-departments.csv`, departmentsCsv(draft.scenario.departments), 'text/csv')}>
          {t('library.csvExport')}
        </button>
        <button type="button" className="button button-small" onClick={share} data-testid="share-button">
          {t('library.share')}
        </button>
        <input ref={jsonInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importJson(e)} data-testid="library-import" aria-label={t('lever.import')} />
        <input ref={csvInput} type="file" accept=".csv,text/csv" hidden onChange={(e) => void importCsv(e)} data-testid="library-csv" aria-label={t('library.csvImport')} />
      </div>
      {link && (
        <div className="field share-link">
          <label htmlFor="share-link">{t('library.shareLabel')}</label>
          <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
          <span className="field-unit">{t('library.shareHint', { n: link.length })}</span>
        </div>
      )}
      {message && (
        <div className={message.kind === 'error' ? 'form-alert' : 'form-hint'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="library-message">
          <p>{message.text}</p>
          {message.lines && (
            <ul>
              {message.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {deleted && (
        <p className="form-hint" role="status">
          {t('library.deleted', { name: deleted.name })}{' '}
          <button type="button" className="button button-small" onClick={() => void undoDelete()}>
            {t('editor.undo')}
          </button>
        </p>
      )}
      {unavailable ? (
        <p className="form-hint">{t('library.unavailable')}</p>
      ) : (
        <>
          <h3>{t('library.mine', { n: entries?.length ?? 0 })}</h3>
          {entries && entries.length === 0 && <p className="form-hint">{t('library.empty')}</p>}
          <ul className="library-list" data-testid="library-list">
            {entries?.map((e) => (
              <li key={e.id} data-entry={e.id}>
                {renaming?.id === e.id ? (
                  <form
                    className="library-rename"
                    onSubmit={(ev) => {
                      ev.preventDefault();
                      const name = renaming.name.trim();
                      if (name) void act((lib) => lib.rename(e.id, name));
                      setRenaming(undefined);
                    }}
                  >
                    <label className="visually-hidden" htmlFor={`rename-${e.id}`}>
                      {t('library.rename')}
                    </label>
                    <input id={`rename-${e.id}`} value={renaming.name} onChange={(ev) => setRenaming({ id: e.id, name: ev.target.value })} autoFocus />
                    <button type="submit" className="button button-small">
                      {t('library.renameDone')}
                    </button>
                  </form>
                ) : (
                  <span className="library-name">{e.name}</span>
                )}
                <span className="library-actions">
                  <button type="button" className="button button-small" onClick={() => open(e)}>
                    {t('library.open')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => setRenaming({ id: e.id, name: e.name })}>
                    {t('library.rename')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => void act((lib) => lib.duplicate(e.id, (n) => t('library.copyName', { name: n })))}>
                    {t('library.duplicate')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => void remove(e)}>
                    {t('library.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
