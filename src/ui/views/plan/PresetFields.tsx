/** What a centre preset is (model, description, sources) and the one input it takes: replications. */
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import type { CentreTypeId } from '../../../../models/centreTypes/caseJourney';
import { TextField } from '../../components/TextField';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { pick } from '../../i18n/bilingual';
import { changeCount, MECHANISM_IDS, mechanismsOf, noLevers, type Levers } from './levers';
import type { CentrePreset } from './presets';

export interface PresetFieldsProps {
  preset: CentrePreset;
  replications: string;
  message?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  levers: Levers;
  onLevers: (levers: Levers) => void;
}

const AUTHORISATION_STEPS = [0, 0.25, 0.5, 0.75, 1];

export function PresetFields({ preset, replications, message, onChange, onBlur, levers, onLevers }: PresetFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const profile = CENTRE_TYPES[preset.centreType as CentreTypeId]?.profile;
  return (
    <div className="preset" data-preset={preset.id}>
      {profile && (
        <p className="preset-model">
          <strong>{t('plan.preset.model', { model: pick(profile.model, locale) })}</strong> {pick(profile.whatItDoes, locale)}
        </p>
      )}
      {locale === 'en' && preset.description && <p className="preset-description">{preset.description}</p>}
      {preset.days !== undefined && <p className="form-hint">{t('plan.preset.days', { days: preset.days })}</p>}
      <div className="field-grid">
        <TextField
          name="replications"
          label={t('field.replications')}
          unit={t('field.replications.unit')}
          value={replications}
          message={message}
          inputMode="numeric"
          onChange={onChange}
          onBlur={onBlur}
        />
      </div>
      <LeversPanel preset={preset} levers={levers} onLevers={onLevers} />
      {preset.sources.length > 0 && (
        <details className="preset-sources">
          <summary>{t('plan.preset.sources', { n: preset.sources.length })}</summary>
          <ul lang="en">
            {preset.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function LeversPanel({ preset, levers, onLevers }: { preset: CentrePreset; levers: Levers; onLevers: (levers: Levers) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const base = mechanismsOf(preset.json);
  const stationings = (CENTRE_TYPES[preset.centreType as CentreTypeId]?.profile.stationings ?? []).filter((s) => s !== 'absent');
  const changes = changeCount(preset.json, levers);
  return (
    <details className="levers" open={changes > 0 || undefined}>
      <summary>
        {t('levers.title')}
        {changes > 0 && <span className="levers-count"> · {t('levers.changed', { n: changes })}</span>}
      </summary>
      <fieldset className="field-group">
        <legend>{t('levers.mechanisms')}</legend>
        <ul className="check-list">
          {MECHANISM_IDS.map((id) => (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  name={`mechanism-${id}`}
                  checked={levers.mechanisms[id] ?? base[id]}
                  onChange={(e) => onLevers({ ...levers, mechanisms: { ...levers.mechanisms, [id]: e.target.checked } })}
                />{' '}
                {t(`mechanism.${id}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {stationings.length > 1 && (
        <div className="field">
          <label htmlFor="lever-stationing">{t('levers.stationing')}</label>
          <select id="lever-stationing" value={levers.stationing ?? ''} onChange={(e) => onLevers({ ...levers, stationing: (e.target.value || undefined) as Levers['stationing'] })}>
            <option value="">{t('levers.stationing.keep')}</option>
            {stationings.map((s) => (
              <option key={s} value={s}>
                {t('levers.stationing.all', { value: t(`stationing.${s}`) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {stationings.includes('authorised') && (
        <div className="field">
          <label htmlFor="lever-authorisation">{t('levers.authorisation')}</label>
          <select
            id="lever-authorisation"
            value={levers.authorisation === undefined ? '' : String(levers.authorisation)}
            onChange={(e) => onLevers({ ...levers, authorisation: e.target.value === '' ? undefined : Number(e.target.value) })}
          >
            <option value="">{t('levers.authorisation.keep')}</option>
            {AUTHORISATION_STEPS.map((v) => (
              <option key={v} value={String(v)}>
                {t('levers.authorisation.value', { value: formatPercent(locale, v, 0) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {changes > 0 && (
        <button type="button" className="button button-small" onClick={() => onLevers(noLevers)}>
          {t('levers.reset')}
        </button>
      )}
    </details>
  );
}
