import { initialTransition, setup, transition, type SnapshotFrom } from 'xstate';
import { PAPER } from '../text/paperQuotes';
import { FUNCTION_IDS, FUNCTION_LEVEL_SCORE, FUNCTION_TERMS, type FunctionId, type FunctionLevel } from '../../src/domain/vocabulary';
import type { Bilingual, StateMeta } from '../text/types';

/** Tags of the five-functions machine: `<fn>.<level>`, and `inCentre` once a function has moved in. */
export type FiveFunctionsTag = `${FunctionId}.${FunctionLevel}` | 'inCentre';

/** `function.colocate` moves a function's office into the centre; `function.integrate` merges it into the centre's organisation. */
export type FiveFunctionsEvent =
  | { type: 'function.colocate'; fn: FunctionId }
  | { type: 'function.integrate'; fn: FunctionId };

/** Each function's name and its role in the operating mechanism (运行机理), paper §3. */
export const FUNCTION_ROLES: Record<FunctionId, { name: Bilingual; role: Bilingual; quote: Bilingual }> = {
  openness: {
    name: FUNCTION_TERMS.openness,
    role: { zh: '政务统领', en: 'the leader' },
    quote: { zh: PAPER.roleOpenness, en: 'Design of the operating mechanism: government-affairs openness is the leader' },
  },
  approval: {
    name: FUNCTION_TERMS.approval,
    role: { zh: '关键抓手', en: 'the key lever' },
    quote: { zh: PAPER.roleApproval, en: 'administrative approval is the key lever' },
  },
  eGovernment: {
    name: FUNCTION_TERMS.eGovernment,
    role: { zh: '技术支撑', en: 'the technical support' },
    quote: { zh: PAPER.roleEGovernment, en: 'e-government is the technical support' },
  },
  informationRelease: {
    name: FUNCTION_TERMS.informationRelease,
    role: { zh: '重要应用', en: 'the important application' },
    quote: { zh: PAPER.roleInformationRelease, en: 'information release is the important application' },
  },
  complaints: {
    name: FUNCTION_TERMS.complaints,
    role: { zh: '监督手段', en: 'the means of supervision' },
    quote: { zh: PAPER.roleComplaints, en: 'administrative complaints are the means of supervision' },
  },
};

/** The paper's sentences on how the five-in-one is kept running and what it yields. */
export const FIVE_IN_ONE_TEXT = {
  innerFiveOuterOne: {
    zh: PAPER.innerFiveOuterOne,
    en: 'unified deployment, unified guidance, unified supervision, unified assessment; five lines inside, one face outside',
  },
  amplification: {
    zh: PAPER.amplification,
    en: 'an operating mechanism of overall linkage can produce a "1+1>2" amplification effect',
  },
  assessment: {
    zh: PAPER.assessment,
    en: 'to keep the five-in-one running smoothly we set up a strict assessment mechanism, folding the five functions into the city’s performance evaluation and strengthening accountability and supervision',
  },
  iso9000: {
    zh: PAPER.iso9000,
    en: 'introducing modern management, fully adopting the ISO9000 quality-management system, with self-improvement and continuous improvement, making all management and service institutionalised and standardised, so that the combined effect of the five functions grows further',
  },
} satisfies Record<string, Bilingual>;

const LEVEL_TEXT: Record<FunctionLevel, Bilingual> = {
  separate: { zh: '分散在政府部门', en: 'separate, in its own government office' },
  colocated: { zh: '进驻中心、合署办公', en: 'co-located in the centre (合署办公)' },
  integrated: { zh: '整合到行政服务中心', en: 'integrated into the administrative service centre' },
};

const INTEGRATED_QUOTE: Record<FunctionId, Bilingual> = {
  openness: { zh: PAPER.merge2008, en: '2008: the city merged the centre’s management office, the openness (soft-environment) office and the complaint centre into a new centre, responsible for organising, coordinating and supervising openness, approval and complaint handling city-wide' },
  approval: { zh: PAPER.merge2008, en: '2008: the city merged the centre’s management office, the openness (soft-environment) office and the complaint centre into a new centre, responsible for organising, coordinating and supervising openness, approval and complaint handling city-wide' },
  eGovernment: { zh: PAPER.eGov2009, en: '2009: the city moved the management of e-government and "one gate, two networks" (一门两网) into the centre' },
  informationRelease: { zh: PAPER.fiveInOne2009, en: 'By then, after three years, openness, approval, e-government, information release and complaint handling were all integrated into the centre: five-in-one' },
  complaints: { zh: PAPER.merge2008, en: '2008: the city merged the centre’s management office, the openness (soft-environment) office and the complaint centre into a new centre, responsible for organising, coordinating and supervising openness, approval and complaint handling city-wide' },
};

const COLOCATED_QUOTE: Partial<Record<FunctionId, Bilingual>> = {
  approval: { zh: PAPER.phase1Founding, en: 'the Dalian Administrative Approval Service Centre (original name), once founded, exercised a single function: administrative approval' },
  complaints: { zh: PAPER.complaintsMerged, en: 'the city merged the six city-level complaint bodies scattered in government departments into the Municipal Administrative Complaint Centre, co-located with the Administrative Service Centre' },
};

function region(fn: FunctionId) {
  const { name, role, quote } = FUNCTION_ROLES[fn];
  const levelMeta = (level: FunctionLevel, q?: Bilingual): StateMeta => ({
    zh: `${name.zh}：${LEVEL_TEXT[level].zh}`,
    en: `${name.en}: ${LEVEL_TEXT[level].en}`,
    ...(q ? { quote: q } : {}),
    source: level === 'separate' ? 'paper §3 (five models: 行政职能整合模式)' : 'paper §4 (Dalian, function integration 2007–2009)',
  });
  return {
    initial: 'separate' as const,
    meta: { zh: `${name.zh}（${role.zh}）`, en: `${name.en} (${role.en})`, quote, source: 'paper §3 (运行机理)' } satisfies StateMeta,
    states: {
      separate: {
        tags: [`${fn}.separate` as FiveFunctionsTag],
        meta: levelMeta('separate'),
        on: { 'function.colocate': { guard: { type: 'isForFunction' as const, params: { fn } }, target: 'colocated' as const } },
      },
      colocated: {
        tags: [`${fn}.colocated` as FiveFunctionsTag, 'inCentre' as const],
        meta: levelMeta('colocated', COLOCATED_QUOTE[fn]),
        on: { 'function.integrate': { guard: { type: 'isForFunction' as const, params: { fn } }, target: 'integrated' as const } },
      },
      integrated: {
        tags: [`${fn}.integrated` as FiveFunctionsTag, 'inCentre' as const],
        meta: levelMeta('integrated', INTEGRATED_QUOTE[fn]),
      },
    },
  };
}

/**
 * The five functions as parallel regions, each separate → co-located → integrated. Integration is
 * refused (the event is ignored) until the function is co-located, as in Dalian where the complaint
 * centre first shared offices with the service centre (2007) and was merged into it a year later (2008).
 */
export const fiveFunctionsMachine = setup({
  types: {
    events: {} as FiveFunctionsEvent,
    meta: {} as StateMeta,
    tags: {} as FiveFunctionsTag,
  },
  guards: {
    isForFunction: ({ event }, params: { fn: FunctionId }) => event.fn === params.fn,
  },
}).createMachine({
  id: 'fiveFunctions',
  type: 'parallel',
  meta: {
    zh: '行政服务职能“五合一”',
    en: 'the five-in-one of administrative-service functions',
    quote: FIVE_IN_ONE_TEXT.innerFiveOuterOne,
    notes: [FIVE_IN_ONE_TEXT.amplification, FIVE_IN_ONE_TEXT.assessment, FIVE_IN_ONE_TEXT.iso9000],
    source: 'paper §3 (行政职能整合模式), §4 (运行机理), §6 lesson 3',
  },
  states: {
    openness: region('openness'),
    approval: region('approval'),
    eGovernment: region('eGovernment'),
    informationRelease: region('informationRelease'),
    complaints: region('complaints'),
  },
});

/** A snapshot of the five-functions machine. */
export type FiveFunctionsSnapshot = SnapshotFrom<typeof fiveFunctionsMachine>;

/** Reads each function's level from a snapshot; pure. */
export function functionLevels(snapshot: FiveFunctionsSnapshot): Record<FunctionId, FunctionLevel> {
  const value = snapshot.value as Record<FunctionId, FunctionLevel>;
  return Object.fromEntries(FUNCTION_IDS.map((fn) => [fn, value[fn]])) as Record<FunctionId, FunctionLevel>;
}

/**
 * Integration index in [0, 1]: the mean over the five functions of FUNCTION_LEVEL_SCORE (equal weights —
 * an assumption); 0 when all are separate, 1 at five-in-one. Pure.
 */
export function integrationIndex(snapshot: FiveFunctionsSnapshot): number {
  return integrationIndexOf(functionLevels(snapshot));
}

/** integrationIndex from levels rather than a snapshot; pure. */
export function integrationIndexOf(levels: Record<FunctionId, FunctionLevel>): number {
  let sum = 0;
  for (const fn of FUNCTION_IDS) sum += FUNCTION_LEVEL_SCORE[levels[fn]];
  return sum / FUNCTION_IDS.length;
}

/** The functions that are integrated, in the paper's order; pure. */
export function integratedFunctions(snapshot: FiveFunctionsSnapshot): FunctionId[] {
  const levels = functionLevels(snapshot);
  return FUNCTION_IDS.filter((fn) => levels[fn] === 'integrated');
}

/** True when all five functions are integrated: the five-in-one (五合一); pure. */
export function isFiveInOne(snapshot: FiveFunctionsSnapshot): boolean {
  return integratedFunctions(snapshot).length === FUNCTION_IDS.length;
}

/** The five-functions snapshot at the given levels, reached from all-separate by XState's pure transition(); pure. */
export function fiveFunctionsAt(levels: Partial<Record<FunctionId, FunctionLevel>>): FiveFunctionsSnapshot {
  let [snap] = initialTransition(fiveFunctionsMachine);
  for (const fn of FUNCTION_IDS) {
    const level = levels[fn] ?? 'separate';
    if (level === 'separate') continue;
    [snap] = transition(fiveFunctionsMachine, snap, { type: 'function.colocate', fn });
    if (level === 'integrated') [snap] = transition(fiveFunctionsMachine, snap, { type: 'function.integrate', fn });
  }
  return snap;
}
