import { CENTRE_TYPE_TERMS } from '../../src/domain/vocabulary';
import { PAPER } from '../text/paperQuotes';
import { centreStates, createCaseMachine } from './caseJourney';
import { ALL_CENTRE_SERVICES, centreDomain, type CentreTypeProfile } from './profile';

const QUOTE = {
  zh: PAPER.economyLed,
  en: 'Distinguished by service target and clientele: mainly for enterprises, serving economic development; its concrete work is administrative approval and bidding services as a special line; representative: the Ningbo Economic Development Service Centre.',
};

/** 经济主导模式 (Ningbo): the paper's row in §3 and the case attributes the machine accepts. */
export const economyLedProfile: CentreTypeProfile = {
  id: 'economyLed',
  model: CENTRE_TYPE_TERMS.economyLed,
  distinguishingMark: { zh: '以服务目标和对象为区分标志：主要针对企业，服务于经济发展', en: 'service target: enterprises, economic development' },
  whatItDoes: { zh: '专项开展行政审批和招投标服务', en: 'approvals and bidding services, as a special line' },
  representative: { zh: '宁波市经济发展服务中心', en: 'Ningbo Economic Development Service Centre' },
  quote: QUOTE,
  serves: ['enterprises'],
  services: ALL_CENTRE_SERVICES,
  paperServices: ['approval', 'trading'],
  stationings: ['reception', 'authorised', 'whole-unit'],
  domain: centreDomain(ALL_CENTRE_SERVICES, ['reception', 'authorised', 'whole-unit']),
};

/**
 * How an enterprise's case moves through an economy-led centre: approvals (stage-1 reception windows
 * send files to headquarters, authorised and whole-unit windows decide in the centre) and a bidding
 * line with scheduled sessions; complaints go to separate bodies (the paper names no complaint function).
 */
export const economyLedMachine = createCaseMachine({
  id: 'economyLed',
  meta: { zh: '经济主导模式（宁波）', en: 'economy-led model (Ningbo)', quote: QUOTE, source: 'paper §3, model 1' },
  states: centreStates({
    reception: 'headquarters',
    bureau: false,
    services: economyLedProfile.services,
    complaints: 'separate',
    quotes: { tradingSession: { zh: PAPER.economyLed, en: QUOTE.en } },
  }),
});
