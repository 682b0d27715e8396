/**
 * A KPI's name, unit, group and format in the UI's language, read from the one KPI catalogue
 * (src/domain/kpis.ts). A name the catalogue does not know is shown as the engine's name, in the
 * group "other", with three decimals. Pure.
 */
import { KPIS, KPI_GROUPS, KPI_GROUP_TERMS, kpiSpec, type KpiFormat, type KpiGroup } from '../../domain/kpis';
import type { Locale } from '../i18n/messages';
import { term } from '../i18n/term';

/** The KPI's name, or the engine's name when the catalogue has none. */
export function kpiLabel(locale: Locale, kpi: string): string {
  const spec = kpiSpec(kpi);
  return spec ? term(spec, locale) : kpi;
}

/** The KPI's unit in the locale, or '' for a share, an index or an unknown KPI. */
export function kpiUnitText(locale: Locale, kpi: string): string {
  const unit = kpiSpec(kpi)?.unit;
  return unit ? term(unit, locale) : '';
}

/** " (unit)" (or "（单位）") in the locale, or '' for a KPI without a unit. */
export function kpiUnit(locale: Locale, kpi: string): string {
  const unit = kpiUnitText(locale, kpi);
  if (!unit) return '';
  return locale === 'zh-CN' ? `（${unit}）` : ` (${unit})`;
}

/** How the KPI is written (three decimals when the catalogue does not know it). */
export function kpiFormat(kpi: string): KpiFormat {
  return kpiSpec(kpi)?.format ?? { kind: 'number', digits: 3 };
}

/** The KPI's group ('other' when the catalogue does not know it). */
export function kpiGroup(kpi: string): KpiGroup {
  return kpiSpec(kpi)?.group ?? 'other';
}

/** A group's heading in the locale. */
export function kpiGroupLabel(locale: Locale, group: KpiGroup): string {
  return term(KPI_GROUP_TERMS[group], locale);
}

/** KPI names grouped in display order (catalogue order inside a group, unknown names last). */
export function groupKpis(names: readonly string[]): Array<{ group: KpiGroup; names: string[] }> {
  const order = Object.keys(KPIS);
  const rank = (n: string) => {
    const i = order.indexOf(n);
    return i < 0 ? order.length : i;
  };
  const sorted = [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return KPI_GROUPS.map((group) => ({ group, names: sorted.filter((n) => kpiGroup(n) === group) })).filter((g) => g.names.length > 0);
}
