import { CENTRE_TYPE_TERMS } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import { centreStates, createCaseMachine } from './caseJourney';
import { ALL_CENTRE_SERVICES, centreDomain, type CentreTypeProfile } from './profile';

const QUOTE = {
  zh: PAPER.approvalBureau,
  en: 'Distinguished by organisational set-up: the approval powers of the commissions, offices and bureaus are stripped (they keep supervision) and pooled in a new independent department that does all approvals; representative: the Administrative Approval Bureau of Wuhou District, Chengdu.',
};
const NOTE = {
  zh: PAPER.approvalBureauNote,
  en: 'This model is idealised and thorough; county and district units tried it first, and its progress remains to be seen.',
};

/** 审管分离模式 (Chengdu Wuhou): the paper's row in §3 and the case attributes the machine accepts. */
export const approvalBureauProfile: CentreTypeProfile = {
  id: 'approvalBureau',
  model: CENTRE_TYPE_TERMS.approvalBureau,
  distinguishingMark: { zh: '以机构设置为区分标志', en: 'organisational set-up' },
  whatItDoes: {
    zh: '剥离各委办局的审批权（保留监管权），汇集到新的独立部门，统一开展审批工作；理想化、彻底性，由县区级单位率先尝试，进展情况有待观察',
    en: 'approval powers stripped from the bureaus (they keep supervision) and pooled in an independent approval bureau that does all approvals; idealised and thorough; piloted at county/district level, results still to be seen',
  },
  representative: { zh: '成都市武侯区行政审批局', en: 'Administrative Approval Bureau of Wuhou District, Chengdu' },
  quote: QUOTE,
  serves: ['enterprises', 'citizens'],
  services: ALL_CENTRE_SERVICES,
  paperServices: ['approval'],
  stationings: ['bureau'],
  domain: centreDomain(ALL_CENTRE_SERVICES, ['bureau']),
};

/**
 * How a case moves through an approval bureau: one body holds the power, so linked items are decided
 * by it alone (no hand-offs between departments, nothing to run in parallel); after the result the
 * bureau informs the department that keeps supervision (监管权), in the background.
 */
export const approvalBureauMachine = createCaseMachine({
  id: 'approvalBureau',
  meta: { zh: '审管分离模式（成都武侯）', en: 'approval–supervision separation (Chengdu Wuhou)', quote: QUOTE, notes: [NOTE], source: 'paper §3, model 4' },
  states: centreStates({
    reception: 'headquarters',
    bureau: true,
    services: approvalBureauProfile.services,
    complaints: 'separate',
    quotes: { bureauProcessing: QUOTE, supervisionHandOff: QUOTE },
  }),
});
