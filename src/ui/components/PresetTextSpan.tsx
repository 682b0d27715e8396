/** A text from a preset file in the UI's language; English standing in for missing Chinese is marked 【英文】. */
import { useT } from '../i18n/I18nProvider';
import type { PresetText } from '../library/presets';

export function PresetTextSpan({ text }: { text: PresetText }) {
  const t = useT();
  return text.marked ? (
    <>
      <span className="text-lang-marker">{t('text.englishOnly')}</span>
      <span lang="en">{text.text}</span>
    </>
  ) : (
    <span lang={text.lang === 'zh' ? 'zh-CN' : 'en'}>{text.text}</span>
  );
}
