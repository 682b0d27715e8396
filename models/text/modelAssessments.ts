/**
 * What the paper says each of the five models does well and what it struggles with (paper §3,
 * with §5's old problems where they bear on a model), plus the dispersed baseline. Where the paper
 * is silent on a model's weakness, `problemsSource` says that the text is this model's reading,
 * not the paper's. Pure data.
 */
import type { CentreTypeId } from '../../src/domain/vocabulary';
import { PAPER } from './paperQuotes';
import type { Bilingual } from './types';

/** Strengths and problems of one centre type. */
export interface ModelAssessment {
  strengths: Bilingual;
  problems: Bilingual;
  /** the paper's sentence behind the problems, when there is one (zh exact) */
  problemsQuote?: Bilingual;
  /** 'paper §…', or 'assumption: …' when the text is this model's reading */
  problemsSource: string;
}

export const MODEL_ASSESSMENTS: Record<CentreTypeId, ModelAssessment> = {
  economyLed: {
    strengths: { zh: '专门面向企业、服务经济发展，审批和招投标作为专项服务，目标集中', en: 'focused: serves enterprises and economic development, with approvals and bidding as a special line' },
    problems: { zh: '不面向市民；论文未述其投诉职能，投诉仍由分散的投诉机构办理；窗口只收件的部门仍有两头办理', en: 'does not serve citizens; the paper names no complaint function, so complaints go to separate bodies; reception-only departments still mean two-end processing' },
    problemsSource: 'assumption: the paper names no weakness of this model; read from §3 (its row) and §5 (old problems)',
  },
  comprehensive: {
    strengths: { zh: '面向市民和企业，努力满足公众全方位的需要；效能监察在中心内督促部门', en: 'serves citizens and enterprises and tries to meet every need; efficiency supervision (效能监察) presses departments from inside the centre' },
    problems: { zh: '事项多、服务面广，管理协调难度大；窗口授权不充分时仍需两头办理', en: 'many items and services make coordination hard; with incomplete window authorisation, cases still go to both ends' },
    problemsQuote: { zh: PAPER.problem5List, en: 'e.g. incomplete window authorisation, staff not in place, items to be increased, hard coordination, stationed departments lacking motivation' },
    problemsSource: 'paper §5 (old problems), applied to this model',
  },
  physicalUnification: {
    strengths: { zh: '全市各部门在同一栋建筑内办公，实体规模大、功能全，着力规避窗口授权不到位、两头办理', en: 'all departments in one building, large and full-function; avoids incomplete window authorisation and two-end processing' },
    problems: { zh: '需要容纳全市各部门的大型实体，投入大；部门仍各自审批，联办件在部门间传递', en: 'needs a building large enough for every department (a big investment); departments still decide apart, so linked items pass between them' },
    problemsQuote: { zh: PAPER.physicalUnification, en: 'all departments and their windows work in one building, large and full-function, striving to avoid incomplete window authorisation and two-end processing' },
    problemsSource: 'paper §3 (Hangzhou); the cost and the hand-offs are this model’s reading',
  },
  approvalBureau: {
    strengths: { zh: '剥离各部门审批权汇集到一个独立部门，联办件由一个机构决定，无需部门间传递', en: 'approval powers pooled in one independent body: a linked item is decided by one body, with no hand-offs' },
    problems: { zh: '理想化、彻底，由县区级率先尝试，进展有待观察；审批与监管分离后须把结果告知监管部门', en: 'idealised and thorough, tried first at district level, progress still to be seen; with approval and supervision apart, every result must be passed to the supervising department' },
    problemsQuote: { zh: PAPER.approvalBureauNote, en: 'This model is idealised and thorough; county and district units try it first, and its progress remains to be seen.' },
    problemsSource: 'paper §3 (Chengdu Wuhou)',
  },
  functionIntegration: {
    strengths: { zh: '五项相互联系的职能整合进中心，依托各自优势、相互借力，整体联动产生“1+1>2”的放大效应', en: 'five linked functions integrated in the centre lend each other strength; overall linkage yields the “1+1>2” amplification' },
    problems: { zh: '依赖市政府高度重视和持续投入；旧有问题（窗口授权、人员、协调）仍然制约', en: 'depends on the city government’s sustained attention and investment; the old problems (authorisation, staff, coordination) still hold it back' },
    problemsQuote: { zh: PAPER.lesson1, en: 'The city government’s high attention is the key to building and developing the centre.' },
    problemsSource: 'paper §6 lesson 1, §5 problem 5',
  },
  dispersed: {
    strengths: { zh: '无需建设中心；每个部门自行受理、自行决定', en: 'nothing to build; each department accepts and decides on its own' },
    problems: { zh: '申请人逐个部门跑，联办件由申请人在部门之间传递；投诉由分散的机构办理', en: 'the applicant goes from office to office and carries a linked item between them; complaints go to scattered bodies' },
    problemsSource: 'assumption: the baseline before stage 1 (a label, not the paper’s words)',
  },
};
