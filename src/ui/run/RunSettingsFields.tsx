/** Replications, simulated days per replication and the seed, with units and field-named messages. */
import { TextField } from '../components/TextField';
import { useT } from '../i18n/I18nProvider';
import { ruleText } from '../levers/leverRules';
import type { SettingsField, SettingsIssue, SettingsText } from './runSettings';

export interface RunSettingsFieldsProps {
  /** prefix of the input ids (the views stay mounted together, so ids must differ) */
  idPrefix: string;
  text: SettingsText;
  issues: readonly SettingsIssue[];
  onChange: (field: SettingsField, value: string) => void;
}

export function RunSettingsFields({ idPrefix, text, issues, onChange }: RunSettingsFieldsProps) {
  const t = useT();
  const message = (field: SettingsField) => {
    const issue = issues.find((i) => i.field === field);
    return issue && t('field.error', { field: t(`settings.${field}`), rule: `${ruleText(t, issue.rule)}${t('settings.got', { value: issue.value })}` });
  };
  return (
    <div className="field-grid">
      {(['replications', 'days', 'seed'] as const).map((f) => (
        <TextField key={f} name={`${idPrefix}-${f}`} label={t(`settings.${f}`)} unit={t(`settings.${f}.unit`)} value={text[f]} message={message(f)} inputMode="numeric" onChange={(v) => onChange(f, v)} />
      ))}
    </div>
  );
}
