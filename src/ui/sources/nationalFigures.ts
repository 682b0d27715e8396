/**
 * The national figures of models/data/national.json as the UI shows them: the figure's name, when
 * and source in the UI's language (the file holds both: `zh`/`en`, `whenZh`/`when`,
 * `sourceZh`/`source`, with the same `[note-id]` citations). Pure.
 */
import national from '../../../models/data/national.json';
import type { Locale } from '../i18n/messages';

/** A figure of models/data/national.json. */
export interface NationalFigure {
  id: string;
  zh: string;
  en: string;
  value: number | number[];
  share?: number;
  when: string;
  whenZh: string;
  source: string;
  sourceZh: string;
}

export const NATIONAL: readonly NationalFigure[] = (national as { figures: NationalFigure[] }).figures;

/** The figure's name, when and source (with its `[note-id]` citations) in the UI's language. */
export function figureText(f: NationalFigure, locale: Locale): { name: string; when: string; source: string } {
  return locale === 'zh-CN' ? { name: f.zh, when: f.whenZh, source: f.sourceZh } : { name: f.en, when: f.when, source: f.source };
}
