/**
 * The hour-of-day demand profile (时段分布): one relative weight per opening hour, with a bar
 * for each so the mid-morning peak is visible. Weights are normalised by the engine; each must be
 * ≥ 0 (a rule broken is kept as typed and named at the field). Registry: `demand.hourProfile`.
 */
import { editNumber, fieldText, getPath, setPath, type FieldIssue, type LeverDraft } from '../draft/leverDraft';
import { useLocale, useT } from '../i18n/I18nProvider';
import { registryUnitText } from '../i18n/registryUnit';
import { leverRule, ruleText, specOf } from './leverRules';
import { SourceNote } from './SourceNote';
import './levers.css';

const PATH = 'demand.hourProfile';

export function HourProfileEditor({ draft, onChange, issues, idPrefix }: { draft: LeverDraft; onChange: (d: LeverDraft) => void; issues: ReadonlyMap<string, FieldIssue>; idPrefix: string }) {
  const t = useT();
  const { locale } = useLocale();
  const spec = specOf(PATH);
  const fallback = (Array.isArray(spec?.default) ? spec.default : []) as number[];
  const own = getPath(draft.scenario, PATH);
  const weights = Array.isArray(own) ? (own as number[]) : fallback;
  const max = Math.max(...weights.filter((w) => Number.isFinite(w)), 1e-9);
  const edit = (i: number, text: string) => {
    // the first edit writes the whole default profile, so the other hours keep their weights
    const base = Array.isArray(own) ? draft : { ...draft, scenario: setPath(draft.scenario, PATH, [...fallback]) };
    onChange(editNumber(base, `${PATH}[${i}]`, text, leverRule(`${PATH}[${i}]`) ?? { min: 0, integer: false }));
  };
  return (
    <fieldset className="hour-profile" data-testid={`${idPrefix}-hour-profile`}>
      <legend>
        {spec ? (locale === 'zh-CN' ? spec.zh : spec.en) : PATH}{' '}
        <span className="field-unit">
          {registryUnitText(spec?.unit ?? '', locale, t('text.englishOnly'))} · <SourceNote path={PATH} />
        </span>
      </legend>
      <div className="hour-profile-grid">
        {weights.map((w, i) => {
          const path = `${PATH}[${i}]`;
          const id = `${idPrefix}-hour-${i}`;
          const issue = issues.get(path);
          return (
            <div className={issue ? 'hour field-invalid' : 'hour'} key={i}>
              <span className="hour-bar" style={{ height: `${Math.max(0, (w / max) * 2.5)}rem` }} aria-hidden="true" />
              <label htmlFor={id}>{t('editor.hour', { n: i + 1 })}</label>
              <input id={id} type="text" inputMode="decimal" value={fieldText(draft, path, w)} onChange={(e) => edit(i, e.target.value)} aria-invalid={issue ? true : undefined} />
              {issue && <span className="field-error">{`${ruleText(t, issue.rule)}${t('settings.got', { value: issue.value })}`}</span>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
