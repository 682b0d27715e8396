/**
 * The departments of the edited scenario as one full-width table, the main lever of a centre:
 * name, stationing (进驻方式) as a labelled choice, windows, staff, authorisation share and the
 * items each department handles. Every column names its field (zh/en), unit, default and source or
 * *assumption* from the parameter registry. A value that breaks its rule stays as typed, with the
 * rule at the field in the current language; the caller blocks Run while any does. Below 700 px
 * each row becomes a card whose cells carry their column's name (CSS, `data-label`).
 */
import { STATIONINGS, STATIONING_TERMS, type Stationing } from '../../domain/vocabulary';
import { editAllDepartments, editDepartment, editNumber, fieldText, type FieldIssue, type LeverDraft } from '../draft/leverDraft';
import { useLocale, useT } from '../i18n/I18nProvider';
import { registryUnitText } from '../i18n/registryUnit';
import { term } from '../i18n/term';
import { leverRule, ruleText, specOf } from './leverRules';
import { SourceNote } from './SourceNote';
import './levers.css';

const NUMBER_COLUMNS = ['windows', 'staff', 'authorisationShare'] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

export interface DepartmentEditorProps {
  draft: LeverDraft;
  onChange: (draft: LeverDraft) => void;
  /** typed values that break their rule, by concrete path */
  issues: ReadonlyMap<string, FieldIssue>;
  /** the engine's own (cross-field) error, shown at its field when it is a department field */
  engineIssue?: { path: string; text: string };
  idPrefix: string;
}

/** The id of a department cell's input, so a message or a Run attempt can focus it. */
export function departmentFieldId(idPrefix: string, path: string): string {
  return `${idPrefix}-${path.replace(/[^\w]+/g, '-')}`;
}

export function DepartmentEditor({ draft, onChange, issues, engineIssue, idPrefix }: DepartmentEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  const departments = draft.scenario.departments ?? [];
  const items = draft.scenario.items ?? [];
  const unitOf = (unit: string) => registryUnitText(unit, locale, t('text.englishOnly'));
  const nameOf = (field: string) => {
    const spec = specOf(`departments[].${field}`);
    return spec ? (zh ? spec.zh : spec.en) : field;
  };
  const head = (field: 'stationing' | NumberColumn) => {
    const spec = specOf(`departments[].${field}`);
    const unit = field === 'stationing' ? '' : unitOf(spec?.unit ?? '');
    const def = spec?.default;
    const defText = field === 'stationing' && typeof def === 'string' ? term(STATIONING_TERMS[def as Stationing], locale) : String(def ?? '—');
    return (
      <th scope="col" key={field} data-field={field}>
        <span className="dep-col-name">{nameOf(field)}</span>
        <span className="dep-col-meta">
          {unit && <>{unit} · </>}
          {t('editor.default', { value: defText })} · <SourceNote path={`departments[].${field}`} />
        </span>
      </th>
    );
  };

  const numberCell = (i: number, field: NumberColumn, depName: string) => {
    const path = `departments[${i}].${field}`;
    const id = departmentFieldId(idPrefix, path);
    const issue = issues.get(path);
    const message = issue ? `${ruleText(t, issue.rule)}${t('settings.got', { value: issue.value })}` : engineIssue?.path === path ? engineIssue.text : undefined;
    const fallback = specOf(path.replace(/\[\d+\]/, '[]'))?.default;
    return (
      <td key={field} data-label={`${nameOf(field)} (${unitOf(specOf(`departments[].${field}`)?.unit ?? '')})`} className={message ? 'field-invalid' : undefined}>
        <input
          id={id}
          type="text"
          inputMode={field === 'authorisationShare' ? 'decimal' : 'numeric'}
          autoComplete="off"
          data-path={path}
          aria-label={`${nameOf(field)} · ${depName}`}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          value={fieldText(draft, path, typeof fallback === 'number' ? fallback : undefined)}
          onChange={(e) => onChange(editNumber(draft, path, e.target.value, leverRule(path) ?? { integer: false }))}
        />
        {message && (
          <span className="field-error" id={`${id}-error`} data-field-error={path}>
            {message}
          </span>
        )}
      </td>
    );
  };

  return (
    <section className="card department-editor" aria-labelledby={`${idPrefix}-departments-title`} data-testid={`${idPrefix}-departments`}>
      <h2 id={`${idPrefix}-departments-title`}>{t('editor.departments.title', { n: departments.length })}</h2>
      <p className="form-hint">
        {t('editor.departments.intro')} {t('lever.authHint')}
      </p>
      <div className="lever-bulk">
        <label htmlFor={`${idPrefix}-all-stationing`}>{t('lever.allStationing')}</label>
        <select id={`${idPrefix}-all-stationing`} value="" onChange={(e) => e.target.value && onChange(editAllDepartments(draft, 'stationing', e.target.value as Stationing))}>
          <option value="">—</option>
          {STATIONINGS.map((s) => (
            <option key={s} value={s}>
              {term(STATIONING_TERMS[s], locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="department-scroll">
      <table className="department-table">
        <caption className="visually-hidden">{t('editor.departments.title', { n: departments.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lever.col.department')}</th>
            {head('stationing')}
            {NUMBER_COLUMNS.map((f) => head(f))}
            <th scope="col">{t('editor.col.items')}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d, i) => {
            const depName = String((zh ? d.nameZh : d.nameEn) || d.nameZh || d.id);
            const own = items.filter((it) => it.departments.includes(d.id));
            const itemNames = own.map((it) => String((zh ? it.nameZh : it.name) || it.name || it.nameZh || it.id));
            const stationingId = departmentFieldId(idPrefix, `departments[${i}].stationing`);
            return (
              <tr key={`${d.id}-${i}`} data-department={d.id}>
                <th scope="row" data-label={t('lever.col.department')}>
                  {depName}
                </th>
                <td data-label={nameOf('stationing')}>
                  <select id={stationingId} aria-label={`${nameOf('stationing')} · ${depName}`} value={d.stationing ?? 'authorised'} onChange={(e) => onChange(editDepartment(draft, i, { stationing: e.target.value as Stationing }))}>
                    {STATIONINGS.map((s) => (
                      <option key={s} value={s}>
                        {term(STATIONING_TERMS[s], locale)}
                      </option>
                    ))}
                  </select>
                </td>
                {NUMBER_COLUMNS.map((f) => numberCell(i, f, depName))}
                <td data-label={t('editor.col.items')} className="dep-items" title={itemNames.join('\n')}>
                  {own.length === 0 ? '—' : t('editor.items', { n: own.length, names: itemNames.slice(0, 2).join(zh ? '、' : ', ') + (own.length > 2 ? '…' : '') })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
