/**
 * compileCentre: turns a validated centre scenario into flat tables the centre simulation reads
 * in its hot loop (typed arrays indexed by item, department step, window group, back office and
 * route program), plus the static measured state the stage machine needs. The routes come from
 * the centre-type statecharts the caller hands in (`models.routingTable`): for each item and each
 * combination of the attributes a case samples on arrival, the route program it walks.
 * Pure; the result is structured-cloneable.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import { itemVolumes } from '../scenario/centreSchema';
import { COUNTER_SERVICES, FUNCTION_IDS as FUNCTIONS, FUNCTION_LEVEL_SCORE, ITEM_CLASSES, STAGE3_SERVICES, STATIONINGS, TRADING_SERVICES, type ItemClass } from '../../domain/vocabulary';
import { ScenarioError } from '../scenario/ScenarioError';
import type { RoutingTable } from '../../domain/routes';
import { OP_LOOP, OP_RETRY, OP_SERIAL_NEXT, routeProgram, type RouteProgram } from './routeProgram';

/** What the caller hands in from models/ (the engine imports nothing from there). */
export interface CentreModels {
  /** the routing table compiled from a centre type's statechart (models/centreTypes routingTable); the same table for the same type */
  routingTable: (centreType: string) => RoutingTable;
  /** integration index of the five functions (models/functions integrationIndexOf) */
  integrationIndex?: (levels: CentreScenario['functions']) => number;
}

/** The per-case attributes behind a route lookup: the index within an item's block of {@link ROUTE_VARIANTS} entries. */
export const ROUTE_OUTSIDE = 64;
export const ROUTE_AUTH = 32;
export const ROUTE_ONLINE = 16;
export const ROUTE_COMPLETE = 8;
export const ROUTE_HQ = 4;
export const ROUTE_VERIFY = 2;
export const ROUTE_GAPS = 1;
/** Route variants per item: kept at the department's own office × within the window's authority × online × materials complete × needs headquarters × verification visit × accepted with gaps. */
export const ROUTE_VARIANTS = 128;

/** The compiled centre: flat tables, all times already in working minutes. */
export interface CompiledCentre {
  name: string;
  seed: number;
  replications: number;
  /** working minutes per day (opening hours × 60) */
  dayMinutes: number;
  /** days with arrivals; cases are then followed to completion */
  days: number;
  warmupDays: number;
  workingDaysPerYear: number;
  /** at closing: serve every ticket holder, or send the queue home (a wasted trip) */
  sendHomeAtClose: boolean;
  /** expected arrivals on each day */
  dayVolume: Float64Array;
  /** share of a day's arrivals in each opening hour (sums to 1) */
  hourWeight: Float64Array;
  nItems: number;
  itemIds: string[];
  /** cumulative choice probabilities of items */
  itemCum: Float64Array;
  itemClass: Uint8Array;
  itemLegalMin: Float64Array;
  itemPromisedMin: Float64Array;
  /** deadline (working minutes after acceptance): promised limit under 限时办结, else legal */
  itemDeadlineMin: Float64Array;
  itemServiceMin: Float64Array;
  itemOnline: Uint8Array;
  /** window group where the case is accepted and its result handed over (the first department's) */
  itemGroup: Int32Array;
  /** the item's first department (where it is accepted) */
  itemDep: Int32Array;
  /** probability a case of this item needs the applicant at headquarters too (a reception first department's headquartersVisitShare) */
  itemHqP: Float64Array;
  /** probability a case of this item is within its window's authority (authorisationShare × authorisationUsed of a reception or authorised first department; 1 otherwise) */
  itemAuthP: Float64Array;
  /** probability a case of this item is kept at its first department's own office (1 − handledInCentreShare of a stationed department) */
  itemOutP: Float64Array;
  /** sign-off layers and the in-tray wait (working minutes) of a case kept at a department's own office: headquarters' */
  outsideLayers: number;
  outsideSignWaitMin: number;
  /** route program of each (item, variant): itemRoute[item × ROUTE_VARIANTS + variant], −1 where none applies */
  itemRoute: Int32Array;
  itemStepStart: Int32Array;
  itemStepCount: Int32Array;
  /** department of each step (a linked item has one step per department; bureau departments share one) */
  stepDep: Int32Array;
  stepBo: Int32Array;
  /** hand-off to the step's back office (working minutes) */
  stepHandoffMin: Float64Array;
  stepEffortMin: Float64Array;
  stepReviewMin: Float64Array;
  /** sign-off layers after the review (process.signOffLayers of the step's department's stationing) */
  stepLayers: Uint8Array;
  /** in-tray wait before each sign-off layer (working minutes): headquarters or centre */
  stepSignWaitMin: Float64Array;
  /** staff minutes per sign-off layer */
  signOffMin: number;
  /** the departments: ids, stationing codes (STATIONINGS order), own-office window group (−1 when in the centre) */
  depIds: string[];
  depStationing: Uint8Array;
  depGroup: Int32Array;
  depOffice: Int32Array;
  depBo: Int32Array;
  /** transfer time to and from the department's headquarters (working minutes) */
  depTransferMin: Float64Array;
  /** route programs: concatenated steps; programStart[p] is program p's first step */
  programOps: Uint8Array;
  programArgs: Int32Array;
  programArrive: Uint8Array;
  programStart: Int32Array;
  /** absolute index of each program's DECIDE step */
  programDecideAt: Int32Array;
  programInCentre: Uint8Array;
  programOnSpot: Uint8Array;
  /** the state names of each program's route (for records and drill-down) */
  programStates: string[][];
  groupIds: string[];
  /** department of each window group (−1 for a group shared by several departments) */
  groupDep: Int32Array;
  groupServers: Int32Array;
  /** 1 for a department's own office (no desk, outside the centre) */
  groupOffice: Uint8Array;
  /** desks before the ticket queue (0 = none) and minutes per desk visit */
  desks: number;
  deskMin: number;
  boIds: string[];
  boServers: Int32Array;
  // probabilities and switches
  pCompleteFirst: number;
  pCompleteRetry: number;
  acceptWithGapsP: number;
  verificationP: number;
  misrouteP: number;
  greenP: number;
  greenDeadlineMin: number;
  deemedApproval: boolean;
  edf: boolean;
  /** 电子监察 (alerts) or 限时办结 (pressure): floor of a hurried review's length (share); 1 = no expediting */
  expediteFloor: number;
  online: boolean;
  onlineAdoption: number;
  /** an online case's review time × this (1 − mechanisms.onlineApproval.reviewCut; 1 when online approval is off) */
  onlineReviewFactor: number;
  returnDelayMin: number;
  travelHours: number;
  balkQueueLength: number;
  patienceMin: number;
  pickupMin: number;
  serviceCv: number;
  effortCv: number;
  reviewCv: number;
  referralMin: number;
  twoEndMin: number;
  /** complaint handling: resolution days for the function's state, and the feedback per complaint */
  complaints: CentreScenario['complaints'] & {
    /** resolution days of a complaint on the type's complaint route */
    days: number;
    /** the route forwards complaints to a competent body outside the centre (a share first reaches the wrong one) */
    forwarded: boolean;
    /** share by which one complaint's feedback shortens the offending back office's reviews (0 when the route gives no feedback) */
    feedbackNow: number;
  };
  ratings: CentreScenario['ratings'];
  /**
   * Stage-3 service lines, each walked as its service's route (statechart blocks `counter`,
   * `trading`): line k is the pseudo-item nItems + k (its window group, service minutes).
   */
  lineIds: string[];
  /** 1 counter line (convenience, disclosure requests: a queue at its own counters), 2 trading line (scheduled sessions) */
  lineKind: Uint8Array;
  /** expected arrivals per working day */
  linePerDay: Float64Array;
  lineProgram: Int32Array;
  /** trading: the cycle before a transaction is ready, and the interval between sessions (working minutes) */
  lineCycleMin: Float64Array;
  lineSessionMin: Float64Array;
  /** window groups of counter lines (not the approval windows: left out of windowUtilisation and misrouting) */
  groupCounter: Uint8Array;
  staff: number;
  windows: number;
  annualCost: number;
  /** static measured state for the stage machine */
  measured: { acceptedInCentreShare: number; decidedInCentreShare: number; services: string[]; functionsIntegrated: string[]; integrationIndex: number };
}

/** The stationings a centre type's statechart routes: those of its approval block (plus `absent`, routed by the dispersed baseline, in every type but the baseline itself). */
function allowedStationings(table: RoutingTable, type: string): string[] {
  const approval = table.blocks.find((b) => b.service === 'approval');
  const own = (approval?.dims.find((d) => d.dim === 'stationing')?.values ?? []) as string[];
  return type === 'dispersed' ? own : ['absent', ...own.filter((x) => x !== 'absent')];
}

/** Whether a table routes approval cases online (its approval block enumerates the online channel). */
function hasOnlineChannel(table: RoutingTable): boolean {
  const approval = table.blocks.find((b) => b.service === 'approval');
  return approval?.dims.some((d) => d.dim === 'channel' && d.values.includes('online')) ?? false;
}

/**
 * The route of a case in a table, by its attributes; −1 outside the table's domain. Attributes the
 * block does not enumerate do not change the route. Pure.
 */
function routeEntry(table: RoutingTable, attrs: Record<string, string | boolean>, service = 'approval'): number {
  for (const b of table.blocks) {
    if (b.service !== service) continue;
    let index = 0;
    for (const { dim, values } of b.dims) {
      const k = values.indexOf(attrs[dim]);
      if (k < 0) return -1;
      index = index * values.length + k;
    }
    return table.pathOf[b.offset + index];
  }
  return -1;
}

/**
 * How complaints go, from the type's complaint route: handled in the centre (investigation, then
 * feedback to the offending department: tag `supervision`) or forwarded to a body outside it (tag
 * `transfer`). Resolution days: the complaint function's level in the centre, the separate bodies'
 * outside. Pure.
 */
function complaintRoute(s: CentreScenario, table: RoutingTable): CompiledCentre['complaints'] {
  const level = s.functions.complaints;
  const pathId = routeEntry(table, { complaintFunctionInCentre: level !== 'separate' }, 'complaint');
  const tags = pathId >= 0 ? table.paths[pathId].tags.filter((t) => t.includes('complaint')) : [];
  const forwarded = pathId < 0 || tags.some((t) => t.includes('transfer'));
  const feedback = tags.some((t) => t.includes('supervision'));
  return {
    ...s.complaints,
    days: forwarded ? s.complaints.resolutionDays.separate : s.complaints.resolutionDays[level],
    forwarded,
    // a complementarity: feedback improves a department only as far as approval and complaints are both in the centre
    feedbackNow: feedback ? s.complaints.feedback * FUNCTION_LEVEL_SCORE[level] * FUNCTION_LEVEL_SCORE[s.functions.approval] : 0,
  };
}

/**
 * Compiles a (normalised) centre scenario with the routing tables the caller hands in (the centre
 * type's, and the dispersed baseline's for departments stationed `absent`). Throws ScenarioError
 * when a department's stationing is one the centre type's statechart does not route. Pure.
 */
export function compileCentre(s: CentreScenario, models: CentreModels): CompiledCentre {
  const dayMinutes = s.opening.hoursPerDay * 60;
  const dayToMin = (d: number) => d * dayMinutes;
  const L = (f: (typeof FUNCTIONS)[number]) => FUNCTION_LEVEL_SCORE[s.functions[f]];
  const qm = s.mechanisms.qualityManagement;
  const rateMult = qm.on ? qm.serviceRateMultiplier : 1;
  const cvMult = qm.on ? qm.cvMultiplier : 1;
  const m = s.mechanisms;

  // the statecharts: this type's routes, and the baseline's for departments not in the centre
  const typeTable = models.routingTable(s.centreType);
  const baseTable = s.centreType === 'dispersed' ? typeTable : models.routingTable('dispersed');
  const allowed = allowedStationings(typeTable, s.centreType);
  s.departments.forEach((d, i) => {
    if (!allowed.includes(d.stationing))
      throw new ScenarioError(`departments[${i}].stationing`, { code: 'department.stationing', department: d.id, centreType: s.centreType, allowed: [...allowed] }, d.stationing);
  });

  // departments → window groups and back offices
  const deps = s.departments;
  const depIndex = new Map(deps.map((d, i) => [d.id, i]));
  const groupIds: string[] = [];
  const groupDep: number[] = [];
  const groupServers: number[] = [];
  const addGroup = (id: string, servers: number, dep: number) => {
    groupIds.push(id);
    groupDep.push(dep);
    groupServers.push(Math.max(1, servers));
    return groupIds.length - 1;
  };
  const depGroup = new Int32Array(deps.length).fill(-1);
  const officeGroup = new Int32Array(deps.length).fill(-1);
  const stationed = deps.filter((d) => d.stationing !== 'absent');
  if (s.windowOrganisation === 'comprehensive' && stationed.length > 0) {
    const g = addGroup('comprehensive', stationed.reduce((a, d) => a + d.windows, 0), -1);
    deps.forEach((d, i) => d.stationing !== 'absent' && (depGroup[i] = g));
  } else {
    const bureauDeps = deps.filter((d) => d.stationing === 'bureau');
    const bg = bureauDeps.length > 0 ? addGroup('bureau', bureauDeps.reduce((a, d) => a + d.windows, 0), bureauDeps.length === 1 ? deps.indexOf(bureauDeps[0]) : -1) : -1;
    deps.forEach((d, i) => {
      if (d.stationing === 'bureau') depGroup[i] = bg;
      else if (d.stationing !== 'absent') depGroup[i] = addGroup(d.id, d.windows, i);
    });
  }
  deps.forEach((d, i) => {
    if (d.stationing === 'absent') {
      officeGroup[i] = addGroup(`office:${d.id}`, d.windows, i);
      depGroup[i] = officeGroup[i];
    } else if (d.handledInCentreShare < 1) {
      // a stationed department that keeps cases at its own office (体外循环): counters there in proportion (assumption)
      officeGroup[i] = addGroup(`office:${d.id}`, Math.max(1, Math.ceil(d.windows * (1 - d.handledInCentreShare))), i);
    }
  });

  const boIds: string[] = [];
  const boServers: number[] = [];
  const depBo = new Int32Array(deps.length);
  const backStaff = (d: (typeof deps)[number]) => Math.max(1, d.staff - d.windows);
  const bureauDeps = deps.filter((d) => d.stationing === 'bureau');
  let bureauBo = -1;
  if (bureauDeps.length > 0) {
    boIds.push('bureau');
    boServers.push(bureauDeps.reduce((a, d) => a + backStaff(d), 0));
    bureauBo = 0;
  }
  deps.forEach((d, i) => {
    if (d.stationing === 'bureau') depBo[i] = bureauBo;
    else {
      boIds.push(d.id);
      boServers.push(backStaff(d));
      depBo[i] = boIds.length - 1;
    }
  });
  const approvalCoordination = 1 - 0.2 * L('approval');
  const depHandoff = deps.map((d) => dayToMin(s.process.handoffDays[d.stationing]) * approvalCoordination);

  // route programs, compiled once per distinct route of either table
  const programs: RouteProgram[] = [];
  const programOf = new Map<string, number>();
  const programFor = (table: RoutingTable, pathId: number): number => {
    const key = `${table.machineId}:${pathId}`;
    let id = programOf.get(key);
    if (id === undefined) {
      const prog = routeProgram(table.paths[pathId]);
      if (prog.unknown) throw new Error(`route of ${table.machineId} has a step the simulator cannot interpret: ${prog.unknown}`);
      id = programs.length;
      programs.push(prog);
      programOf.set(key, id);
    }
    return id;
  };

  // items, their steps and their routes
  const vols = itemVolumes(s);
  const total = vols.reduce((a, b) => a + b, 0);
  const n = s.items.length;
  const counterLines = COUNTER_SERVICES.filter((k) => s.services[k].on);
  const tradingLines = TRADING_SERVICES.filter((k) => s.services[k].on);
  const nAll = n + counterLines.length + tradingLines.length;
  const itemCum = new Float64Array(n);
  const itemClass = new Uint8Array(nAll);
  const itemLegalMin = new Float64Array(nAll);
  const itemPromisedMin = new Float64Array(nAll);
  const itemDeadlineMin = new Float64Array(nAll);
  const itemServiceMin = new Float64Array(nAll);
  const itemOnline = new Uint8Array(nAll);
  const itemGroup = new Int32Array(nAll);
  const itemDep = new Int32Array(nAll);
  const itemHqP = new Float64Array(nAll);
  const itemAuthP = new Float64Array(nAll).fill(1);
  const itemOutP = new Float64Array(nAll);
  const itemRoute = new Int32Array(n * ROUTE_VARIANTS).fill(-1);
  const itemStepStart = new Int32Array(nAll);
  const itemStepCount = new Int32Array(nAll);
  const steps: { dep: number; bo: number; handoff: number; effort: number; review: number; layers: number; signWait: number }[] = [];
  // sign-off after the review: layers by stationing; at headquarters (a department not in the centre, or only receiving there) files wait longer for each layer
  const atHeadquarters = (st: string) => st === 'absent' || st === 'reception';
  const signWait = (st: string) => dayToMin(atHeadquarters(st) ? s.process.signOffWaitDays.headquarters : s.process.signOffWaitDays.centre);
  // authority covers a department's simplest items first: the on-the-spot share of the volume it receives (assumption, see the registry)
  const spotShare = new Float64Array(deps.length);
  const firstShare = new Float64Array(deps.length);
  s.items.forEach((it, i) => {
    const d0 = depIndex.get(it.departments[0]) as number;
    firstShare[d0] += vols[i];
    if (it.class === 'onTheSpot') spotShare[d0] += vols[i];
  });
  for (let d = 0; d < deps.length; d++) spotShare[d] = firstShare[d] > 0 ? spotShare[d] / firstShare[d] : 0;
  let cum = 0;
  let acceptedInCentre = 0;
  let decidedInCentre = 0;
  s.items.forEach((it, i) => {
    cum += total > 0 ? vols[i] / total : 1 / n;
    itemCum[i] = cum;
    const cls = it.class as ItemClass;
    itemClass[i] = ITEM_CLASSES.indexOf(cls);
    itemLegalMin[i] = dayToMin(it.legalLimitDays);
    const promised = it.promisedLimitDays ?? it.legalLimitDays;
    itemPromisedMin[i] = dayToMin(promised);
    itemDeadlineMin[i] = dayToMin(m.timeLimit.on ? promised : it.legalLimitDays);
    itemServiceMin[i] = (it.serviceMinutes ?? s.process.serviceMinutes[cls]) / rateMult;
    itemOnline[i] = it.onlineCapable ? 1 : 0;
    const d0 = depIndex.get(it.departments[0]) as number;
    const first = deps[d0];
    itemDep[i] = d0;
    itemGroup[i] = depGroup[d0];
    // the window's authority (effective: nominal × actually used) and, separately, the need to appear at headquarters (stage 1)
    const windowed = first.stationing === 'reception' || first.stationing === 'authorised';
    const authority = Math.min(1, Math.max(0, first.authorisationShare * first.authorisationUsed));
    const spot = spotShare[d0];
    const authP = !windowed ? 1 : cls === 'onTheSpot' ? (spot > 0 ? Math.min(1, authority / spot) : 1) : spot < 1 ? Math.max(0, (authority - spot) / (1 - spot)) : 0;
    const hqP = first.stationing === 'reception' ? first.headquartersVisitShare : 0;
    itemHqP[i] = hqP;
    itemAuthP[i] = authP;
    const outP = first.stationing === 'absent' ? 0 : 1 - first.handledInCentreShare;
    itemOutP[i] = outP;

    // routes: the first department's stationing picks the statechart (absent → the baseline)
    const table = first.stationing === 'absent' ? baseTable : typeTable;
    // online only where the statechart has an online channel (the baseline's own offices have none)
    const onlineRouted = m.onlineApproval.on && it.onlineCapable && hasOnlineChannel(table);
    for (let v = 0; v < ROUTE_VARIANTS; v++) {
      const online = (v & ROUTE_ONLINE) !== 0;
      const outside = (v & ROUTE_OUTSIDE) !== 0;
      if (online && (!onlineRouted || outside)) continue;
      if (outside && outP === 0) continue;
      // a case kept at the department's own office walks the baseline's route there
      const path = routeEntry(outside ? baseTable : table, {
        itemClass: cls,
        stationing: outside ? 'absent' : first.stationing,
        channel: online ? 'online' : 'hall',
        materialsComplete: (v & ROUTE_COMPLETE) !== 0,
        needsHeadquartersVisit: (v & ROUTE_HQ) !== 0,
        withinWindowAuthority: (v & ROUTE_AUTH) !== 0,
        needsVerificationVisit: (v & ROUTE_VERIFY) !== 0,
        firstInquiry: m.firstInquiry.on,
        acceptWithGaps: (v & ROUTE_GAPS) !== 0,
        parallelApproval: m.parallelApproval.on,
        delivery: m.delivery.on,
      });
      if (path >= 0) itemRoute[i * ROUTE_VARIANTS + v] = programFor(outside ? baseTable : table, path);
    }

    // department steps: bureau departments collapse into one decision by the bureau (一枚印章)
    const stepDeps: number[] = [];
    let bureauCount = 0;
    for (const id of it.departments) {
      const di = depIndex.get(id) as number;
      if (deps[di].stationing === 'bureau') {
        if (bureauCount++ === 0) stepDeps.push(di);
      } else stepDeps.push(di);
    }
    itemStepStart[i] = steps.length;
    itemStepCount[i] = stepDeps.length;
    const effort = (it.effortMinutes ?? s.process.effortMinutes[cls]) / rateMult;
    const review = it.reviewDays ?? s.process.reviewDays[cls];
    for (const di of stepDeps) {
      const st = deps[di].stationing;
      steps.push({
        dep: di,
        bo: depBo[di],
        handoff: depHandoff[di],
        effort: effort * (st === 'bureau' && bureauCount > 1 ? s.process.bureauLinkedFactor : 1),
        review: dayToMin(review),
        layers: s.process.signOffLayers[st],
        signWait: signWait(st),
      });
    }

    // the stage machine's measured shares: hall cases with complete materials, over 两头办理
    const share = total > 0 ? vols[i] / total : 0;
    const inCentre = (hq: boolean, auth: boolean) => (programs[itemRoute[i * ROUTE_VARIANTS + ROUTE_COMPLETE + (hq ? ROUTE_HQ : 0) + (auth ? ROUTE_AUTH : 0)]]?.decidedInCentre ? 1 : 0);
    if (first.stationing !== 'absent') acceptedInCentre += share * (1 - outP);
    decidedInCentre +=
      share * (1 - outP) * (authP * ((1 - hqP) * inCentre(false, true) + hqP * inCentre(true, true)) + (1 - authP) * ((1 - hqP) * inCentre(false, false) + hqP * inCentre(true, false)));
  });

  // stage-3 service lines: pseudo-items after the approval items, each with its service's route
  const serviceProgram = (service: string, attrs: Record<string, string | boolean>, what: string): number => {
    const path = routeEntry(typeTable, attrs, service);
    if (path < 0) throw new ScenarioError(`services.${what}.on`, { code: 'service.notRouted', centreType: s.centreType, service, line: what }, true);
    return programFor(typeTable, path);
  };
  const groupCounter: number[] = [];
  const lineIds: string[] = [];
  const lineKind: number[] = [];
  const linePerDay: number[] = [];
  const lineProgram: number[] = [];
  const lineCycleMin: number[] = [];
  const lineSessionMin: number[] = [];
  const nonCounterGroups = groupIds.length;
  counterLines.forEach((k, j) => {
    const sv = s.services[k];
    const i = n + j;
    itemGroup[i] = addGroup(`counter:${k}`, sv.counters, -1);
    itemServiceMin[i] = sv.minutes;
    itemDeadlineMin[i] = Infinity;
    lineIds.push(k);
    lineKind.push(1);
    linePerDay.push(sv.annualVolume / s.opening.workingDaysPerYear);
    lineProgram.push(serviceProgram('counter', { firstInquiry: m.firstInquiry.on }, k));
    lineCycleMin.push(0);
    lineSessionMin.push(0);
  });
  tradingLines.forEach((k, j) => {
    const sv = s.services[k];
    const i = n + counterLines.length + j;
    itemGroup[i] = -1; // registered where the session is held: no window queue of its own
    itemDeadlineMin[i] = Infinity;
    lineIds.push(k);
    lineKind.push(2);
    linePerDay.push(sv.annualVolume / s.opening.workingDaysPerYear);
    lineProgram.push(serviceProgram('trading', {}, k));
    lineCycleMin.push(dayToMin(sv.cycleDays));
    lineSessionMin.push(dayToMin(sv.sessionEveryDays));
  });
  for (let g = 0; g < groupIds.length; g++) groupCounter.push(g >= nonCounterGroups ? 1 : 0);

  // programs → flat arrays
  const programStart = new Int32Array(programs.length);
  let nSteps = 0;
  programs.forEach((p, k) => {
    programStart[k] = nSteps;
    nSteps += p.steps.length;
  });
  const programOps = new Uint8Array(nSteps);
  const programArgs = new Int32Array(nSteps);
  const programArrive = new Uint8Array(nSteps);
  programs.forEach((p, k) => {
    const o = programStart[k];
    p.steps.forEach((st, j) => {
      programOps[o + j] = st.op;
      // jump targets become absolute
      programArgs[o + j] = st.op === OP_RETRY || st.op === OP_SERIAL_NEXT || st.op === OP_LOOP ? st.arg + o : st.arg;
      programArrive[o + j] = st.arrive ? 1 : 0;
    });
  });

  const hourW = s.demand.hourProfile;
  const hsum = hourW.reduce((a, b) => a + b, 0);
  const season = s.demand.seasonProfile;
  const smean = season.reduce((a, b) => a + b, 0) / season.length;
  const week = s.demand.weekdayProfile;
  const wmean = week.reduce((a, b) => a + b, 0) / week.length;
  const wdpy = s.opening.workingDaysPerYear;
  const dayVolume = new Float64Array(s.simulation.days);
  for (let d = 0; d < dayVolume.length; d++) {
    const month = s.simulation.sampling === 'spread' ? Math.min(11, Math.floor((d * 12) / dayVolume.length)) : Math.min(11, Math.floor(((d % wdpy) * 12) / wdpy));
    dayVolume[d] = (total / wdpy) * (season[month] / smean) * (week[d % week.length] / wmean);
  }

  // complementarities of the five functions (registry: functionEffects.*): each effect needs two of them together
  const fx = s.functionEffects;
  const pFirst = Math.min(0.999, s.behaviour.materialsCompleteP + s.behaviour.opennessBoost * L('openness') * (1 + fx.releaseComplement * L('informationRelease')));
  const publicity = 1 - fx.publicityReviewCut * L('openness') * L('informationRelease');
  const eGovShare = (without: number) => without + (1 - without) * L('eGovernment');
  const services = STAGE3_SERVICES.filter((k) => s.services[k].on);
  const levels = s.functions;
  const integrationIndex = models.integrationIndex ? models.integrationIndex(levels) : FUNCTIONS.reduce((a, f) => a + L(f), 0) / FUNCTIONS.length;
  const staff = deps.reduce((a, d) => a + d.staff, 0);
  const windows = deps.reduce((a, d) => a + d.windows, 0);

  return {
    name: s.name,
    seed: s.seed,
    replications: s.replications,
    dayMinutes,
    days: s.simulation.days,
    warmupDays: s.simulation.warmupDays,
    workingDaysPerYear: wdpy,
    sendHomeAtClose: s.opening.closingPolicy === 'sendHome',
    dayVolume,
    hourWeight: Float64Array.from(hourW, (w) => w / hsum),
    nItems: n,
    itemIds: s.items.map((it) => it.id),
    itemCum,
    itemClass,
    itemLegalMin,
    itemPromisedMin,
    itemDeadlineMin,
    itemServiceMin,
    itemOnline,
    itemGroup,
    itemDep,
    itemHqP,
    itemAuthP,
    itemOutP,
    outsideLayers: s.process.signOffLayers.absent,
    outsideSignWaitMin: dayToMin(s.process.signOffWaitDays.headquarters),
    itemRoute,
    itemStepStart,
    itemStepCount,
    stepDep: Int32Array.from(steps, (x) => x.dep),
    stepBo: Int32Array.from(steps, (x) => x.bo),
    stepHandoffMin: Float64Array.from(steps, (x) => x.handoff),
    stepEffortMin: Float64Array.from(steps, (x) => x.effort),
    stepReviewMin: Float64Array.from(steps, (x) => x.review * publicity),
    stepLayers: Uint8Array.from(steps, (x) => x.layers),
    stepSignWaitMin: Float64Array.from(steps, (x) => x.signWait),
    signOffMin: s.process.signOffMinutes / rateMult,
    depIds: deps.map((d) => d.id),
    depStationing: Uint8Array.from(deps, (d) => STATIONINGS.indexOf(d.stationing)),
    depGroup,
    depOffice: officeGroup,
    depBo,
    depTransferMin: Float64Array.from(depHandoff),
    programOps,
    programArgs,
    programArrive,
    programStart,
    programDecideAt: Int32Array.from(programs, (p, k) => programStart[k] + p.decideAt),
    programInCentre: Uint8Array.from(programs, (p) => (p.decidedInCentre ? 1 : 0)),
    programOnSpot: Uint8Array.from(programs, (p) => (p.decidedOnTheSpot ? 1 : 0)),
    programStates: programs.map((p) => p.states),
    groupIds,
    groupDep: Int32Array.from(groupDep),
    groupServers: Int32Array.from(groupServers),
    groupOffice: Uint8Array.from(groupIds, (id) => (id.startsWith('office:') ? 1 : 0)),
    desks: s.hall?.desks ?? 0,
    deskMin: s.hall?.deskMinutes ?? 1,
    boIds,
    boServers: Int32Array.from(boServers),
    pCompleteFirst: pFirst,
    pCompleteRetry: m.oneTimeNotice.on ? Math.max(m.oneTimeNotice.retryCompleteP, pFirst) : Math.max(s.behaviour.retryCompleteP, pFirst),
    acceptWithGapsP: m.acceptWithGaps.on ? m.acceptWithGaps.minorGapShare : 0,
    verificationP: m.onlineApproval.verificationTripP,
    misrouteP: s.windowOrganisation === 'comprehensive' ? 0 : m.firstInquiry.on ? m.firstInquiry.misrouteRate : s.behaviour.misrouteRate,
    greenP: m.greenChannel.on ? m.greenChannel.share : 0,
    greenDeadlineMin: dayToMin(m.greenChannel.limitDays),
    deemedApproval: m.deemedApproval.on,
    edf: m.eSupervision.on,
    // 电子监察's alerts, else the weaker pressure of 限时办结, hurry a review at risk of overrunning the deadline
    // (电子监察's alerts run on e-government: only part of them work without it)
    expediteFloor: m.eSupervision.on ? Math.min(1 - (1 - m.eSupervision.expediteFloor) * eGovShare(fx.eSupervisionWithoutEGovernment), m.timeLimit.on ? m.timeLimit.pressureFloor : 1) : m.timeLimit.on ? m.timeLimit.pressureFloor : 1,
    online: m.onlineApproval.on,
    onlineReviewFactor: m.onlineApproval.on ? 1 - m.onlineApproval.reviewCut : 1,
    // e-government is the technical support that makes online approval usable (functionEffects.onlineWithoutEGovernment)
    onlineAdoption: s.demand.onlineAdoption * eGovShare(fx.onlineWithoutEGovernment),
    returnDelayMin: dayToMin(s.behaviour.returnDelayDays),
    travelHours: s.behaviour.travelHoursPerTrip,
    balkQueueLength: s.behaviour.balkQueueLength,
    patienceMin: s.behaviour.patienceMinutes,
    pickupMin: s.behaviour.pickupMinutes,
    serviceCv: s.process.serviceCv * cvMult,
    effortCv: s.process.effortCv * cvMult,
    reviewCv: s.process.reviewCv,
    referralMin: dayToMin(s.process.referralDays),
    twoEndMin: dayToMin(s.process.twoEndDays),
    complaints: complaintRoute(s, typeTable),
    ratings: s.ratings,
    lineIds,
    lineKind: Uint8Array.from(lineKind),
    linePerDay: Float64Array.from(linePerDay),
    lineProgram: Int32Array.from(lineProgram),
    lineCycleMin: Float64Array.from(lineCycleMin),
    lineSessionMin: Float64Array.from(lineSessionMin),
    groupCounter: Uint8Array.from(groupCounter),
    staff,
    windows,
    annualCost: staff * s.costs.staffCostPerYear + windows * s.costs.windowCostPerYear,
    measured: {
      acceptedInCentreShare: acceptedInCentre,
      decidedInCentreShare: decidedInCentre,
      services: ['approval', ...services],
      functionsIntegrated: FUNCTIONS.filter((f) => levels[f] === 'integrated'),
      integrationIndex,
    },
  };
}
