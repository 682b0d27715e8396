// A city's item list from CSV: columns by id or the registry's names, classes by id or term,
// departments checked against the draft; a bad file is refused with row, column and rule. The
// engine then checks the whole scenario (the panel does that through the worker; here in-process).
import { describe, expect, it } from 'vitest';
import preset from '../../../models/presets/dalian-2009.scenario.json';
import { simApi } from '../../../src/worker/api';
import { draftFromPreset } from '../../../src/ui/draft/leverDraft';
import { applyItems, itemColumnOf, itemRowOf, itemsCsv, itemsFromCsv } from '../../../src/ui/library/itemsCsv';
import { itemsProblemText } from '../../../src/ui/library/LibraryPanel';
import { translate, type MessageKey, type MessageParams } from '../../../src/ui/i18n/messages';

const draft = draftFromPreset('dalian-2009', preset);
const deps = draft.scenario.departments.map((d) => d.id);
const tEn = (k: MessageKey, p?: MessageParams) => translate('en', k, p);
const tZh = (k: MessageKey, p?: MessageParams) => translate('zh-CN', k, p);

describe('items from CSV', () => {
  it('round-trips the preset’s own items, and the engine accepts them', () => {
    const read = itemsFromCsv(itemsCsv(draft.scenario.items ?? []), deps);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.items).toEqual(draft.scenario.items);
    expect(simApi.validate(applyItems(draft, read.items).scenario).ok).toBe(true);
  });

  it('reads Chinese headers, class terms and department lists', () => {
    const csv = '事项标识,事项中文名,办件类型,办理部门,法定时限,网上可办,办件占比\nreg,企业登记,联办件,aic;ntax,20,是,0.6\ntax,税务登记,承诺件,ntax,15,否,0.4\n';
    expect(itemColumnOf('办件类型')).toBe('class');
    const read = itemsFromCsv(csv, deps);
    expect(read).toEqual({
      ok: true,
      items: [
        { id: 'reg', nameZh: '企业登记', class: 'linked', departments: ['aic', 'ntax'], legalLimitDays: 20, onlineCapable: true, share: 0.6 },
        { id: 'tax', nameZh: '税务登记', class: 'promised', departments: ['ntax'], legalLimitDays: 15, onlineCapable: false, share: 0.4 },
      ],
    });
  });

  it('a bad file is refused with row, column and rule, in both languages', () => {
    const csv = 'id,class,departments,legalLimitDays,share,onlineCapable\na,promised,aic,-3,0.5,yes\na,sometimes,nobody,20,,maybe\n';
    const read = itemsFromCsv(csv, deps);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const en = read.problems.map((p) => itemsProblemText(tEn, 'en', p));
    expect(en).toEqual([
      'row 1, legal limit: must be ≥ 0, got -3',
      'row 2, id: must be unique, got a again',
      'row 2, class: must be one of onTheSpot, promised, linked, referred (or 即办件, 承诺件, 联办件, 上报件), got sometimes',
      'row 2, departments: must be departments of the scenario, got nobody',
      'row 2, online-capable: must be yes or no (true/false, 是/否), got maybe',
      'row 2, share / annualVolume: exactly one of them must be given',
    ]);
    expect(itemsProblemText(tZh, 'zh-CN', read.problems[0])).toBe('第 1 行 法定时限：必须 ≥ 0，当前为 -3');
  });

  it('a missing column is named; an engine path names the row', () => {
    const read = itemsFromCsv('id,class\nx,promised\n', deps);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => itemsProblemText(tEn, 'en', p))).toEqual(['the column “departments” is missing', 'the column “legalLimitDays” is missing', 'the column “share / annualVolume” is missing']);
    expect(itemRowOf('items[3].promisedLimitDays')).toEqual({ row: 4, column: 'promisedLimitDays' });
    expect(itemRowOf('departments[0].windows')).toBeUndefined();
  });

  it('cross-field rules are the engine’s: promised above legal is refused at its row', () => {
    const read = itemsFromCsv('id,class,departments,legalLimitDays,promisedLimitDays,share\na,promised,aic,10,12,1\n', deps);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const v = simApi.validate(applyItems(draft, read.items).scenario);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(itemRowOf(v.path)).toEqual({ row: 1, column: 'promisedLimitDays' });
  });
});
