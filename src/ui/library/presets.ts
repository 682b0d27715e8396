/**
 * The centre presets the Plan view offers: every `onewindow/centre` file in models/presets without a
 * reform timeline, bundled at build time (no fetch: the app works offline). The engine validates
 * them on run. The presets with a timeline (Evolution projects them, the Dalian story replays one)
 * are a third of the presets' weight and no part of the first page: `allPresets.ts` adds them, for
 * the views that offer every preset.
 */
export interface CentrePreset {
  /** file stem, e.g. `dalian-2009` */
  id: string;
  name: string;
  nameZh: string;
  description: string;
  /** the description in Chinese, when the file has one (`descriptionZh`) */
  descriptionZh?: string;
  centreType: string;
  year?: number;
  replications: number;
  /** working days one replication simulates */
  days?: number;
  sources: string[];
  /** the sources in Chinese, when the file has them (`_sourcesZh`, one per source) */
  sourcesZh?: string[];
  /** the scenario JSON as stored */
  json: unknown;
}

/** The preset the app opens on: Dalian at five-in-one (DESIGN: the default scenario). */
export const DEFAULT_PRESET_ID = 'dalian-2009';

/** Display order: the baseline, Dalian's path, Tianjin before/after, then the other models. */
const ORDER = ['dalian-2009', 'dalian-2002', 'dispersed', 'tianjin-before-centre', 'tianjin-2007', 'ningbo', 'hangzhou', 'chengdu-wuhou'];

// The files with a `timeline` are left out here (tests/ui/presetsAndKpis.test.ts proves the list is
// exactly those): a glob's patterns must be literals, so the list cannot be computed.
const files = import.meta.glob(['../../../models/presets/*.scenario.json', '!**/dalian-replay.scenario.json', '!**/dalian-city.scenario.json'], {
  eager: true,
  import: 'default',
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Read the fields the picker shows from preset files; other kinds (networks) are skipped. Pure. */
export function toCentrePresets(entries: Record<string, unknown>): CentrePreset[] {
  const out: CentrePreset[] = [];
  for (const [path, json] of Object.entries(entries)) {
    if (!json || typeof json !== 'object') continue;
    const s = json as Record<string, unknown>;
    if (s.type !== 'onewindow/centre') continue;
    const id = path.replace(/^.*\//, '').replace(/\.scenario\.json$/, '');
    const simulation = (s.simulation ?? {}) as Record<string, unknown>;
    out.push({
      id,
      name: str(s.name) || id,
      nameZh: str(s.nameZh) || str(s.name) || id,
      description: str(s.description),
      descriptionZh: str(s.descriptionZh) || undefined,
      centreType: str(s.centreType),
      year: typeof s.year === 'number' ? s.year : undefined,
      replications: typeof s.replications === 'number' ? s.replications : 5,
      days: typeof simulation.days === 'number' ? simulation.days : undefined,
      sources: strings(s._sources),
      sourcesZh: strings(s._sourcesZh).length > 0 ? strings(s._sourcesZh) : undefined,
      json,
    });
  }
  return sortPresets(out);
}

/** Presets in display order (ORDER, then by id). Pure. */
export function sortPresets(presets: readonly CentrePreset[]): CentrePreset[] {
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return [...presets].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Whether a preset has a reform timeline (Evolution projects it; Plan runs one period). Pure. */
export const hasTimeline = (p: CentrePreset): boolean => Array.isArray((p.json as { timeline?: unknown }).timeline);

const bundled = toCentrePresets(files);
/** The ids of the preset files this module bundles (the first page's presets). */
export const bundledPresetIds: readonly string[] = bundled.map((p) => p.id);

/** The presets the Plan view runs as one period: those without a reform timeline (the Evolution view projects those). */
export const planPresets: readonly CentrePreset[] = bundled.filter((p) => !hasTimeline(p));

/** A text of a preset file in one language; `marked` when it is English standing in for missing Chinese. */
export interface PresetText {
  text: string;
  lang: 'zh' | 'en';
  marked: boolean;
}

/**
 * A preset's description and sources in the UI's language: the Chinese the file has
 * (`descriptionZh`, `_sourcesZh`), else the English, marked as such in the Chinese UI. Pure.
 */
export function presetText(preset: CentrePreset, locale: 'zh-CN' | 'en'): { description?: PresetText; sources: PresetText[] } {
  const zh = locale === 'zh-CN';
  const one = (en: string, chinese: string | undefined): PresetText | undefined =>
    zh && chinese ? { text: chinese, lang: 'zh', marked: false } : en ? { text: en, lang: 'en', marked: zh } : chinese ? { text: chinese, lang: 'zh', marked: false } : undefined;
  const sources = preset.sources.map((en, i) => one(en, preset.sourcesZh?.[i])).filter((x): x is PresetText => !!x);
  return { description: one(preset.description, preset.descriptionZh), sources };
}
