import { describe, expect, it } from 'vitest';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { kpiSpec } from '../../src/domain/kpis';
import { DESIGN_KPIS } from '../centre/helpers';
import { locales } from '../../src/ui/i18n/messages';
import { groupKpis, kpiGroup, kpiLabel } from '../../src/ui/kpis/kpiLabel';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPresetIds, DEFAULT_PRESET_ID, planPresets, presetText, toCentrePresets } from '../../src/ui/library/presets';
import { centrePresets } from '../../src/ui/library/allPresets';

describe('centre presets in the Plan view', () => {
  it('lists every centre preset of models/presets, Dalian 2009 first, each with a known centre type and a Chinese name', () => {
    expect(centrePresets.length).toBeGreaterThanOrEqual(6);
    expect(centrePresets[0].id).toBe(DEFAULT_PRESET_ID);
    for (const p of centrePresets) {
      expect(Object.keys(CENTRE_TYPES)).toContain(p.centreType);
      expect(p.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.replications).toBeGreaterThanOrEqual(1);
    }
  });

  it('every centre preset has its description and each of its sources in Chinese', () => {
    for (const p of centrePresets) {
      expect(p.descriptionZh, p.id).toMatch(/[\u4e00-\u9fff]/);
      expect(p.sourcesZh?.length, p.id).toBe(p.sources.length);
      for (const t of [presetText(p, 'zh-CN').description!, ...presetText(p, 'zh-CN').sources]) expect(t.marked, p.id).toBe(false);
    }
  });

  it('description and sources in Chinese where the file has them, else English marked as such (zh UI only)', () => {
    const [bilingual] = toCentrePresets({
      'x/a.scenario.json': { type: 'onewindow/centre', name: 'A', description: 'A centre', descriptionZh: '一个中心', _sources: ['one', 'two'], _sourcesZh: ['一'] },
    });
    expect(presetText(bilingual, 'zh-CN')).toEqual({
      description: { text: '一个中心', lang: 'zh', marked: false },
      sources: [
        { text: '一', lang: 'zh', marked: false },
        { text: 'two', lang: 'en', marked: true },
      ],
    });
    expect(presetText(bilingual, 'en').description).toEqual({ text: 'A centre', lang: 'en', marked: false });
    // the shipped presets carry Chinese texts: shown in Chinese, unmarked; English in the English UI
    const dalian = centrePresets.find((p) => p.id === DEFAULT_PRESET_ID)!;
    const zh = presetText(dalian, 'zh-CN');
    expect(zh.description).toMatchObject({ lang: 'zh', marked: false });
    expect(zh.sources.length).toBe(dalian.sources.length);
    expect(presetText(dalian, 'en').description).toMatchObject({ lang: 'en', marked: false });
  });

  it('the Plan view lists the presets without a reform timeline (those go to Evolution)', () => {
    expect(planPresets.length).toBeGreaterThanOrEqual(6);
    expect(planPresets.every((p) => !('timeline' in (p.json as object)))).toBe(true);
    expect(planPresets.map((p) => p.id)).toContain('tianjin-2007');
  });

  it('the first page bundles exactly the presets without a timeline; every preset is in allPresets (review: first-page weight)', () => {
    const dir = join(process.cwd(), 'models/presets');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.scenario.json'))
      .map((f) => ({ id: f.replace(/\.scenario\.json$/, ''), json: JSON.parse(readFileSync(join(dir, f), 'utf8')) as { type: string; timeline?: unknown } }))
      .filter((f) => f.json.type === 'onewindow/centre');
    const withoutTimeline = files.filter((f) => !Array.isArray(f.json.timeline)).map((f) => f.id);
    // presets.ts's glob leaves out the files with a timeline by name: a new one must be named there
    expect([...bundledPresetIds].sort()).toEqual(withoutTimeline.sort());
    expect(centrePresets.map((p) => p.id).sort()).toEqual(files.map((f) => f.id).sort());
    for (const p of planPresets) expect(centrePresets).toContain(p);
  });

  it('skips network scenarios and anything that is not a scenario object', () => {
    const presets = toCentrePresets({
      'x/a.scenario.json': { type: 'onewindow/network', name: 'M/M/1' },
      'x/b.scenario.json': null,
      'x/c.scenario.json': { type: 'onewindow/centre', name: 'C', _sources: 'one source' },
    });
    expect(presets.map((p) => [p.id, p.nameZh, p.sources])).toEqual([['c', 'C', ['one source']]]);
  });
});

describe('KPI catalogue', () => {
  it('every stable centre KPI has a catalogue entry and a label in both languages (tests/domain/kpis.test.ts covers every KPI a run emits)', () => {
    for (const name of DESIGN_KPIS) {
      expect(kpiSpec(name), name).toBeDefined();
      for (const locale of locales) expect(kpiLabel(locale, name), `${locale} ${name}`).not.toBe(name);
    }
  });

  it('unknown KPIs fall into "other", after the catalogue groups', () => {
    expect(kpiGroup('notAKpi')).toBe('other');
    expect(groupKpis(['notAKpi', 'onTimeRate', 'meanWaitMinutes', 'tripsPerCase'])).toEqual([
      { group: 'hall', names: ['meanWaitMinutes'] },
      { group: 'trips', names: ['tripsPerCase'] },
      { group: 'time', names: ['onTimeRate'] },
      { group: 'other', names: ['notAKpi'] },
    ]);
  });
});
