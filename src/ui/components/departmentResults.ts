/**
 * Per-department results as table rows: which department each row is (its names, stationing and
 * windows, read from the scenario that ran), its estimates, its load (the higher of its window and
 * back-office utilisation), the bottleneck and the departments near capacity; and the rows' sort
 * order. Pure: no DOM, no React (tests/ui/departmentResults.test.ts).
 */
import { STATIONINGS, type Stationing } from '../../domain/vocabulary';
import type { Estimate } from '../../engine/types';
import type { Locale } from '../i18n/messages';

/** The per-department metrics shown, in column order (names from the KPI catalogue). */
export const DEPARTMENT_METRICS = [
  'windowUtilisation',
  'backOfficeUtilisation',
  'meanWaitMinutes',
  'meanQueueLength',
  'leadTimeDays',
  'overdueRate',
  'tripsPerCase',
  'casesArrived',
  'casesCompleted',
] as const;
export type DepartmentMetric = (typeof DEPARTMENT_METRICS)[number];

/** Metrics that are means over a department's cases: they do not apply when none arrived. */
const PER_CASE: ReadonlySet<DepartmentMetric> = new Set(['meanWaitMinutes', 'leadTimeDays', 'overdueRate', 'tripsPerCase']);

/**
 * A utilisation (mean over replications) at or above this is "near or at capacity": queues grow
 * without bound as utilisation approaches 1, and a few percent of slack is all that absorbs a
 * busy morning. An assumption of this view, not a figure from the paper.
 */
export const NEAR_CAPACITY = 0.95;

/** The two resources a department's cases use: the windows they queue at and its back office. */
export type Resource = 'window' | 'backOffice';
const RESOURCE_METRIC: Record<Resource, DepartmentMetric> = { window: 'windowUtilisation', backOffice: 'backOfficeUtilisation' };

/** What the scenario says about a department (any field may be missing in a hand-written file). */
export interface DepartmentInfo {
  nameZh?: string;
  nameEn?: string;
  stationing?: Stationing;
  windows?: number;
}

export interface DepartmentRow {
  id: string;
  /** position in the scenario's department list (unknown ids after it): the tie-break of every sort */
  order: number;
  info: DepartmentInfo;
  metrics: Partial<Record<DepartmentMetric, Estimate>>;
  /** the higher of window and back-office utilisation (means), and which one it is */
  load: number;
  loadResource: Resource;
  /** the resources whose utilisation is ≥ NEAR_CAPACITY */
  nearCapacity: Resource[];
}

/** The most utilised resource of the run: the department(s) whose load is highest. */
export interface Bottleneck {
  /** the departments at that load; more than one when they share the resource (comprehensive windows, a bureau) */
  ids: string[];
  resource: Resource;
  utilisation: Estimate;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** The departments of a scenario JSON by id (read defensively: the file may be hand-written). */
export function departmentInfo(scenario: unknown): Map<string, DepartmentInfo> {
  const out = new Map<string, DepartmentInfo>();
  const list = scenario && typeof scenario === 'object' ? (scenario as { departments?: unknown }).departments : undefined;
  if (!Array.isArray(list)) return out;
  for (const d of list) {
    if (!d || typeof d !== 'object') continue;
    const r = d as Record<string, unknown>;
    const id = text(r.id);
    if (!id || out.has(id)) continue;
    out.set(id, {
      nameZh: text(r.nameZh),
      nameEn: text(r.nameEn) ?? text(r.name),
      stationing: (STATIONINGS as readonly unknown[]).includes(r.stationing) ? (r.stationing as Stationing) : undefined,
      windows: typeof r.windows === 'number' && Number.isFinite(r.windows) ? r.windows : undefined,
    });
  }
  return out;
}

/** A department's name in the locale: the scenario's name in that language, else the other, else the id. */
export function departmentName(row: Pick<DepartmentRow, 'id' | 'info'>, locale: Locale): string {
  const { nameZh, nameEn } = row.info;
  return (locale === 'zh-CN' ? (nameZh ?? nameEn) : (nameEn ?? nameZh)) ?? row.id;
}

/** Whether a metric applies to the row (per-case means need at least one case). */
export function applies(row: DepartmentRow, metric: DepartmentMetric): boolean {
  const e = row.metrics[metric];
  if (!e || !Number.isFinite(e.mean)) return false;
  return !PER_CASE.has(metric) || (row.metrics.casesArrived?.mean ?? 1) > 0;
}

/** One row per department of the summary, in the scenario's order (departments it does not list last). */
export function departmentRows(departments: Readonly<Record<string, Readonly<Record<string, Estimate>>>>, scenario: unknown): DepartmentRow[] {
  const info = departmentInfo(scenario);
  const known = [...info.keys()];
  const rank = (id: string) => (known.includes(id) ? known.indexOf(id) : known.length);
  const ids = Object.keys(departments).sort((a, b) => rank(a) - rank(b));
  return ids.map((id, order) => {
    const metrics: DepartmentRow['metrics'] = {};
    for (const m of DEPARTMENT_METRICS) if (departments[id][m]) metrics[m] = departments[id][m];
    const util = (r: Resource) => {
      const v = metrics[RESOURCE_METRIC[r]]?.mean;
      return v !== undefined && Number.isFinite(v) ? v : 0;
    };
    const loadResource: Resource = util('backOffice') > util('window') ? 'backOffice' : 'window';
    return {
      id,
      order,
      info: info.get(id) ?? {},
      metrics,
      load: util(loadResource),
      loadResource,
      nearCapacity: (['window', 'backOffice'] as const).filter((r) => util(r) >= NEAR_CAPACITY),
    };
  });
}

/**
 * The bottleneck: the department whose load is highest. Departments that share the resource
 * (all stationed departments under comprehensive windows; the departments merged into an approval
 * bureau) report the same utilisation, so they tie exactly and are named together. None when no
 * resource was used at all.
 */
export function findBottleneck(rows: readonly DepartmentRow[]): Bottleneck | undefined {
  let top: DepartmentRow | undefined;
  for (const r of rows) if (r.load > 0 && (!top || r.load > top.load)) top = r;
  if (!top) return undefined;
  const { load, loadResource } = top;
  const ids = rows.filter((r) => r.load === load && r.loadResource === loadResource).map((r) => r.id);
  return { ids, resource: loadResource, utilisation: top.metrics[RESOURCE_METRIC[loadResource]]! };
}

/** What a column sorts by. */
export type SortKey = 'name' | 'stationing' | 'windows' | 'load' | DepartmentMetric;
export type SortDirection = 'ascending' | 'descending';

/** The order a table opens in: the most loaded department first. */
export const DEFAULT_SORT: { key: SortKey; direction: SortDirection } = { key: 'load', direction: 'descending' };

/** The direction a column sorts in when first clicked: names A→Z, numbers highest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'stationing' ? 'ascending' : 'descending';
}

/**
 * The rows sorted by one column. Values that are missing or do not apply go last in either
 * direction; ties keep the scenario's order. Names sort in the locale's collation (pinyin for zh).
 */
export function sortRows(rows: readonly DepartmentRow[], key: SortKey, direction: SortDirection, locale: Locale): DepartmentRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const value = (r: DepartmentRow): number | string | undefined => {
    switch (key) {
      case 'name':
        return departmentName(r, locale);
      case 'stationing':
        return r.info.stationing === undefined ? undefined : STATIONINGS.indexOf(r.info.stationing);
      case 'windows':
        return r.info.windows;
      case 'load':
        return r.load;
      default:
        return applies(r, key) ? r.metrics[key]!.mean : undefined;
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) return va === vb ? a.order - b.order : va === undefined ? 1 : -1;
    const c = typeof va === 'string' || typeof vb === 'string' ? collator.compare(String(va), String(vb)) : va - vb;
    return c !== 0 ? sign * c : a.order - b.order;
  });
}
