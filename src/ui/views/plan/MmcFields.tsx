/** The M/M/c inputs: λ, μ, c, R and the run settings, each a text field with its own message. */
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { fieldLabelKey, type MmcField, type MmcFormValues } from './mmcForm';

export interface MmcFieldsProps {
  values: MmcFormValues;
  /** the message to show under each field that has one */
  messages: Partial<Record<MmcField, string>>;
  onChange: (field: MmcField, value: string) => void;
  onBlur: (field: MmcField) => void;
  /** a line under the main fields, e.g. the offered load */
  hint: string;
}

const unitKey: Record<MmcField, MessageKey> = {
  arrivalRate: 'field.arrivalRate.unit',
  serviceRate: 'field.serviceRate.unit',
  servers: 'field.servers.unit',
  replications: 'field.replications.unit',
  stopMinutes: 'field.stopMinutes.unit',
  warmupMinutes: 'field.warmupMinutes.unit',
  seed: 'field.seed.unit',
};

const decimalFields = new Set<MmcField>(['arrivalRate', 'serviceRate', 'stopMinutes', 'warmupMinutes']);

export function MmcFields({ values, messages, onChange, onBlur, hint }: MmcFieldsProps) {
  const t = useT();
  const field = (name: MmcField) => (
    <TextField
      key={name}
      name={name}
      label={t(fieldLabelKey[name])}
      unit={t(unitKey[name])}
      value={values[name]}
      message={messages[name]}
      inputMode={decimalFields.has(name) ? 'decimal' : 'numeric'}
      onChange={(v) => onChange(name, v)}
      onBlur={() => onBlur(name)}
    />
  );
  return (
    <>
      <p className="form-intro">{t('plan.mmc.intro')}</p>
      <div className="field-grid">{(['arrivalRate', 'serviceRate', 'servers', 'replications'] as const).map(field)}</div>
      <p className="form-hint">{hint}</p>
      <fieldset className="field-group">
        <legend>{t('plan.form.more')}</legend>
        <div className="field-grid">{(['stopMinutes', 'warmupMinutes', 'seed'] as const).map(field)}</div>
      </fieldset>
    </>
  );
}
