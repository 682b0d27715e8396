/**
 * The lever editor: start from a centre preset and change the levers the paper names —
 * window organisation, each mechanism, the five functions, demand and online adoption (the
 * departments — stationing 进驻方式, authorisation 授权到位, windows, staff — are the one
 * `DepartmentEditor` table, shown beside this editor by Plan and Compare). Every field shows
 * its unit and its source (or "assumption") from the parameter registry. A value that breaks a
 * rule is kept as typed and named with its field and rule; the scenario keeps its last valid value.
 * The draft itself (state, storage) belongs to the caller; this component only edits it.
 */
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { FUNCTION_IDS, FUNCTION_LEVELS, FUNCTION_LEVEL_TERMS, FUNCTION_TERMS, MECHANISMS, type CentreTypeId, type FunctionLevel } from '../../domain/vocabulary';
import { term } from '../i18n/term';
import { downloadText } from '../export/download';
import { fileStem } from '../export/summaryExport';
import { useLocale, useT } from '../i18n/I18nProvider';
import {
  allItemsOnline,
  changedPaths,
  draftFileText,
  draftFromFileText,
  draftIssues,
  editNumber,
  editFunction,
  editMechanism,
  editScenario,
  fieldText,
  getPath,
  setAllItemsOnline,
  WINDOW_ORGANISATIONS,
  type WindowOrganisation,
  type LeverDraft,
} from '../draft/leverDraft';
import { engineIssueText, fieldLabel, issueText, leverRule, specOf, type EngineIssue } from './leverRules';
import { SourceNote } from './SourceNote';
import { HourProfileEditor } from './HourProfileEditor';
import { CENTRE_TYPES } from '../../../models/centreTypes/registry';
import { pick } from '../i18n/bilingual';
import { registryUnitText } from '../i18n/registryUnit';
import type { CentrePreset } from '../library/presets';


export interface LeverEditorProps {
  draft: LeverDraft;
  onChange: (draft: LeverDraft) => void;
  presets: readonly CentrePreset[];
  /** start again from a preset (discards the draft's edits) */
  onReset: (presetId: string) => void;
  /** the engine's validation error of the draft's scenario, if any (`invalid <path>: <rule>, got <value>`) */
  engineError?: EngineIssue & { path: string };
  /** prefix of element ids and test ids, so two editors (Plan, Compare) can live in one page */
  idPrefix?: string;
  /** inside another form (Plan): the base is the preset picked there, no card or base picker of its own */
  embedded?: boolean;
}

export function LeverEditor({ draft, onChange, presets, onReset, engineError, idPrefix = 'lever', embedded = false }: LeverEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const fileInput = useRef<HTMLInputElement>(null);
  const unitOf = (unit: string) => registryUnitText(unit, locale, t('text.englishOnly'));
  const [importError, setImportError] = useState<string>();
  const [resetTo, setResetTo] = useState(draft.baseId);

  const issues = useMemo(() => draftIssues(draft, leverRule), [draft]);
  const issueByPath = new Map(issues.map((i) => [i.path, i]));
  const base = presets.find((p) => p.id === draft.baseId);
  const changed = useMemo(() => (base ? changedPaths(base.json, draft.scenario) : []), [base, draft.scenario]);

  const number = (path: string, opts: { label?: string; compact?: boolean } = {}) => {
    const spec = specOf(path);
    const id = `${idPrefix}-${path.replace(/[^\w]+/g, '-')}`;
    const issue = issueByPath.get(path);
    const engineMessage = !issue && engineError?.path === path ? engineIssueText(t, engineError, draft.scenario, zh) : undefined;
    const fallback = typeof spec?.default === 'number' ? spec.default : undefined;
    const label = opts.label ?? fieldLabel(path, draft.scenario, zh);
    return (
      <div className={issue || engineMessage ? 'field lever-field field-invalid' : 'field lever-field'} key={path}>
        <label htmlFor={id} className={opts.compact ? 'visually-hidden' : undefined}>
          {label}
        </label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          data-path={path}
          value={fieldText(draft, path, fallback)}
          aria-invalid={issue || engineMessage ? true : undefined}
          aria-describedby={issue || engineMessage ? `${id}-error` : undefined}
          onChange={(e) => onChange(editNumber(draft, path, e.target.value, leverRule(path) ?? { integer: false }))}
        />
        {!opts.compact && spec && (
          <span className="field-unit">
            {unitOf(spec.unit)} · <SourceNote path={path} />
          </span>
        )}
        {(issue || engineMessage) && (
          <span className="field-error" id={`${id}-error`} data-field-error={path}>
            {issue ? issueText(t, issue, draft.scenario, zh) : engineMessage}
          </span>
        )}
      </div>
    );
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const read = draftFromFileText(await file.text(), draft.baseId);
    if (read.ok) {
      setImportError(undefined);
      onChange(read.draft);
    } else setImportError(t('lever.importError', { name: file.name, message: read.message }));
  };

  const name = String((zh ? draft.scenario.nameZh : draft.scenario.name) || draft.scenario.name || '');

  return (
    <section className={embedded ? 'lever-editor' : 'lever-editor card'} aria-labelledby={`${idPrefix}-title`} data-testid={`${idPrefix}-editor`}>
      {embedded ? (
        <h3 id={`${idPrefix}-title`} className="visually-hidden">
          {t('lever.title')}
        </h3>
      ) : (
        <h2 id={`${idPrefix}-title`}>{t('lever.title')}</h2>
      )}
      <p className="form-hint">{t('lever.intro')}</p>
      <div className="lever-toolbar">
        {!embedded && (
        <div className="field">
          <label htmlFor={`${idPrefix}-base`}>{t('lever.base')}</label>
          <select id={`${idPrefix}-base`} value={resetTo} onChange={(e) => setResetTo(e.target.value)}>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {zh ? p.nameZh : p.name}
              </option>
            ))}
          </select>
        </div>
        )}
        <button type="button" className="button button-small" onClick={() => onReset(embedded ? draft.baseId : resetTo)}>
          {t('lever.reset')}
        </button>
        <button type="button" className="button button-small" onClick={() => downloadText(`${fileStem(String(draft.scenario.name ?? 'scenario'))}-edited.scenario.json`, draftFileText(draft), 'application/json')}>
          {t('lever.export')}
        </button>
        <button type="button" className="button button-small" onClick={() => fileInput.current?.click()}>
          {t('lever.import')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void importFile(e)} data-testid={`${idPrefix}-import`} aria-label={t('lever.import')} />
      </div>
      <p className="lever-status" data-testid={`${idPrefix}-status`}>
        {t('lever.status', { name, n: changed.length })}
        {changed.length > 0 && <span className="lever-changed" title={changed.join('\n')}> {changed.slice(0, 4).join(', ')}{changed.length > 4 ? ' …' : ''}</span>}
      </p>
      {importError && (
        <p className="field-error" role="alert">
          {importError}
        </p>
      )}
      {engineError && (
        <p className="form-alert" role="alert" data-testid={`${idPrefix}-engine-error`}>
          {t('compare.engineError', { message: engineIssueText(t, engineError, draft.scenario, zh) })}
        </p>
      )}
      {issues.length > 0 && (
        <div className="form-alert" role="alert" data-testid={`${idPrefix}-issues`}>
          <p>{t('lever.issues', { n: issues.length })}</p>
        </div>
      )}

      <fieldset className="lever-group">
        <legend>{t('lever.group.hall')}</legend>
        <div className="field lever-field">
          <label htmlFor={`${idPrefix}-centreType`}>{fieldLabel('centreType', draft.scenario, zh)}</label>
          <select id={`${idPrefix}-centreType`} value={String(getPath(draft.scenario, 'centreType') ?? 'functionIntegration')} onChange={(e) => onChange(editScenario(draft, { centreType: e.target.value as CentreTypeId }))}>
            {(Object.keys(CENTRE_TYPES) as CentreTypeId[]).map((id) => (
              <option key={id} value={id}>
                {pick(CENTRE_TYPES[id].profile.model, locale)}
              </option>
            ))}
          </select>
          <span className="field-unit">
            <SourceNote path="centreType" />
          </span>
        </div>
        <div className="field lever-field">
          <label htmlFor={`${idPrefix}-windowOrganisation`}>{fieldLabel('windowOrganisation', draft.scenario, zh)}</label>
          <select id={`${idPrefix}-windowOrganisation`} value={String(getPath(draft.scenario, 'windowOrganisation') ?? 'department')} onChange={(e) => onChange(editScenario(draft, { windowOrganisation: e.target.value as WindowOrganisation }))}>
            {WINDOW_ORGANISATIONS.map((w) => (
              <option key={w} value={w}>
                {t(`lever.windowOrg.${w}`)}
              </option>
            ))}
          </select>
          <span className="field-unit">
            <SourceNote path="windowOrganisation" />
          </span>
        </div>
      </fieldset>

      <fieldset className="lever-group">
        <legend>{t('lever.group.mechanisms')}</legend>
        <div className="lever-switches">
          {MECHANISMS.map((m) => {
            const path = `mechanisms.${m}.on`;
            const id = `${idPrefix}-mech-${m}`;
            return (
              <div className="lever-switch" key={m}>
                <input id={id} type="checkbox" checked={getPath(draft.scenario, path) === true} onChange={(e) => onChange(editMechanism(draft, m, e.target.checked))} />
                <label htmlFor={id}>{zh ? specOf(path)?.zh : `${specOf(path)?.zh} ${specOf(path)?.en}`}</label>
                <SourceNote path={path} />
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="lever-group">
        <legend>{t('lever.group.functions')}</legend>
        <div className="field-grid">
          {FUNCTION_IDS.map((f) => {
            const path = `functions.${f}`;
            const value = String(getPath(draft.scenario, path) ?? specOf(path)?.default ?? 'separate');
            return (
              <div className="field lever-field" key={f}>
                <label htmlFor={`${idPrefix}-fn-${f}`}>{zh ? FUNCTION_TERMS[f].zh : `${FUNCTION_TERMS[f].zh} ${FUNCTION_TERMS[f].en}`}</label>
                <select id={`${idPrefix}-fn-${f}`} value={value} onChange={(e) => onChange(editFunction(draft, f, e.target.value as FunctionLevel))}>
                  {FUNCTION_LEVELS.map((s) => (
                    <option key={s} value={s}>
                      {term(FUNCTION_LEVEL_TERMS[s], locale)}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="lever-group">
        <legend>{t('lever.group.demand')}</legend>
        <div className="field-grid">
          {number('demand.annualVolume')}
          {number('demand.onlineAdoption')}
        </div>
        <div className="lever-switch">
          <input id={`${idPrefix}-items-online`} type="checkbox" checked={allItemsOnline(draft.scenario)} onChange={(e) => onChange(setAllItemsOnline(draft, e.target.checked))} />
          <label htmlFor={`${idPrefix}-items-online`}>{t('lever.itemsOnline')}</label>
          <SourceNote path="items[].onlineCapable" />
        </div>
        <p className="form-hint">{t('lever.onlineHint')}</p>
        <HourProfileEditor draft={draft} onChange={onChange} issues={issueByPath} idPrefix={idPrefix} />
      </fieldset>

    </section>
  );
}
