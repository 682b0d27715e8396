/**
 * compileCentre: turns a validated centre scenario into flat tables the centre simulation reads
 * in its hot loop (typed arrays indexed by item, step, window group and back office), plus the
 * static measured state the stage machine needs. Pure; the result is structured-cloneable.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import { itemVolumes } from '../scenario/centreSchema';
import { FUNCTION_IDS as FUNCTIONS, FUNCTION_LEVEL_SCORE, ITEM_CLASSES, STATIONINGS, type ItemClass, type Stationing } from '../../domain/vocabulary';
import { type CasePathTable, DEFAULT_CASE_PATHS, pathFlags } from './casePaths';

/** What the caller may hand in from models/ (the engine imports nothing from there). */
export interface CentreModels {
  /** case paths compiled from the centre-type statechart (models/centreTypes routingTable) */
  casePaths?: CasePathTable;
  /** integration index of the five functions (models/functions integrationIndexOf) */
  integrationIndex?: (levels: CentreScenario['functions']) => number;
}

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
  /** window group where the case is accepted and its result handed over */
  itemGroup: Int32Array;
  /** 1 when the first department is absent (accepted at its own office) */
  itemOwnOffice: Uint8Array;
  /** probability the case is decided at the window on the spot */
  itemOnSpotP: Float64Array;
  itemReferred: Uint8Array;
  itemParallel: Uint8Array;
  itemStepStart: Int32Array;
  itemStepCount: Int32Array;
  stepBo: Int32Array;
  stepStationing: Uint8Array;
  /** delay before the back office (transfer, hand-off, or the gap before the next own-office visit) */
  stepHandoffMin: Float64Array;
  stepBackMin: Float64Array;
  stepTwoEndP: Float64Array;
  /** own-office window group for an absent department's step, else −1 */
  stepOfficeGroup: Int32Array;
  stepEffortMin: Float64Array;
  stepReviewMin: Float64Array;
  groupIds: string[];
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
  misrouteP: number;
  greenP: number;
  greenDeadlineMin: number;
  deemedApproval: boolean;
  edf: boolean;
  /** 电子监察: floor of an alerted review's length (share); 1 = no expediting */
  expediteFloor: number;
  online: boolean;
  onlineAdoption: number;
  verificationTripP: number;
  delivery: boolean;
  deliveryMin: number;
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
  complaints: CentreScenario['complaints'] & { days: number; feedbackNow: number };
  ratings: CentreScenario['ratings'];
  /** trading lines: [annual volume, session interval (days), cycle (days)] */
  trading: number[][];
  /** counter lines (convenience, disclosure requests): [annual volume, minutes, counters] */
  counters: number[][];
  staff: number;
  windows: number;
  annualCost: number;
  /** static measured state for the stage machine */
  measured: { acceptedInCentreShare: number; decidedInCentreShare: number; services: string[]; functionsIntegrated: string[]; integrationIndex: number };
}

const stationingCode = (s: Stationing) => STATIONINGS.indexOf(s);

/**
 * Compiles a (normalised) centre scenario. `models` lets the caller hand in case paths compiled
 * from a centre-type statechart and the five-functions integration index. Pure.
 */
export function compileCentre(s: CentreScenario, models: CentreModels = {}): CompiledCentre {
  const paths = models.casePaths ?? DEFAULT_CASE_PATHS;
  const dayMinutes = s.opening.hoursPerDay * 60;
  const dayToMin = (d: number) => d * dayMinutes;
  const L = (f: (typeof FUNCTIONS)[number]) => FUNCTION_LEVEL_SCORE[s.functions[f]];
  const qm = s.mechanisms.qualityManagement;
  const rateMult = qm.on ? qm.serviceRateMultiplier : 1;
  const cvMult = qm.on ? qm.cvMultiplier : 1;

  // departments → window groups and back offices
  const deps = s.departments;
  const depIndex = new Map(deps.map((d, i) => [d.id, i]));
  const groupIds: string[] = [];
  const groupServers: number[] = [];
  const addGroup = (id: string, servers: number) => {
    groupIds.push(id);
    groupServers.push(Math.max(1, servers));
    return groupIds.length - 1;
  };
  const depGroup = new Int32Array(deps.length).fill(-1);
  const officeGroup = new Int32Array(deps.length).fill(-1);
  const stationed = deps.filter((d) => d.stationing !== 'absent');
  if (s.windowOrganisation === 'comprehensive' && stationed.length > 0) {
    const g = addGroup('comprehensive', stationed.reduce((a, d) => a + d.windows, 0));
    deps.forEach((d, i) => d.stationing !== 'absent' && (depGroup[i] = g));
  } else {
    const bureauWindows = deps.filter((d) => d.stationing === 'bureau').reduce((a, d) => a + d.windows, 0);
    const bg = deps.some((d) => d.stationing === 'bureau') ? addGroup('bureau', bureauWindows) : -1;
    deps.forEach((d, i) => {
      if (d.stationing === 'bureau') depGroup[i] = bg;
      else if (d.stationing !== 'absent') depGroup[i] = addGroup(d.id, d.windows);
    });
  }
  deps.forEach((d, i) => d.stationing === 'absent' && (officeGroup[i] = addGroup(`office:${d.id}`, d.windows)));

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

  // items and their steps
  const vols = itemVolumes(s);
  const total = vols.reduce((a, b) => a + b, 0);
  const n = s.items.length;
  const itemCum = new Float64Array(n);
  const itemClass = new Uint8Array(n);
  const itemLegalMin = new Float64Array(n);
  const itemPromisedMin = new Float64Array(n);
  const itemDeadlineMin = new Float64Array(n);
  const itemServiceMin = new Float64Array(n);
  const itemOnline = new Uint8Array(n);
  const itemGroup = new Int32Array(n);
  const itemOwnOffice = new Uint8Array(n);
  const itemOnSpotP = new Float64Array(n);
  const itemReferred = new Uint8Array(n);
  const itemParallel = new Uint8Array(n);
  const itemStepStart = new Int32Array(n);
  const itemStepCount = new Int32Array(n);
  const steps: { bo: number; st: number; handoff: number; back: number; twoEnd: number; office: number; effort: number; review: number }[] = [];
  const approvalCoordination = 1 - 0.2 * L('approval');
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
    itemDeadlineMin[i] = dayToMin(s.mechanisms.timeLimit.on ? promised : it.legalLimitDays);
    itemServiceMin[i] = (it.serviceMinutes ?? s.process.serviceMinutes[cls]) / rateMult;
    itemOnline[i] = it.onlineCapable ? 1 : 0;
    const d0 = depIndex.get(it.departments[0]) as number;
    const first = deps[d0];
    const firstFlags = pathFlags(paths[first.stationing][cls]);
    itemOwnOffice[i] = first.stationing === 'absent' ? 1 : 0;
    itemGroup[i] = first.stationing === 'absent' ? officeGroup[d0] : depGroup[d0];
    const decideShare = first.stationing === 'reception' || first.stationing === 'authorised' ? first.authorisationShare : 1;
    itemOnSpotP[i] = cls === 'onTheSpot' && firstFlags.onSpot ? decideShare : 0;
    itemReferred[i] = pathFlags(paths[first.stationing][cls]).referUp ? 1 : 0;
    // steps: bureau departments collapse into one decision by the bureau (一枚印章)
    const stepDeps: number[] = [];
    let bureauCount = 0;
    for (const id of it.departments) {
      const di = depIndex.get(id) as number;
      if (deps[di].stationing === 'bureau') {
        if (bureauCount++ === 0) stepDeps.push(di);
      } else stepDeps.push(di);
    }
    const anyAbsent = stepDeps.some((di) => deps[di].stationing === 'absent');
    itemParallel[i] = s.mechanisms.parallelApproval.on && cls === 'linked' && !anyAbsent && stepDeps.length > 1 ? 1 : 0;
    itemStepStart[i] = steps.length;
    itemStepCount[i] = stepDeps.length;
    const effort = (it.effortMinutes ?? s.process.effortMinutes[cls]) / rateMult;
    const review = it.reviewDays ?? s.process.reviewDays[cls];
    let allInCentre = true;
    stepDeps.forEach((di, k) => {
      const d = deps[di];
      const f = pathFlags(paths[d.stationing][cls]);
      const st = d.stationing;
      if (st === 'absent' || st === 'reception') allInCentre = false;
      const h = dayToMin(s.process.handoffDays[st]) * approvalCoordination;
      steps.push({
        bo: depBo[di],
        st: stationingCode(st),
        // absent: the first office visit is the acceptance itself; later offices follow a gap
        handoff: st === 'absent' && k === 0 ? 0 : h,
        back: f.transfer ? h : 0,
        twoEnd: f.twoEnd ? 1 - d.authorisationShare : 0,
        office: st === 'absent' && k > 0 ? officeGroup[di] : -1,
        effort: effort * (st === 'bureau' && bureauCount > 1 ? s.process.bureauLinkedFactor : 1),
        review: dayToMin(review * s.process.reviewMultiplier[st]),
      });
    });
    const share = total > 0 ? vols[i] / total : 0;
    if (first.stationing !== 'absent') acceptedInCentre += share;
    const onSpotInCentre = first.stationing !== 'absent' ? itemOnSpotP[i] : 0;
    decidedInCentre += share * (onSpotInCentre + (1 - itemOnSpotP[i]) * (allInCentre ? 1 : 0));
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

  const m = s.mechanisms;
  const pFirst = Math.min(0.999, s.behaviour.materialsCompleteP + s.behaviour.opennessBoost * (L('openness') + 0.25 * L('informationRelease')));
  const services = (['procurement', 'constructionBidding', 'landAuction', 'stateAssetTrading', 'convenience', 'disclosureRequests'] as const).filter((k) => s.services[k].on);
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
    itemOwnOffice,
    itemOnSpotP,
    itemReferred,
    itemParallel,
    itemStepStart,
    itemStepCount,
    stepBo: Int32Array.from(steps, (x) => x.bo),
    stepStationing: Uint8Array.from(steps, (x) => x.st),
    stepHandoffMin: Float64Array.from(steps, (x) => x.handoff),
    stepBackMin: Float64Array.from(steps, (x) => x.back),
    stepTwoEndP: Float64Array.from(steps, (x) => x.twoEnd),
    stepOfficeGroup: Int32Array.from(steps, (x) => x.office),
    stepEffortMin: Float64Array.from(steps, (x) => x.effort),
    stepReviewMin: Float64Array.from(steps, (x) => x.review),
    groupIds,
    groupServers: Int32Array.from(groupServers),
    groupOffice: Uint8Array.from(groupIds, (id) => (id.startsWith('office:') ? 1 : 0)),
    desks: s.hall?.desks ?? 0,
    deskMin: s.hall?.deskMinutes ?? 1,
    boIds,
    boServers: Int32Array.from(boServers),
    pCompleteFirst: pFirst,
    pCompleteRetry: m.oneTimeNotice.on ? Math.max(m.oneTimeNotice.retryCompleteP, pFirst) : Math.max(s.behaviour.retryCompleteP, pFirst),
    acceptWithGapsP: m.acceptWithGaps.on ? m.acceptWithGaps.minorGapShare : 0,
    misrouteP: s.windowOrganisation === 'comprehensive' ? 0 : m.firstInquiry.on ? m.firstInquiry.misrouteRate : s.behaviour.misrouteRate,
    greenP: m.greenChannel.on ? m.greenChannel.share : 0,
    greenDeadlineMin: dayToMin(m.greenChannel.limitDays),
    deemedApproval: m.deemedApproval.on,
    edf: m.eSupervision.on,
    expediteFloor: m.eSupervision.on ? m.eSupervision.expediteFloor : 1,
    online: m.onlineApproval.on,
    // e-government is the technical support: adoption scales with its level (assumption, see registry)
    onlineAdoption: s.demand.onlineAdoption * (0.5 + 0.5 * L('eGovernment')),
    verificationTripP: m.onlineApproval.verificationTripP,
    delivery: m.delivery.on,
    deliveryMin: dayToMin(m.delivery.days),
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
    complaints: { ...s.complaints, days: s.complaints.resolutionDays[s.functions.complaints], feedbackNow: s.complaints.feedback * { separate: 0.1, colocated: 0.5, integrated: 1 }[s.functions.complaints] },
    ratings: s.ratings,
    trading: (['procurement', 'constructionBidding', 'landAuction', 'stateAssetTrading'] as const)
      .filter((k) => s.services[k].on)
      .map((k) => [s.services[k].annualVolume, s.services[k].sessionEveryDays, s.services[k].cycleDays]),
    counters: (['convenience', 'disclosureRequests'] as const)
      .filter((k) => s.services[k].on)
      .map((k) => [s.services[k].annualVolume, s.services[k].minutes, s.services[k].counters]),
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
