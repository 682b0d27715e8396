/**
 * A `source` of models/ (`paper §…`, `assumption: …`, a file of the repository) as people read it:
 * the paper's section, or "an assumption of this model" — never a file name. Pure.
 */
import type { Locale, MessageKey, MessageParams } from './messages';

type T = (key: MessageKey, params?: MessageParams) => string;

export function sourceText(source: string, t: T, locale: Locale): string {
  if (/^assumption\b/i.test(source)) return t('source.assumption');
  if (/^DESIGN\.md\b/.test(source)) return t('source.model');
  if (/^src\/domain\/kpis\.ts$/.test(source)) return t('source.kpis');
  const cleaned = source.replace(/\s*\(?DESIGN\.md[^);]*\)?/g, '');
  return locale === 'zh-CN' ? cleaned.replace(/^paper\b/, '论文').replace(/\bperiod (\d)/, '第$1时期').replace(/, byline/, '，署名') : cleaned;
}
