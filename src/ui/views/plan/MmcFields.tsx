/** The M/M/c inputs: text inputs that keep exactly what the user typed, with per-field messages. */
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { fieldLabelKey, type MmcField, type MmcFormValues } from './mmcForm';

export interface MmcFormProps {
  values: MmcFormValues;
  /** the message to show under each field that has one */
  messages: Partial<Record<MmcField, string>>;
  onChange: (field: MmcField, value: string) => void;
  onBlur: (field: MmcField) => void;
  onSubmit: () => void;
  /** a line under the main fields, e.g. the offered load */
  hint: string;
  /** the run buttons, progress and status (inside the form so Enter submits) */
  children: ReactNode;
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

export function MmcForm({ values, messages, onChange, onBlur, onSubmit, hint, children }: MmcFormProps) {
  const t = useT();
  const field = (name: MmcField) => {
    const id = `field-${name}`;
    const message = messages[name];
    return (
      <div className={message ? 'field field-invalid' : 'field'} key={name}>
        <label htmlFor={id}>{t(fieldLabelKey[name])}</label>
        <input
          id={id}
          name={name}
          type="text"
          inputMode={decimalFields.has(name) ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          value={values[name]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-unit ${id}-error` : `${id}-unit`}
          onChange={(e) => onChange(name, e.target.value)}
          onBlur={() => onBlur(name)}
        />
        <span className="field-unit" id={`${id}-unit`}>{t(unitKey[name])}</span>
        {message && (
          <span className="field-error" id={`${id}-error`} data-field-error={name}>
            {message}
          </span>
        )}
      </div>
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  return (
    <form className="mmc-form card" onSubmit={submit} noValidate aria-labelledby="mmc-form-title">
      <h2 id="mmc-form-title">{t('plan.form.title')}</h2>
      <div className="field-grid">{(['arrivalRate', 'serviceRate', 'servers', 'replications'] as const).map(field)}</div>
      <p className="form-hint">{hint}</p>
      <fieldset className="field-group">
        <legend>{t('plan.form.more')}</legend>
        <div className="field-grid">{(['stopMinutes', 'warmupMinutes', 'seed'] as const).map(field)}</div>
      </fieldset>
      {children}
    </form>
  );
}
