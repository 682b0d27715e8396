import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { centreScenarioObject } from '../../src/engine/scenario/centreSchema';
import { centreParameterIndex, centreParameters } from '../../src/domain/parameters';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { centrePresetFiles, PRESET_DIR, presetJson } from './helpers';

/** Leaf paths of a zod schema, arrays as `[]`. */
function leafPaths(t: z.ZodTypeAny, prefix: string, out: string[]): string[] {
  if (t instanceof z.ZodDefault || t instanceof z.ZodOptional) return leafPaths(t._def.innerType, prefix, out);
  if (t instanceof z.ZodEffects) return leafPaths(t._def.schema, prefix, out);
  if (t instanceof z.ZodObject) {
    for (const [k, v] of Object.entries(t.shape as Record<string, z.ZodTypeAny>)) {
      if (k === '_note') continue;
      // documented as a whole here, field by field in timelineSchema.ts (issue 5); the projection's settings are registry fields
      if (!prefix && ['timeline', 'network'].includes(k)) {
        out.push(k);
        continue;
      }
      leafPaths(v, prefix ? `${prefix}.${k}` : k, out);
    }
    return out;
  }
  if (t instanceof z.ZodArray && t._def.type instanceof z.ZodObject) return leafPaths(t._def.type, `${prefix}[]`, out);
  out.push(prefix);
  return out;
}

describe('centre scenario schema (onewindow/centre v1)', () => {
  it('every schema field has a registry entry with unit, default and source', () => {
    const paths = leafPaths(centreScenarioObject, '', []);
    expect(paths.length).toBeGreaterThan(100);
    for (const p of paths) {
      const spec = centreParameterIndex.get(p);
      expect(spec, p).toBeDefined();
      expect(spec?.unit, p).toBeTruthy();
      expect(spec?.source, p).toBeTruthy();
    }
    // and the registry has nothing the schema lacks
    const set = new Set(paths);
    for (const spec of centreParameters) expect(set.has(spec.path), spec.path).toBe(true);
  });

  it('the projection’s settings take the registry’s defaults and bounds (one home: src/domain/parameters.ts)', () => {
    const s = loadScenario({ ...presetJson('dalian-2009'), projection: { endYear: 2012 } });
    if (s.type !== 'onewindow/centre' || !s.projection) throw new Error('expected a centre with a projection');
    const flat: Record<string, unknown> = {};
    const walk = (o: object, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (v !== null && typeof v === 'object') walk(v as object, `${prefix}.${k}`);
        else flat[`${prefix}.${k}`] = v;
      }
    };
    walk(s.projection, 'projection');
    for (const spec of centreParameters.filter((p) => p.path.startsWith('projection.') && p.default !== null)) expect(flat[spec.path], spec.path).toEqual(spec.default);
    expect(() => loadScenario({ ...presetJson('dalian-2009'), projection: { endYear: 2012, staffing: { maxGrowth: 2 } } })).toThrow('invalid projection.staffing.maxGrowth: must be ≤ 1, got 2');
    expect(() => loadScenario({ ...presetJson('dalian-2009'), projection: {} })).toThrow('invalid projection.endYear: is required');
  });

  it('bad input gets one message naming the field and the rule', () => {
    const s = presetJson('dalian-2009');
    const bad = JSON.parse(JSON.stringify(s));
    bad.departments[3].windows = -2;
    expect(() => loadScenario(bad)).toThrow('invalid departments[3].windows: must be ≥ 0, got -2');
    const bad2 = JSON.parse(JSON.stringify(s));
    bad2.items[0].departments = ['nowhere'];
    expect(() => loadScenario(bad2)).toThrow('invalid items[0].departments[0]: must name a department in departments[], got "nowhere"');
    const bad3 = JSON.parse(JSON.stringify(s));
    bad3.mechanisms.deemedApproval.on = 'yes';
    expect(() => loadScenario(bad3)).toThrow('invalid mechanisms.deemedApproval.on: must be true or false, got "yes"');
    const bad4 = JSON.parse(JSON.stringify(s));
    bad4.departments[0].stationing = 'remote';
    expect(() => loadScenario(bad4)).toThrow(/^invalid departments\[0\]\.stationing: must be one of absent, reception/);
  });

  it('fills documented defaults', () => {
    const s = loadScenario({ type: 'onewindow/centre', version: 1, departments: [{ id: 'a' }], items: [{ id: 'x', departments: ['a'], share: 1 }] });
    expect(s.type).toBe('onewindow/centre');
    if (s.type !== 'onewindow/centre') return;
    expect(s.departments[0].stationing).toBe('authorised');
    expect(s.items[0].promisedLimitDays).toBe(s.items[0].legalLimitDays);
    expect(s.opening.hoursPerDay).toBe(8);
    expect(s.mechanisms.deemedApproval.on).toBe(false);
  });

  it.each(centrePresetFiles())('round trip: %s loads, serialises and loads equal', (file) => {
    const raw = JSON.parse(readFileSync(new URL(file, PRESET_DIR), 'utf8'));
    const once = loadScenario(raw);
    const twice = loadScenario(JSON.parse(JSON.stringify(once)));
    expect(twice).toEqual(JSON.parse(JSON.stringify(once)));
  });

  it('the version-1 fixture still loads (migrations stay tested)', () => {
    const fixture = JSON.parse(readFileSync(new URL('./fixtures/centre-v1.scenario.json', import.meta.url), 'utf8'));
    const s = loadScenario(fixture);
    expect(s.type).toBe('onewindow/centre');
    if (s.type === 'onewindow/centre') expect(s.departments.map((d) => d.stationing)).toEqual(['reception', 'whole-unit']);
  });
});
