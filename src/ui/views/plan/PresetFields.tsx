/**
 * What a centre preset is (model, description, sources), the one input it takes (replications)
 * and its levers: the shared lever editor, editing the one draft the Compare view also uses.
 */
import { useState, type ReactNode } from 'react';
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import type { CentreTypeId } from '../../../domain/vocabulary';
import { TextField } from '../../components/TextField';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { pick } from '../../i18n/bilingual';
import { changedPaths, type LeverDraft } from '../../draft/leverDraft';
import { draftTitle } from '../../draft/draftName';
import { editingDraft } from '../../draft/editingDraft';
import { LeverEditor } from '../../levers/LeverEditor';
import type { EngineIssue } from '../../levers/leverRules';
import { presetText, type CentrePreset } from '../../library/presets';
import { PresetTextSpan } from '../../components/PresetTextSpan';

export interface PresetFieldsProps {
  preset: CentrePreset;
  replications: string;
  message?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** the levers panel (see `PresetLevers`) */
  children?: ReactNode;
}

export function PresetFields({ preset, replications, message, onChange, onBlur, children }: PresetFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const profile = CENTRE_TYPES[preset.centreType as CentreTypeId]?.profile;
  const text = presetText(preset, locale);
  return (
    <div className="preset" data-preset={preset.id}>
      {profile && (
        <p className="preset-model">
          <strong>{t('plan.preset.model', { model: pick(profile.model, locale) })}</strong> {pick(profile.whatItDoes, locale)}
        </p>
      )}
      {text.description && (
        <p className="preset-description">
          <PresetTextSpan text={text.description} />
        </p>
      )}
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
      {children}
      {text.sources.length > 0 && (
        <details className="preset-sources">
          <summary>{t('plan.preset.sources', { n: text.sources.length })}</summary>
          <ul>
            {text.sources.map((s) => (
              <li key={s.text}>
                <PresetTextSpan text={s} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export interface PresetLeversProps {
  preset: CentrePreset;
  /** every preset the draft may start from (for names) */
  presets: readonly CentrePreset[];
  /** the shared draft */
  draft: LeverDraft;
  onChange: (draft: LeverDraft) => void;
  onReset: (presetId: string) => void;
  /** show another preset in the picker */
  onOpen: (presetId: string) => void;
  engineError?: EngineIssue & { path: string };
}

/**
 * The levers of the picked preset. The draft is shared with Compare: when it holds edits of
 * another preset, those are offered (open that preset) rather than silently replaced; a draft
 * with no edits simply follows the picked preset.
 */
export function PresetLevers({ preset, presets, draft, onChange, onReset, onOpen, engineError }: PresetLeversProps) {
  const t = useT();
  const { locale } = useLocale();
  const own = draft.baseId === preset.id;
  const draftBase = presets.find((p) => p.id === draft.baseId);
  const editing = editingDraft(preset, presets, draft);
  const changes = own ? changedPaths(preset.json, draft.scenario).length : 0;
  /** the editor is long and the Plan view stays mounted while hidden: rendered only while open */
  const [open, setOpen] = useState(changes > 0);
  return (
    <details className="levers" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('levers.title')}
        {changes > 0 && <span className="levers-count"> · {t('levers.changed', { n: changes })}</span>}
      </summary>
      {!open ? null : editing ? (
        <LeverEditor draft={editing} onChange={onChange} presets={presets} onReset={onReset} engineError={own ? engineError : undefined} idPrefix="plan-lever" embedded />
      ) : (
        <div className="levers-elsewhere" data-testid="levers-elsewhere">
          <p>{t('levers.elsewhere', { name: draftTitle(draft, presets, locale) })}</p>
          <div className="result-actions">
            {draftBase && (
              <button type="button" className="button button-small" onClick={() => onOpen(draftBase.id)}>
                {t('levers.openDraft')}
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => onReset(preset.id)}>
              {t('levers.editThis')}
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
