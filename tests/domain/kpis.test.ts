/**
 * The KPI catalogue is the one home of every KPI's name, unit, format and direction (issue 8,
 * point 6): every KPI a centre run and a network run emit has an entry, and no other source file
 * writes a KPI's Chinese name.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDITIVE_KPIS, KPIS, KPI_GROUPS, kpiSpec } from '../../src/domain/kpis';
import { runCentreReplications } from '../../src/engine/centre/runCentre';
import { runReplications } from '../../src/engine/run/runReplications';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import type { ReplicationResult } from '../../src/engine/types';
import { centreModels } from '../../models/centreTypes/centreModels';

const ROOT = join(__dirname, '../..');
const preset = (name: string) => JSON.parse(readFileSync(join(ROOT, 'models/presets', `${name}.scenario.json`), 'utf8')) as Record<string, unknown>;

/** Every metric name a replication reports: KPIs, and the metrics of stations, classes and departments. */
function metricNames(reps: ReplicationResult[]): string[] {
  const names = new Set<string>();
  for (const r of reps) {
    for (const k of Object.keys(r.kpis)) names.add(k);
    for (const m of [...Object.values(r.stations), ...Object.values(r.classes), ...Object.values(r.departments ?? {})]) for (const k of Object.keys(m)) names.add(k);
  }
  return [...names].sort();
}

describe('KPI catalogue (src/domain/kpis.ts)', () => {
  it('has an entry for every KPI a short centre run emits (Dalian 2002, 2 days)', () => {
    const doc = preset('dalian-2002');
    const s = loadScenario({ ...doc, simulation: { ...(doc.simulation as object), days: 2, warmupDays: 0 } }) as CentreScenario;
    const names = metricNames(runCentreReplications(s, { from: 0, to: 2, models: centreModels }));
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((n) => !kpiSpec(n))).toEqual([]);
  });

  it('has an entry for every KPI and station metric a network run emits (M/M/10 preset, MSER-5 warm-up)', () => {
    const s = loadScenario({ ...preset('mm10-network'), replications: 2, stop: { minutes: 600 }, warmup: 'auto' });
    const names = metricNames(runReplications(s, { from: 0, to: 2 }));
    expect(names).toContain('utilisation');
    expect(names.filter((n) => !kpiSpec(n))).toEqual([]);
  });

  it('gives every KPI both names, a definition in both languages, a known group and a positive practical threshold', () => {
    for (const [name, k] of Object.entries(KPIS)) {
      expect(k.zh && k.en && k.definition.zh && k.definition.en, name).toBeTruthy();
      expect(KPI_GROUPS, name).toContain(k.group);
      expect(k.practicalThreshold, name).toBeGreaterThan(0);
      if (k.format.kind === 'percent') expect(k.additive, `${name}: a share never adds up`).toBe(false);
    }
  });

  it('names no two KPIs alike, in either language (review: 窗口利用率 named both windowUtilisation and a network station’s utilisation — a duplicate React key in Compare)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const [name, k] of Object.entries(KPIS)) {
        const key = k[lang];
        expect(seen.get(key), `${name} and ${seen.get(key)} are both "${k[lang]}"`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('sums exactly the volumes over a city’s centres (the KPIs city aggregation added before the catalogue)', () => {
    for (const k of ['casesArrived', 'casesCompleted', 'throughputPerDay', 'annualCases', 'staff', 'windows', 'tradingTransactions', 'counterRequests']) expect(ADDITIVE_KPIS.has(k), k).toBe(true);
    for (const k of ['meanWaitMinutes', 'onTimeRate', 'casesPerStaffDay', 'capture', 'demandIndex']) expect(ADDITIVE_KPIS.has(k), k).toBe(false);
  });

  it('is the only source file that writes a KPI’s Chinese name (issue 8: no second copy of a label)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(f)) files.push(p);
      }
    };
    walk(join(ROOT, 'src'));
    walk(join(ROOT, 'models'));
    const home = join(ROOT, 'src/domain/kpis.ts');
    const offenders: string[] = [];
    for (const file of files) {
      if (file === home) continue;
      const text = readFileSync(file, 'utf8');
      for (const [name, k] of Object.entries(KPIS)) {
        for (const q of ["'", '"', '`']) if (text.includes(`${q}${k.zh}${q}`)) offenders.push(`${relative(ROOT, file)}: ${name} ${k.zh}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
