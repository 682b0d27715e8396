/** A KPI's name and unit in the UI's language (`kpi.<name>` keys; units from the catalogue). */
import type { Translate } from '../i18n/I18nProvider';
import { dictionaries, type MessageKey } from '../i18n/messages';
import { kpiInfo } from './kpiCatalogue';

const isKey = (key: string): key is MessageKey => key in dictionaries.en;

/** The KPI's name, or the engine's name when the dictionaries have none. */
export function kpiLabel(t: Translate, kpi: string): string {
  const key = `kpi.${kpi}`;
  return isKey(key) ? t(key) : kpi;
}

/** " (unit)" in the UI's language, or '' for a KPI without a unit. */
export function kpiUnit(t: Translate, kpi: string): string {
  const unit = kpiInfo(kpi).unit;
  return unit ? t('kpi.unit', { unit: t(unit) }) : '';
}
