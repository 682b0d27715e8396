/** A labelled text input for numbers that keeps exactly what was typed, with its unit and message. */
export interface TextFieldProps {
  name: string;
  label: string;
  unit: string;
  value: string;
  /** the validation message, shown under the input and linked to it */
  message?: string;
  inputMode?: 'decimal' | 'numeric';
  onChange: (value: string) => void;
  onBlur?: () => void;
}

export function TextField({ name, label, unit, value, message, inputMode = 'decimal', onChange, onBlur }: TextFieldProps) {
  const id = `field-${name}`;
  return (
    <div className={message ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-unit ${id}-error` : `${id}-unit`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <span className="field-unit" id={`${id}-unit`}>
        {unit}
      </span>
      {message && (
        <span className="field-error" id={`${id}-error`} data-field-error={name}>
          {message}
        </span>
      )}
    </div>
  );
}
