import { CENTRE_TYPE_TERMS } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import { centreStates, createCaseMachine } from './caseJourney';
import { ALL_CENTRE_SERVICES, centreDomain, type CentreTypeProfile } from './profile';

const QUOTE = {
  zh: PAPER.physicalUnification,
  en: 'Distinguished by the institution as a physical entity: all city departments and their windows work in the same building; large and complete, it sets out to avoid incomplete window authorisation (窗口授权不到位) and two-end processing (两头办理); representative: the Hangzhou Administrative Service Centre.',
};

/** 实体统一模式 (Hangzhou): the paper's row in §3 and the case attributes the machine accepts. */
export const physicalUnificationProfile: CentreTypeProfile = {
  id: 'physicalUnification',
  model: CENTRE_TYPE_TERMS.physicalUnification,
  distinguishingMark: { zh: '以机构实体为区分标志', en: 'the institution as a physical entity' },
  whatItDoes: {
    zh: '全市各部门及其派出窗口在同一栋建筑内办公，实体规模大、功能全，着力规避窗口授权不到位、两头办理等问题',
    en: 'all city departments and their windows in one building; large and complete; avoids incomplete window authorisation and two-end processing',
  },
  representative: { zh: '杭州市行政服务中心', en: 'Hangzhou Administrative Service Centre' },
  quote: QUOTE,
  serves: ['enterprises', 'citizens'],
  services: ALL_CENTRE_SERVICES,
  paperServices: ['approval'],
  stationings: ['reception', 'authorised', 'whole-unit'],
  domain: centreDomain(ALL_CENTRE_SERVICES, ['reception', 'authorised', 'whole-unit']),
};

/**
 * How a case moves through a physically unified centre: every department works in the building, so
 * a window that only receives hands the file to its department upstairs — no transfer to a distant
 * headquarters and no second trip (两头办理); complaints go to separate bodies (the paper names none).
 */
export const physicalUnificationMachine = createCaseMachine({
  id: 'physicalUnification',
  meta: { zh: '实体统一模式（杭州）', en: 'physical-unification model (Hangzhou)', quote: QUOTE, source: 'paper §3, model 3' },
  states: centreStates({
    reception: 'sameBuilding',
    bureau: false,
    services: physicalUnificationProfile.services,
    complaints: 'separate',
    quotes: { departmentOfficeInBuilding: { zh: PAPER.physicalUnification, en: QUOTE.en } },
  }),
});
