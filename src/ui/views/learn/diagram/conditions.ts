/**
 * Transition labels and the evidence that decides a condition, in words for people: an event's
 * name, a condition's name (`guard.<name>` in the dictionaries), and for the condition the value
 * it reads — the case's attribute in a case flow, the measured share or count in the stage
 * machine. Pure: the texts come in through `t`.
 */
import type { CaseAttributes, CaseContext } from '../../../../../models/centreTypes/caseJourney';
import type { CaseMachine } from '../../../../../models/centreTypes/caseJourney';
import { isMostVolumeAcceptedInCentre, isMostVolumeDecidedInCentre, servicesNeeded, STAGE_THRESHOLDS, type MeasuredState } from '../../../../../models/stages/stageMachine';
import { CASE_SERVICE_TERMS, CHANNEL_TERMS, COUNTER_SERVICES, ITEM_CLASS_TERMS, MECHANISM_TERMS, STATIONING_TERMS, TRADING_SERVICES } from '../../../../domain/vocabulary';
import { formatPercent } from '../../../i18n/format';
import type { Locale, MessageKey, MessageParams } from '../../../i18n/messages';
import { term } from '../../../i18n/term';
import type { DiagramEdge, DiagramGraph } from './machineGraph';

type T = (key: MessageKey, params?: MessageParams) => string;

/** The dictionary key of a condition's name: `not(x)` → x (negated), `isForFunction(...)` → none (the event names the function). */
export function guardKey(guard: string | null): { key: MessageKey; negated: boolean } | null {
  if (!guard) return null;
  const not = /^not\((\w+)\)$/.exec(guard);
  const name = not ? not[1] : guard;
  if (/^isForFunction\b/.test(name)) return null;
  return { key: `guard.${name}` as MessageKey, negated: Boolean(not) };
}

/** A condition in words, or null when the transition has none worth naming. */
export function guardText(guard: string | null, t: T): string | null {
  const g = guardKey(guard);
  if (!g) return null;
  return g.negated ? t('guard.not', { guard: t(g.key) }) : t(g.key);
}

/** The event of a transition in words (`event.<type>`). */
export function eventText(event: string, t: T): string {
  return t(`event.${event}` as MessageKey);
}

/**
 * The label drawn on an arrow: its condition when it has one (the event is the same for every arrow
 * leaving a case state and is named on the step button), "otherwise" for the unguarded last of
 * several, else the event.
 */
export function edgeLabel(edge: DiagramEdge, siblings: readonly DiagramEdge[], t: T): string {
  const g = guardText(edge.guard, t);
  if (g) return g;
  const others = siblings.filter((e) => e.source === edge.source && e.event === edge.event);
  if (others.length > 1) return t('guard.otherwise');
  return eventText(edge.event, t);
}

const yesNo = (b: boolean, t: T) => t(b ? 'common.yes' : 'common.no');

/** What a case-flow condition reads from the case, in words (one line per attribute). */
export function caseEvidence(guard: string | null, c: CaseAttributes, t: T, locale: Locale): string[] {
  const g = guardKey(guard);
  if (!g) return [];
  const name = g.key.slice('guard.'.length);
  const v = (label: MessageKey, value: string) => t('evidence.value', { name: t(label), value });
  const service = () => v('learn.case.service', term(CASE_SERVICE_TERMS[c.service], locale));
  const item = () => v('learn.case.itemClass', term(ITEM_CLASS_TERMS[c.itemClass], locale));
  const stationing = () => v('learn.case.stationing', term(STATIONING_TERMS[c.stationing], locale));
  const mech = (m: keyof CaseAttributes['mechanisms']) => t('evidence.value', { name: term(MECHANISM_TERMS[m], locale), value: yesNo(c.mechanisms[m], t) });
  const hq = () => v('learn.case.needsHeadquartersVisit', yesNo(c.needsHeadquartersVisit, t));
  switch (name) {
    case 'isComplaintCase':
    case 'isTradingCase':
    case 'isCounterServiceCase':
      return [service()];
    case 'isOnline':
      return [v('learn.case.channel', term(CHANNEL_TERMS[c.channel], locale))];
    case 'hasFirstInquiryDesk':
      return [mech('firstInquiry')];
    case 'areMaterialsComplete':
      return [v('learn.case.materialsComplete', yesNo(c.materialsComplete, t))];
    case 'acceptsWithGaps':
      return [mech('acceptWithGaps')];
    case 'lacksWindowAuthority':
    case 'needsHeadquartersVisit':
      return [stationing(), hq()];
    case 'isOnTheSpotDecidable':
      return [item(), stationing()];
    case 'isReceptionOnly':
      return [stationing()];
    case 'isLinkedWithParallelApproval':
    case 'isLinkedSerial':
      return [item(), mech('parallelApproval')];
    case 'needsVerificationVisit':
      return [v('learn.case.needsVerificationVisit', yesNo(c.needsVerificationVisit, t))];
    case 'isReferredItem':
    case 'isOnTheSpotItem':
    case 'isLinkedItem':
      return [item()];
    case 'isDeliveryOn':
      return [mech('delivery')];
    case 'isComplaintFunctionInCentre':
      return [v('learn.case.complaintFunctionInCentre', yesNo(c.complaintFunctionInCentre, t))];
    default:
      return [];
  }
}

/** Whether a case-flow condition holds for a case (the machine's own condition, evaluated on its context). */
export function caseGuardHolds(machine: CaseMachine, guard: string | null, context: CaseContext, event: { type: string }): boolean {
  const g = guardKey(guard);
  if (!guard) return true;
  if (!g) return true;
  const name = g.key.slice('guard.'.length);
  const impl = (machine.implementations.guards as Record<string, (args: { context: CaseContext; event: { type: string } }) => boolean>)[name];
  if (!impl) throw new Error(`condition ${name} not found in ${machine.id}`);
  const value = impl({ context, event });
  return g.negated ? !value : value;
}

/** What the stage conditions read from the measured state, each with its threshold and whether it is met. */
export function stageEvidence(guard: string | null, m: MeasuredState, t: T, locale: Locale): Array<{ text: string; met: boolean }> {
  const g = guardKey(guard);
  if (!g) return [];
  const th = STAGE_THRESHOLDS;
  const pct = (x: number) => formatPercent(locale, x, 0);
  const count = (of: readonly string[]) => of.filter((s) => m.services.includes(s as never)).length;
  const lines: Array<{ text: string; met: boolean }> = [
    { text: t('evidence.atLeast', { name: t('learn.accepted'), value: pct(m.acceptedInCentreShare), min: pct(th.stage1MinAcceptedShare.value) }), met: isMostVolumeAcceptedInCentre(m) },
  ];
  if (g.key === 'guard.qualifiesForStage1') return lines;
  lines.push({ text: t('evidence.atLeast', { name: t('learn.decided'), value: pct(m.decidedInCentreShare), min: pct(th.stage2MinDecidedShare.value) }), met: isMostVolumeDecidedInCentre(m) });
  if (g.key === 'guard.qualifiesForStage2') return lines;
  lines.push(
    { text: t('evidence.value', { name: t('evidence.approvalOffered'), value: yesNo(m.services.includes('approval'), t) }), met: m.services.includes('approval') },
    { text: t('evidence.atLeast', { name: t('evidence.servicesTrading'), value: count(TRADING_SERVICES), min: servicesNeeded(th.stage3MinTradingShare.value, TRADING_SERVICES) }), met: count(TRADING_SERVICES) >= servicesNeeded(th.stage3MinTradingShare.value, TRADING_SERVICES) },
    { text: t('evidence.atLeast', { name: t('evidence.servicesCitizen'), value: count(COUNTER_SERVICES), min: servicesNeeded(th.stage3MinCitizenShare.value, COUNTER_SERVICES) }), met: count(COUNTER_SERVICES) >= servicesNeeded(th.stage3MinCitizenShare.value, COUNTER_SERVICES) },
    { text: t('evidence.atLeast', { name: t('evidence.functionsIntegrated'), value: m.functionsIntegrated.length, min: th.stage3MinFunctionsIntegrated.value }), met: m.functionsIntegrated.length >= th.stage3MinFunctionsIntegrated.value },
  );
  return lines;
}

/** A state's name in the language (its meta's zh/en), or its id when it has none. Pure. */
export function nodeName(graph: Pick<DiagramGraph, 'nodes'>, id: string, locale: Locale): string {
  const meta = graph.nodes.find((n) => n.id === id)?.meta;
  return meta ? (locale === 'zh-CN' ? meta.zh : meta.en) : id;
}

/** The texts a StatechartDiagram draws for a graph: state names and arrow labels in the language. Pure. */
export function diagramText(graph: DiagramGraph, locale: Locale, t: T): { node: (id: string) => string; edge: (id: string) => string } {
  return { node: (id) => nodeName(graph, id, locale), edge: (id) => edgeLabel(graph.edges.find((e) => e.id === id)!, graph.edges, t) };
}
