/** The scenario pickers' shared options: the centre presets Plan runs as one period, and the shared edited draft. */
import { useLocale, useT } from '../i18n/I18nProvider';
import { DRAFT_ID } from '../draft/scenarioChoice';
import { planPresets } from './presets';

/**
 * Every one-period centre preset, named in the UI's language, as an <optgroup>. `edited` names
 * the preset the shared draft edits by the draft's own title (e.g. "大连 2002 +并联审批"), so the
 * picker says where the draft really comes from.
 */
export function PresetOptions({ edited }: { edited?: { id: string; name: string } } = {}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <optgroup label={t('plan.scenario.centres')}>
      {planPresets.map((p) => (
        <option key={p.id} value={p.id}>
          {edited?.id === p.id ? edited.name : locale === 'zh-CN' ? p.nameZh : p.name}
        </option>
      ))}
    </optgroup>
  );
}

/** The edited draft (shared by Plan, Compare and Research) as an <optgroup> of one option. */
export function DraftOption({ name }: { name: string }) {
  const t = useT();
  return (
    <optgroup label={t('compare.draftGroup')}>
      <option value={DRAFT_ID}>{name}</option>
    </optgroup>
  );
}
