import { CENTRE_TYPE_TERMS } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import { centreStates, createCaseMachine } from './caseJourney';
import { ALL_CENTRE_SERVICES, centreDomain, type CentreTypeProfile } from './profile';

const QUOTE = {
  zh: PAPER.functionIntegration,
  en: 'Distinguished by the integration of administrative functions and service resources; representative: the Dalian Municipal Government Administrative Service Centre.',
};
const FIVE = {
  zh: PAPER.functionIntegrationFive,
  en: 'integrating into the centre five mutually linked and influencing functions — openness, approval, e-government, information release and administrative complaint handling — each relying on its strengths and lending strength to the others to raise the effectiveness of comprehensive service',
};

/** 行政职能整合模式 (Dalian, 五合一): the paper's row in §3 and the case attributes the machine accepts. */
export const functionIntegrationProfile: CentreTypeProfile = {
  id: 'functionIntegration',
  model: CENTRE_TYPE_TERMS.functionIntegration,
  distinguishingMark: { zh: '以行政职能及服务资源整合为区分标志', en: 'integration of functions and service resources' },
  whatItDoes: {
    zh: '将政务公开、行政审批、电子政务、信息发布、行政投诉办理五项职能整合到行政服务中心',
    en: 'five mutually linked functions in one centre: openness, approval, e-government, information release, complaint handling',
  },
  representative: { zh: '大连市政府行政服务中心', en: 'Dalian Municipal Government Administrative Service Centre' },
  quote: QUOTE,
  serves: ['enterprises', 'citizens'],
  services: ALL_CENTRE_SERVICES,
  paperServices: ['approval', 'counter', 'trading', 'complaint'],
  stationings: ['reception', 'authorised', 'whole-unit'],
  domain: centreDomain(ALL_CENTRE_SERVICES, ['reception', 'authorised', 'whole-unit']),
};

/**
 * How a case moves through Dalian's five-in-one centre: approvals (with online approval, 网上审批系统),
 * the procurement service centre and the information reading centre inside the centre (Oct 2008), and
 * complaints taken by the co-located complaint centre, handled fast with feedback to the department.
 */
export const functionIntegrationMachine = createCaseMachine({
  id: 'functionIntegration',
  meta: { zh: '行政职能整合模式（大连“五合一”）', en: 'function-integration model (Dalian five-in-one)', quote: QUOTE, notes: [FIVE], source: 'paper §3, model 5; §4' },
  states: centreStates({
    reception: 'headquarters',
    bureau: false,
    services: functionIntegrationProfile.services,
    complaints: 'inCentre',
    quotes: {
      onlineReview: { zh: PAPER.platform3, en: 'the Dalian government online approval system' },
      onlineAcceptance: { zh: PAPER.platform3, en: 'the Dalian government online approval system' },
      tradingRegistration: { zh: PAPER.oct2008, en: 'In October of the same year the municipal government procurement service centre and the government-information reading centre opened in the centre, further raising its comprehensive service functions.' },
      counterService: { zh: PAPER.oct2008, en: 'In October of the same year the municipal government procurement service centre and the government-information reading centre opened in the centre, further raising its comprehensive service functions.' },
      complaintIntake: { zh: PAPER.complaintMechanism, en: 'a complaint-handling mechanism with unified acceptance, fast handling, strong supervision and service in place' },
      complaintInvestigation: { zh: PAPER.complaintMechanism, en: 'a complaint-handling mechanism with unified acceptance, fast handling, strong supervision and service in place' },
      feedbackToDepartment: { zh: PAPER.roleComplaints, en: 'administrative complaints are the means of supervision' },
      firstInquiryDesk: { zh: PAPER.phase2Mechanisms, en: 'building up first-inquiry responsibility, time-limited completion, green channel, deemed approval on timeout and other rules' },
    },
  }),
});
