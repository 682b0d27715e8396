/** A text from a preset file in the UI's language (its `[note-id]` citations as links to the source notes); English standing in for missing Chinese is marked 【英文】. */
import { useT } from '../i18n/I18nProvider';
import type { PresetText } from '../library/presets';
import { SourceText } from '../sources/SourceText';

export function PresetTextSpan({ text }: { text: PresetText }) {
  const t = useT();
  return text.marked ? (
    <>
      <span className="text-lang-marker">{t('text.englishOnly')}</span>
      <span lang="en">
        <SourceText text={text.text} />
      </span>
    </>
  ) : (
    <span lang={text.lang === 'zh' ? 'zh-CN' : 'en'}>
      <SourceText text={text.text} />
    </span>
  );
}
