import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStateNodes } from 'xstate/graph';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { FUNCTION_ROLES, FIVE_IN_ONE_TEXT, fiveFunctionsMachine } from '../../models/functions/fiveFunctionsMachine';
import { DALIAN_PHASES } from '../../models/programmes/dalian';
import { stageMachine } from '../../models/stages/stageMachine';
import { GLOSSARY, lookupTerm } from '../../models/text/glossary';
import { LEADING_FUNCTIONS, LESSONS, NATIONAL_FIGURES, NO_NATIONAL_STANDARD, PROBLEMS, STAGES, STAGES_NOTE } from '../../models/text/paperFacts';
import { PAPER } from '../../models/text/paperQuotes';
import { readableZh } from '../../models/text/readable';
import type { StateMeta } from '../../models/text/types';
import { readSeed, readSharedSeed } from './seedText';

const seed = readSeed();

function quotesOf(meta: StateMeta | undefined): string[] {
  if (!meta) return [];
  return [meta.quote?.zh, ...(meta.notes ?? []).map((n) => n.zh)].filter((q): q is string => !!q);
}

describe('the paper’s text', () => {
  it('the committed copy of the paper is the shared seed file', () => {
    const shared = readSharedSeed();
    if (shared !== null) expect(seed).toBe(shared);
    expect(seed.length).toBeGreaterThan(10000);
  });

  it('every PAPER quote is a substring of the seed text', () => {
    for (const [key, zh] of Object.entries(PAPER)) expect(seed.includes(zh), key).toBe(true);
  });

  it('every quote in every statechart’s meta is the paper’s own text', () => {
    const machines = [stageMachine, fiveFunctionsMachine, ...CENTRE_TYPE_IDS.map((id) => CENTRE_TYPES[id].machine)];
    let n = 0;
    for (const m of machines) {
      for (const node of [m.root, ...getStateNodes(m.root)]) {
        for (const q of quotesOf(node.meta as StateMeta | undefined)) {
          expect(seed.includes(q), `${node.id}: ${q}`).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(30);
  });

  it('readableZh removes the seed’s pinyin glosses', () => {
    expect(readableZh(PAPER.stage1Title)).toBe('集中受理、分頭辦理時期。');
    expect(readableZh(PAPER.roleApproval)).toBe('行政審批是關鍵抓手');
    expect(readableZh(PAPER.investment2008DataCentre)).not.toMatch(/[a-z?()]/);
  });
});

describe('every SEED-BRIEF fact table row is in models/text (or its home in models/)', () => {
  it('§1 three stages, and where centres stood c. 2012', () => {
    expect(STAGES.map((s) => s.zh)).toEqual(['集中受理、分头办理', '集中受理、相对集中办理', '代表政府向社会和公众提供综合性服务']);
    expect(STAGES[0].whatChanges.zh).toContain('一个窗口对外');
    expect(STAGES[1].whatChanges.zh).toContain('成建制进驻');
    for (const s of ['非行政许可审批', '政府采购', '建设工程招投标', '土地“招拍挂”', '国有资产产权交易', '便民服务']) expect(STAGES[2].whatChanges.zh).toContain(s);
    expect(STAGES_NOTE.transition.en).toMatch(/second period to the third/);
    for (const s of STAGES) expect(seed.includes(s.quote.zh)).toBe(true);
  });

  it('§2 national figures and leading functions', () => {
    const byId = Object.fromEntries(NATIONAL_FIGURES.map((f) => [f.id, f]));
    expect(byId.centres2009.value).toBe(2842);
    expect(byId.provincial2009.value).toBe(10);
    expect([byId.prefecture2009.value, byId.prefecture2009.share?.value, byId.prefecture2009.share?.relation]).toEqual([356, 0.9, 'over']);
    expect([byId.county2009.value, byId.county2009.share?.value, byId.county2009.share?.relation]).toEqual([2476, 0.8, 'nearly']);
    expect([byId.infoReading2009.value, byId.infoReading2009.share?.value]).toEqual([710, 0.25]);
    expect([byId.trading2009.value, byId.trading2009.share?.value]).toEqual([589, 0.207]);
    expect([byId.centres2012.value, byId.centres2012.when]).toEqual([2912, '2012-05']);
    expect([byId.township2012.value, byId.township2012.when]).toEqual([30377, '2012-05']);
    for (const f of NATIONAL_FIGURES) expect(seed.includes(f.quote.zh), f.id).toBe(true);
    expect(LEADING_FUNCTIONS.items.map((i) => i.zh)).toEqual(['行政审批', '政务公开', '公共服务', '电子监察']);
    expect(seed.includes(NO_NATIONAL_STANDARD.zh)).toBe(true);
  });

  it('§3 five models: mark, work, representative', () => {
    const rows: Array<[string, string, string, string]> = [
      ['economyLed', '经济主导模式', '宁波市经济发展服务中心', '招投标'],
      ['comprehensive', '综合服务模式', '天津市行政服务中心', '家庭服务'],
      ['physicalUnification', '实体统一模式', '杭州市行政服务中心', '两头办理'],
      ['approvalBureau', '审管分离模式', '成都市武侯区行政审批局', '保留监管权'],
      ['functionIntegration', '行政职能整合模式', '大连市政府行政服务中心', '行政投诉办理'],
    ];
    for (const [id, model, rep, work] of rows) {
      const p = CENTRE_TYPES[id as keyof typeof CENTRE_TYPES].profile;
      expect(p.model.zh).toContain(model);
      expect(p.representative.zh).toBe(rep);
      expect(p.whatItDoes.zh).toContain(work);
      expect(p.distinguishingMark.zh).toMatch(/区分标志/);
      expect(seed.includes(p.quote.zh)).toBe(true);
    }
    expect(CENTRE_TYPES.approvalBureau.profile.whatItDoes.zh).toContain('有待观察');
  });

  it('§3 five functions and their roles; five-in-one texts', () => {
    expect(Object.values(FUNCTION_ROLES).map((f) => [f.name.zh, f.role.zh])).toEqual([
      ['政务公开', '政务统领'],
      ['行政审批', '关键抓手'],
      ['电子政务', '技术支撑'],
      ['信息发布', '重要应用'],
      ['行政投诉办理', '监督手段'],
    ]);
    expect(readableZh(FIVE_IN_ONE_TEXT.innerFiveOuterOne.zh)).toContain('對內五條線、對外一個面');
    expect(FIVE_IN_ONE_TEXT.amplification.zh).toContain('1+1>2');
    expect(FIVE_IN_ONE_TEXT.iso9000.zh).toContain('ISO9000');
  });

  it('§4 four phases', () => {
    expect(DALIAN_PHASES.map((p) => p.zh)).toEqual(['起步摸索阶段', '法制推进阶段', '职能整合阶段', '完善提高阶段']);
  });

  it('§5 five problems, §6 four lessons', () => {
    expect(PROBLEMS).toHaveLength(5);
    expect(PROBLEMS[1].detail.zh).toContain('中办22号文');
    expect(PROBLEMS[1].detail.zh).toContain('非行政许可审批');
    expect(PROBLEMS[4].items?.map((i) => i.zh)).toEqual(['窗口授权不充分', '人员配备不到位', '办理事项有待增加', '管理协调难度大', '进驻部门内在动力不足']);
    expect(LESSONS).toHaveLength(4);
    expect(LESSONS[1].detail.zh).toContain('大部制');
    expect(LESSONS[2].detail.zh).toContain('1+1>2');
    for (const p of [...PROBLEMS, ...LESSONS, ...(PROBLEMS[4].items ?? [])]) expect(seed.includes(p.quote.zh), p.zh).toBe(true);
  });
});

/** The Chinese terms of SEED-BRIEF.md (extracted once; the live file is checked too when present). */
const SEED_BRIEF_TERMS = [
  '《行政许可法》', '一个窗口对外', '一站式', '一门两网', '两头办理', '中办22号文', '乡镇(街道)便民服务中心', '人员配备不到位', '便民服务',
  '公共资源交易', '关键抓手', '办理事项有待增加', '县级', '国有资产产权交易', '土地"招拍挂"', '地市级', '大连市政府行政服务中心', '审批权相对集中',
  '家庭服务', '对内五条线、对外一个面', '建设工程招投标', '成建制进驻', '技术支撑', '放大效应', '政务统领', '政府信息公开查阅', '政府采购', '效能监察',
  '正局级', '电子监察', '监督手段', '窗口授权不充分', '窗口授权不到位', '管理协调难度大', '绿色通道', '网上审批系统', '行政服务中心', '要素配置',
  '超时默许', '运行机理', '进驻部门内在动力不足', '重要应用', '限时办结', '非行政许可审批', '首问负责', '五合一', '代表政府向社会和公众提供综合性服务',
  '信息发布', '天津市行政服务中心', '姜秀敏', '宁波市经济发展服务中心', '完善提高', '实体统一模式', '审管分离模式', '张耀春', '成都市武侯区行政审批局',
  '政务公开', '杭州市行政服务中心', '法制推进', '电子政务', '经济主导模式', '综合服务模式', '职能整合', '行政审批', '行政投诉办理', '行政职能整合模式',
  '起步摸索', '集中受理、分头办理', '集中受理、相对集中办理', '韩颖',
];

describe('glossary', () => {
  it('has every Chinese term of SEED-BRIEF with English', () => {
    for (const t of SEED_BRIEF_TERMS) {
      const e = lookupTerm(t);
      expect(e, t).toBeDefined();
      expect(e!.en.length, t).toBeGreaterThan(2);
    }
  });

  it('still covers SEED-BRIEF.md as it is now (when the shared file is present)', () => {
    const path = new URL('../../../shared/domain/SEED-BRIEF.md', import.meta.url);
    if (!existsSync(path)) return;
    const text = readFileSync(path, 'utf8');
    const terms = new Set((text.match(/[\p{Script=Han}“”"《》、()0-9+]*\p{Script=Han}[\p{Script=Han}“”"《》、0-9]*/gu) ?? []).map((t) => t.replace(/^\(/, '')));
    const missing = [...terms].filter((t) => !lookupTerm(t));
    expect(missing).toEqual([]);
  });

  it('has no duplicate terms', () => {
    const zh = GLOSSARY.map((g) => g.zh);
    expect(new Set(zh).size).toBe(zh.length);
  });
});
