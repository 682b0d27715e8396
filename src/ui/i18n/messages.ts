/**
 * The UI's languages and how a message is looked up and filled in. Pure: no DOM, no React.
 */
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey, Messages };

/** Supported UI languages, as BCP 47 tags (also used for `<html lang>`). */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export const dictionaries: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** localStorage key under which the user's choice of language is kept. */
export const LOCALE_STORAGE_KEY = 'onewindow.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The default language for a browser language tag: any Chinese (zh, zh-TW, zh-Hans-CN …) → zh-CN, else English. */
export function detectLocale(browserLanguage: string | undefined): Locale {
  return browserLanguage && /^zh\b/i.test(browserLanguage) ? 'zh-CN' : 'en';
}

/** The stored choice if there is a valid one, otherwise the browser's default. */
export function initialLocale(stored: string | null | undefined, browserLanguage: string | undefined): Locale {
  return isLocale(stored) ? stored : detectLocale(browserLanguage);
}

/** Fill `{name}` placeholders; unknown placeholders are left as they are so a missing parameter shows. */
export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message for `key` in `locale`, with its parameters filled in. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fillTemplate(dictionaries[locale][key], params);
}

/** The placeholder names a template uses, sorted (for tests that both languages agree). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
