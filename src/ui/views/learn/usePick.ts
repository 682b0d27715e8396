/** `pick` bound to the UI's language, for components that show many bilingual texts. */
import type { Bilingual } from '../../../../models/text/types';
import { pick } from '../../i18n/bilingual';
import { useLocale } from '../../i18n/I18nProvider';

export function usePick(): (text: Bilingual) => string {
  const { locale } = useLocale();
  return (text) => pick(text, locale);
}
