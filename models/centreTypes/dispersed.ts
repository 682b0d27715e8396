import { CENTRE_TYPE_TERMS } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import { complaintStates, createCaseMachine, type CaseStateConfig } from './caseJourney';
import type { CentreTypeProfile } from './profile';

const ASSUMED = 'assumption: the baseline before any centre (paper §1 describes what stage 1 replaced)';

/** The dispersed baseline: no centre; each department's own office. */
export const dispersedProfile: CentreTypeProfile = {
  id: 'dispersed',
  model: CENTRE_TYPE_TERMS.dispersed,
  distinguishingMark: { zh: '无行政服务中心', en: 'no administrative service centre' },
  whatItDoes: { zh: '各部门在各自办公地点分头受理、分头办理', en: 'each department accepts and decides in its own office' },
  representative: { zh: '上世纪90年代中期以前的各地政府部门', en: 'government departments before centres appeared in the mid-1990s' },
  quote: { zh: PAPER.emergence, en: 'China’s administrative service centres appeared in the mid-1990s.' },
  serves: ['enterprises', 'citizens'],
  services: ['approval', 'complaint'],
  paperServices: ['approval'],
  stationings: ['absent'],
  domain: [
    { service: 'approval', itemClass: ['onTheSpot', 'promised', 'linked', 'referred'], stationing: ['absent'], materialsComplete: [true, false] },
    { service: 'complaint', stationing: ['absent'] },
  ],
};

const m = (zh: string, en: string) => ({ zh, en, source: ASSUMED });

const states: Record<string, CaseStateConfig> = {
  notArrived: { meta: m('尚未到达', 'not yet arrived'), on: { 'case.arrive': [{ target: 'complaintIntake', guard: 'isComplaintCase' }, { target: 'windowQueue' }] } },
  windowQueue: { tags: ['applicant.department', 'queue'], meta: m('部门办事窗口排队', 'waiting at the department’s own counter'), on: { 'case.called': 'materialsCheck' } },
  materialsCheck: {
    tags: ['applicant.department', 'window'],
    meta: m('部门材料审核', 'materials checked at the department'),
    on: { 'case.materialsChecked': [{ target: 'acceptance', guard: 'areMaterialsComplete' }, { target: 'returnedForMaterials' }] },
  },
  returnedForMaterials: { tags: ['away'], meta: m('材料不全，退回补正', 'materials incomplete: sent home (a later trip)'), on: { 'case.arrive': { target: 'windowQueue', actions: 'resubmitMaterials' } } },
  acceptance: {
    tags: ['applicant.department', 'window', 'acceptance.department'],
    meta: m('部门受理（在本部门办公地点，尚无行政服务中心）', 'accepted by the department at its own office (no centre yet)'),
    on: { 'case.accepted': [{ target: 'onTheSpotDecision', guard: 'isOnTheSpotItem' }, { target: 'backOffice' }] },
  },
  onTheSpotDecision: { tags: ['window', 'decision', 'decision.onTheSpot', 'decision.department'], meta: m('即办件当场办结', 'decided on the spot (即办件)'), on: { 'case.decided': 'done' } },
  backOffice: {
    tags: ['backOffice', 'decision', 'decision.department'],
    meta: m('部门内部办理', 'processed inside the department'),
    on: {
      'case.decided': [
        { target: 'nextDepartmentVisit', guard: 'isLinkedItem' },
        { target: 'referredUpward', guard: 'isReferredItem' },
        { target: 'awaitingPickup' },
      ],
    },
  },
  nextDepartmentVisit: {
    tags: ['applicant.otherDepartment', 'queue', 'window'],
    meta: m('申请人携件跑下一个部门', 'applicant carries the file to the next department (one trip per extra department)'),
    on: { 'case.accepted': 'serialHandOffs' },
  },
  serialHandOffs: { tags: ['backOffice', 'serial', 'decision', 'decision.department'], meta: m('其他部门逐个办理', 'the other departments decide one after another'), on: { 'case.decided': 'awaitingPickup' } },
  referredUpward: { tags: ['upward'], meta: m('上报上级机关', 'referred to a higher authority (上报件)'), on: { 'case.returnedFromAbove': 'awaitingPickup' } },
  awaitingPickup: { tags: ['applicant.department', 'pickup'], meta: m('到部门领取结果', 'result collected at the department'), on: { 'case.pickedUp': 'done' } },
  ...complaintStates('separate'),
  done: { type: 'final', meta: m('办结', 'done') },
};

/**
 * The dispersed baseline: the applicant goes to each department's own office, is sent home when
 * materials are incomplete, carries linked items from department to department, and collects the
 * result there; complaints go to separate bodies. No mechanisms of a centre apply.
 */
export const dispersedMachine = createCaseMachine({
  id: 'dispersed',
  meta: { zh: '分散办理（基线）', en: 'dispersed baseline', quote: dispersedProfile.quote, source: 'paper §1 (before stage 1)' },
  states,
});
