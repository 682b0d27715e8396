import { CENTRE_TYPE_TERMS } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import { centreStates, createCaseMachine } from './caseJourney';
import { ALL_CENTRE_SERVICES, centreDomain, type CentreTypeProfile } from './profile';

const QUOTE = {
  zh: PAPER.comprehensive,
  en: 'Distinguished by service target and clientele: for citizens and enterprises, serving economic and social development together and trying to meet the public’s needs in every respect; its concrete work is administrative approval, efficiency supervision (效能监察), factor allocation (要素配置), household services (家庭服务) and more; representative: the Tianjin Administrative Service Centre.',
};

/** 综合服务模式 (Tianjin): the paper's row in §3 and the case attributes the machine accepts. */
export const comprehensiveProfile: CentreTypeProfile = {
  id: 'comprehensive',
  model: CENTRE_TYPE_TERMS.comprehensive,
  distinguishingMark: { zh: '以服务目标和对象为区分标志：面向市民和企业', en: 'service target: citizens and enterprises' },
  whatItDoes: { zh: '开展行政审批、效能监察、要素配置、家庭服务等', en: 'approval, efficiency supervision (效能监察), factor allocation (要素配置), household services (家庭服务)' },
  representative: { zh: '天津市行政服务中心', en: 'Tianjin Administrative Service Centre' },
  quote: QUOTE,
  serves: ['enterprises', 'citizens'],
  services: ALL_CENTRE_SERVICES,
  paperServices: ['approval', 'counter', 'trading', 'complaint'],
  stationings: ['reception', 'authorised', 'whole-unit'],
  domain: centreDomain(ALL_CENTRE_SERVICES, ['reception', 'authorised', 'whole-unit']),
};

const EFFICIENCY = { zh: PAPER.comprehensive, en: 'efficiency supervision (效能监察) is part of the centre’s own work' };

/**
 * How a case moves through a comprehensive-service centre: approvals as in any centre, household
 * services at counters, factor allocation as trading sessions, and complaints handled in the centre
 * by its efficiency supervision (效能监察), with feedback to the department.
 */
export const comprehensiveMachine = createCaseMachine({
  id: 'comprehensive',
  meta: { zh: '综合服务模式（天津）', en: 'comprehensive-service model (Tianjin)', quote: QUOTE, source: 'paper §3, model 2' },
  states: centreStates({
    reception: 'headquarters',
    bureau: false,
    services: comprehensiveProfile.services,
    complaints: 'inCentre',
    quotes: {
      counterService: { zh: PAPER.comprehensive, en: 'household services (家庭服务) at the centre' },
      tradingRegistration: { zh: PAPER.comprehensive, en: 'factor allocation (要素配置) at the centre' },
      complaintInvestigation: EFFICIENCY,
      feedbackToDepartment: EFFICIENCY,
    },
  }),
});
