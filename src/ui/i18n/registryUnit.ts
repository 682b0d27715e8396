/**
 * The parameter registry's units (English in src/domain/parameters.ts) in the UI's
 * language. Enumerations (`a|b|c`) name the schema's values and stay as they are; a unit without
 * a Chinese name here is shown in English, marked 【英文】. Pure.
 */
import type { Locale } from './messages';

const UNIT_ZH: Record<string, string> = {
  'working days': '工作日',
  days: '天',
  hours: '小时',
  minutes: '分钟',
  'staff-minutes': '人·分钟',
  year: '年',
  probability: '概率',
  'share 0–1': '比例（0–1）',
  'share/yr': '比例/年',
  'share per complaint': '每件投诉的比例',
  'relative weight': '相对权重',
  boolean: '是/否',
  integer: '整数',
  windows: '个窗口',
  layers: '层',
  desks: '个服务台',
  counters: '个柜台',
  'department ids': '部门编号',
  persons: '人',
  enterprises: '户企业',
  runs: '次',
  trajectories: '条轨迹',
  events: '个事件',
  'cases/yr': '件/年',
  'requests/yr': '件/年',
  'transactions/yr': '笔/年',
  'CNY/yr': '元/年',
  CV: '变异系数',
  '×': '倍',
  '—': '—',
};

/** A registry unit in the locale; `marked` when English stands in for a missing Chinese name. */
export function registryUnit(unit: string, locale: Locale): { text: string; marked: boolean } {
  if (locale !== 'zh-CN' || unit.includes('|')) return { text: unit, marked: false };
  const zh = UNIT_ZH[unit];
  return zh ? { text: zh, marked: false } : { text: unit, marked: true };
}

/** The unit as plain text (marked 【英文】 where needed). */
export function registryUnitText(unit: string, locale: Locale, englishMarker: string): string {
  const u = registryUnit(unit, locale);
  return u.marked ? `${englishMarker}${u.text}` : u.text;
}
