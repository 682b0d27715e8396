import { describe, expect, it } from 'vitest';
import { integrationIndex, isFiveInOne, functionLevels } from '../../models/functions/fiveFunctionsMachine';
import {
  DALIAN_EVENTS,
  DALIAN_PHASES,
  functionsAtEndOf,
  phaseOf,
  servicesAtEndOf,
  type ProgrammeEvent,
} from '../../models/programmes/dalian';
import { checkProgramme, type ProgrammeEventKind } from '../../models/programmes/programme';
import { offersComprehensiveServices } from '../../models/stages/stageMachine';
import { readSeed } from './seedText';

const seed = readSeed();

/** SEED-BRIEF §4, row by row and the investment timeline: [year, month?, kind, payload subset]. */
const REQUIRED: Array<[number, number | undefined, ProgrammeEventKind, Record<string, unknown>]> = [
  [2002, undefined, 'centre.found', { functions: ['approval'] }],
  [2002, undefined, 'department.station', {}],
  [2003, undefined, 'platform.oneStop', {}],
  [2004, undefined, 'law.licensing', {}],
  [2004, undefined, 'mechanism.enable', { mechanism: 'firstInquiry' }],
  [2004, undefined, 'mechanism.enable', { mechanism: 'timeLimit' }],
  [2004, undefined, 'mechanism.enable', { mechanism: 'greenChannel' }],
  [2004, undefined, 'mechanism.enable', { mechanism: 'deemedApproval' }],
  [2004, undefined, 'items.reduce', {}],
  [2004, undefined, 'limits.compress', {}],
  [2004, undefined, 'approval.concentrate', {}],
  [2004, undefined, 'hall.build', {}],
  [2004, undefined, 'softEnvironment.round', { round: 1 }],
  [2006, undefined, 'centre.rename', {}],
  [2007, undefined, 'softEnvironment.round', { round: 2 }],
  [2007, undefined, 'resources.integrate', {}],
  [2007, undefined, 'complaints.merge', { bodies: 6 }],
  [2007, undefined, 'function.colocate', { fn: 'complaints' }],
  [2008, undefined, 'function.integrate', { fn: 'openness' }],
  [2008, undefined, 'function.integrate', { fn: 'approval' }],
  [2008, undefined, 'function.integrate', { fn: 'complaints' }],
  [2008, 10, 'service.add', { service: 'procurement' }],
  [2008, 10, 'service.add', { service: 'disclosureRequests' }],
  [2008, undefined, 'dataCentre.build', {}],
  [2009, undefined, 'function.integrate', { fn: 'eGovernment' }],
  [2009, undefined, 'function.integrate', { fn: 'informationRelease' }],
  [2009, undefined, 'mechanism.enable', { mechanism: 'qualityManagement', aspect: 'iso9000' }],
  [2009, undefined, 'mechanism.enable', { mechanism: 'qualityManagement', aspect: 'assessment' }],
  [2010, 3, 'leadingGroups.merge', { groups: 4 }],
  [2010, undefined, 'centre.rank', {}],
  [2010, undefined, 'staff.add', {}],
  [2010, undefined, 'network.extendToDistricts', { districts: 14, departmentsUnderOneLeaderShare: 0.8 }],
  [2010, undefined, 'softEnvironment.round', { round: 3 }],
  [2010, undefined, 'online.open', { platform: 'disclosureNet' }],
  [2010, undefined, 'online.open', { platform: 'publicEnterpriseNet' }],
  [2010, undefined, 'online.open', { platform: 'onlineApproval', mechanism: 'onlineApproval' }],
  [2010, undefined, 'online.open', { platform: 'constructionCreditNet' }],
  [2010, undefined, 'online.open', { platform: 'powerOperationNet' }],
  [2010, undefined, 'hall.build', { planned: true }],
  [2014, undefined, 'hall.build', { areaM2: 130000, planned: true }],
  [2014, undefined, 'service.add', { service: 'constructionBidding' }],
  [2014, undefined, 'service.add', { service: 'landAuction' }],
  [2014, undefined, 'service.add', { service: 'stateAssetTrading' }],
];

const matches = (e: ProgrammeEvent, payload: Record<string, unknown>) =>
  Object.entries(payload).every(([k, v]) => JSON.stringify((e.payload as Record<string, unknown>)[k]) === JSON.stringify(v));

describe('Dalian programme (paper §4)', () => {
  it('four phases: 2002–03, 2004–06, 2007–09, 2010–', () => {
    expect(DALIAN_PHASES.map((p) => [p.zh, p.from, p.to])).toEqual([
      ['起步摸索阶段', 2002, 2003],
      ['法制推进阶段', 2004, 2006],
      ['职能整合阶段', 2007, 2009],
      ['完善提高阶段', 2010, null],
    ]);
    expect(phaseOf(2005)?.id).toBe('legalPromotion');
    expect(phaseOf(2012)?.id).toBe('improvement');
  });

  it('events are ordered by date (years, and months within a year)', () => {
    for (let i = 1; i < DALIAN_EVENTS.length; i++) {
      const [a, b] = [DALIAN_EVENTS[i - 1], DALIAN_EVENTS[i]];
      expect(b.year, b.id).toBeGreaterThanOrEqual(a.year);
    }
    for (const year of new Set(DALIAN_EVENTS.map((e) => e.year))) {
      const months = DALIAN_EVENTS.filter((e) => e.year === year && e.month !== undefined).map((e) => e.month!);
      expect(months).toEqual([...months].sort((x, y) => x - y));
    }
  });

  it.each(REQUIRED)('has the SEED-BRIEF §4 event %i/%s %s %o', (year, month, kind, payload) => {
    const found = DALIAN_EVENTS.filter((e) => e.kind === kind && e.year === year && (month === undefined || e.month === month) && matches(e, payload));
    expect(found.length).toBeGreaterThan(0);
  });

  it('every event sits in the phase of its year, has unique id, bilingual text, and quotes the paper exactly', () => {
    const ids = new Set<string>();
    for (const e of DALIAN_EVENTS) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(phaseOf(e.year)?.id, e.id).toBe(e.phase);
      expect(e.zh && e.en && e.quote.en, e.id).toBeTruthy();
      expect(seed.includes(e.quote.zh), `${e.id}: ${e.quote.zh}`).toBe(true);
    }
    for (const p of DALIAN_PHASES) expect(seed.includes(p.quote.zh), p.id).toBe(true);
  });

  it('drives the five-functions machine: approval only in 2002, two functions in 2007, five-in-one in 2009, not before', () => {
    expect(integrationIndex(functionsAtEndOf(2002))).toBe(0.1);
    expect(functionLevels(functionsAtEndOf(2007))).toMatchObject({ approval: 'colocated', complaints: 'colocated' });
    expect(isFiveInOne(functionsAtEndOf(2008))).toBe(false);
    expect(isFiveInOne(functionsAtEndOf(2009))).toBe(true);
    const series = [2002, 2004, 2006, 2007, 2008, 2009, 2010].map((y) => integrationIndex(functionsAtEndOf(y)));
    expect(series).toEqual([...series].sort((a, b) => a - b));
  });

  it('stage-3 services: procurement and the reading centre (October 2008), then five-in-one (2009) — not before', () => {
    const five = ['openness', 'approval', 'eGovernment', 'informationRelease', 'complaints'] as const;
    const measured = (year: number, functionsIntegrated: readonly (typeof five)[number][] = five) => ({ acceptedInCentreShare: 1, decidedInCentreShare: 1, services: servicesAtEndOf(year), functionsIntegrated });
    expect(servicesAtEndOf(2007)).toEqual(['approval']);
    expect(servicesAtEndOf(2008)).toEqual(['approval', 'procurement', 'disclosureRequests']);
    expect(offersComprehensiveServices(measured(2007))).toBe(false);
    // 2008: openness, approval and complaints integrated — three of five, below the threshold of four
    expect(offersComprehensiveServices(measured(2008, ['openness', 'approval', 'complaints']))).toBe(false);
    expect(offersComprehensiveServices(measured(2009))).toBe(true);
  });
});

describe('checkProgramme refuses invalid timelines with a clear message', () => {
  it('Dalian’s programme is valid', () => expect(checkProgramme(DALIAN_EVENTS)).toEqual([]));

  it('integration before co-location, years out of order, a service twice', () => {
    const base = DALIAN_EVENTS.find((e) => e.id === '2008-complaints-integrate')!;
    const proc = DALIAN_EVENTS.find((e) => e.id === '2008-10-procurement')!;
    const errors = checkProgramme([base, { ...proc, year: 2007 }, proc, proc]);
    expect(errors).toEqual([
      'invalid events[0].kind: a function must be co-located (function.colocate) before it is integrated; complaints is separate, got function.integrate',
      'invalid events[1].year: must not be before events[0].year (2008), got 2007',
      'invalid events[2].payload.service: must not be added twice, got procurement',
      'invalid events[3].payload.service: must not be added twice, got procurement',
    ]);
  });
});
