/**
 * The scenario library beside the editor: the user's own scenarios (IndexedDB) next to the
 * presets — save the draft, open, rename, duplicate, delete with undo; import a scenario file
 * (the engine checks it first: a bad one is refused with field and rule, the library untouched)
 * and export the draft; import or export the department list and the item list as CSV; share the
 * draft as a link; make a new scenario from a preset (named, saved, and opened as the draft to edit).
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { SimPool } from '../../client/simPool';
import { draftFileText, draftFromFileText, type DraftScenario, type LeverDraft } from '../draft/leverDraft';
import { downloadText } from '../export/download';
import { fileStem } from '../export/summaryExport';
import { useLocale, useT, type Translate } from '../i18n/I18nProvider';
import { engineIssueRule, engineIssueText, ruleText, specOf } from '../levers/leverRules';
import { applyItems, itemRowOf, itemsCsv, itemsFromCsv, type ItemCsvProblem } from './itemsCsv';
import { planPresets } from './presets';
import type { Locale } from '../i18n/messages';
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

/** An item column by the registry's name in the UI's language (the field id when it has none). */
function itemColumnName(column: string, locale: Locale): string {
  const spec = specOf(`items[].${column}`);
  return spec ? (locale === 'zh-CN' ? spec.zh : spec.en) : column;
}

export function itemsProblemText(t: Translate, locale: Locale, p: ItemCsvProblem): string {
  switch (p.kind) {
    case 'empty':
      return t('library.csv.empty');
    case 'missingColumn':
      return t('library.items.missingColumn', { column: p.column });
    case 'value':
      return t('library.csv.value', { row: p.row, column: itemColumnName(p.column, locale), rule: ruleText(t, p.rule), value: p.value });
    case 'class':
      return t('library.items.class', { row: p.row, value: p.value });
    case 'boolean':
      return t('library.items.boolean', { row: p.row, column: itemColumnName(p.column, locale), value: p.value });
    case 'missingId':
      return t('library.items.missingId', { row: p.row });
    case 'duplicateId':
      return t('library.items.duplicateId', { row: p.row, id: p.id });
    case 'noDepartment':
      return t('library.items.noDepartment', { row: p.row });
    case 'unknownDepartment':
      return t('library.items.unknownDepartment', { row: p.row, id: p.id });
    case 'volume':
      return t('library.items.volume', { row: p.row });
  }
}

export interface LibraryPanelProps {
  draft: LeverDraft;
  /** the draft's name in the UI's language (what changed from its preset) */
  draftName: string;
  onOpen: (draft: LeverDraft) => void;
  pool: Pick<SimPool, 'validate'>;
  /** a new scenario from this preset became the draft: the view shows that preset's editor */
  onNewFromPreset?: (presetId: string) => void;
}

export function LibraryPanel({ draft, draftName, onOpen, pool, onNewFromPreset }: LibraryPanelProps) {
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
  const itemsInput = useRef<HTMLInputElement>(null);
  const [newPreset, setNewPreset] = useState(planPresets[0]?.id ?? '');
  const [newName, setNewName] = useState<string>();

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
      setMessage({ kind: 'error', text: t('library.importRefused', { name: file.name }), lines: [engineIssueText(t, checked, read.draft.scenario, zh)] });
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

  const importItems = async (ev: ChangeEvent<HTMLInputElement>) => {
    const file = ev.target.files?.[0];
    ev.target.value = '';
    if (!file) return;
    const refused = (lines: string[]) => setMessage({ kind: 'error', text: t('library.itemsRefused', { name: file.name }), lines });
    const parsed = itemsFromCsv(await file.text(), draft.scenario.departments.map((d) => d.id));
    if (!parsed.ok) return refused(parsed.problems.map((p) => itemsProblemText(t, locale, p)));
    const next = applyItems(draft, parsed.items);
    // the engine's own rules across fields (shares summing to 1, promised ≤ legal, linked items…), by row and column
    const checked = await pool.validate(next.scenario);
    if (!checked.ok) {
      const at = itemRowOf(checked.path);
      return refused([at ? t('library.items.engine', { row: at.row, column: itemColumnName(at.column, locale), rule: engineIssueRule(t, locale, checked) }) : engineIssueText(t, checked, next.scenario, zh)]);
    }
    onOpen(next);
    setMessage({ kind: 'note', text: t('library.itemsApplied', { n: parsed.items.length }) });
  };

  const chosenPreset = planPresets.find((p) => p.id === newPreset);
  const presetName = chosenPreset ? (zh ? chosenPreset.nameZh : chosenPreset.name) : '';
  const createFromPreset = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!chosenPreset) return;
    const name = (newName ?? presetName).trim();
    if (!name) return setMessage({ kind: 'error', text: t('library.new.noName') });
    const scenario = structuredClone(chosenPreset.json) as DraftScenario;
    await act((lib) => lib.add(name, scenario, chosenPreset.id));
    onOpen({ baseId: chosenPreset.id, scenario, text: {} });
    onNewFromPreset?.(chosenPreset.id);
    setNewName(undefined);
    setMessage({ kind: 'note', text: t('library.new.created', { name, preset: presetName }) });
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
        <button type="button" className="button button-small" onClick={() => itemsInput.current?.click()}>
          {t('library.itemsImport')}
        </button>
        <button type="button" className="button button-small" onClick={() => downloadText(`${stem}-items.csv`, itemsCsv(draft.scenario.items ?? []), 'text/csv')}>
          {t('library.itemsExport')}
        </button>
        <button type="button" className="button button-small" onClick={share} data-testid="share-button">
          {t('library.share')}
        </button>
        <input ref={jsonInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importJson(e)} data-testid="library-import" aria-label={t('lever.import')} />
        <input ref={csvInput} type="file" accept=".csv,text/csv" hidden onChange={(e) => void importCsv(e)} data-testid="library-csv" aria-label={t('library.csvImport')} />
        <input ref={itemsInput} type="file" accept=".csv,text/csv" hidden onChange={(e) => void importItems(e)} data-testid="library-items-csv" aria-label={t('library.itemsImport')} />
      </div>
      <form className="library-new" onSubmit={(e) => void createFromPreset(e)} data-testid="library-new">
        <fieldset>
          <legend>{t('library.new.legend')}</legend>
          <div className="field">
            <label htmlFor="library-new-preset">{t('library.new.preset')}</label>
            <select id="library-new-preset" value={newPreset} onChange={(e) => (setNewPreset(e.target.value), setNewName(undefined))}>
              {planPresets.map((p) => (
                <option key={p.id} value={p.id}>
                  {zh ? p.nameZh : p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="library-new-name">{t('library.new.name')}</label>
            <input id="library-new-name" value={newName ?? presetName} onChange={(e) => setNewName(e.target.value)} />
          </div>
          <button type="submit" className="button button-small" disabled={unavailable}>
            {t('library.new.create')}
          </button>
        </fieldset>
      </form>
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
