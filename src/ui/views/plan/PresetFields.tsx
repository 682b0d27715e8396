/** What a centre preset is (model, description, sources) and the one input it takes: replications. */
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import type { CentreTypeId } from '../../../../models/centreTypes/caseJourney';
import { TextField } from '../../components/TextField';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { pick } from '../../i18n/bilingual';
import type { CentrePreset } from './presets';

export interface PresetFieldsProps {
  preset: CentrePreset;
  replications: string;
  message?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function PresetFields({ preset, replications, message, onChange, onBlur }: PresetFieldsProps) {
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
