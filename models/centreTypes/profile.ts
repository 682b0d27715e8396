import type { Bilingual } from '../text/types';
import { CASE_SERVICES, CHANNELS, ITEM_CLASSES, type CaseService, type CentreTypeId, type ItemClass, type Stationing } from '../../src/domain/vocabulary';

/** The values of each case attribute a routing table enumerates for one service (attributes left out take DEFAULT_CASE's value and do not change the route). */
export interface RoutingBlock {
  service: CaseService;
  itemClass?: readonly ItemClass[];
  stationing?: readonly Stationing[];
  channel?: readonly ('hall' | 'online')[];
  materialsComplete?: readonly boolean[];
  needsHeadquartersVisit?: readonly boolean[];
  withinWindowAuthority?: readonly boolean[];
  needsVerificationVisit?: readonly boolean[];
  complaintFunctionInCentre?: readonly boolean[];
  firstInquiry?: readonly boolean[];
  acceptWithGaps?: readonly boolean[];
  parallelApproval?: readonly boolean[];
  delivery?: readonly boolean[];
}

/** A centre type as the paper's table describes it (§3), plus the case attributes its machine accepts. */
export interface CentreTypeProfile {
  id: CentreTypeId;
  /** the model's name, e.g. 经济主导模式 */
  model: Bilingual;
  /** 区分标志 */
  distinguishingMark: Bilingual;
  /** what it does (具体工作) */
  whatItDoes: Bilingual;
  /** 代表单位 */
  representative: Bilingual;
  /** the paper's sentence(s) on the model, zh exact */
  quote: Bilingual;
  /** who it serves */
  serves: readonly ('enterprises' | 'citizens')[];
  /** case services the machine routes: every centre type routes all four, so a planner can add any service line to any model */
  services: readonly CaseService[];
  /** the services the paper names for this model (the rest are a planner's additions) */
  paperServices: readonly CaseService[];
  /** the stationings a department can have in a centre of this type (a department stationed `absent` is routed by the dispersed machine) */
  stationings: readonly Stationing[];
  /** the combinations the routing table enumerates */
  domain: readonly RoutingBlock[];
}

const B = [false, true] as const;

/** Every case service (the vocabulary's): what each centre type's machine routes. */
export const ALL_CENTRE_SERVICES: readonly CaseService[] = CASE_SERVICES;

/** The routing domain of a centre type: approval cases over every guard-relevant attribute, and one block per other service; pure. */
export function centreDomain(services: readonly CaseService[], stationings: readonly Stationing[]): RoutingBlock[] {
  const blocks: RoutingBlock[] = [
    {
      service: 'approval',
      itemClass: ITEM_CLASSES,
      stationing: stationings,
      channel: CHANNELS,
      materialsComplete: [true, false],
      ...(stationings.includes('reception') ? { needsHeadquartersVisit: B } : {}),
      ...(stationings.includes('reception') || stationings.includes('authorised') ? { withinWindowAuthority: B } : {}),
      needsVerificationVisit: B,
      firstInquiry: B,
      acceptWithGaps: B,
      parallelApproval: B,
      delivery: B,
    },
  ];
  if (services.includes('counter')) blocks.push({ service: 'counter', firstInquiry: B });
  if (services.includes('trading')) blocks.push({ service: 'trading' });
  if (services.includes('complaint')) blocks.push({ service: 'complaint', complaintFunctionInCentre: B });
  return blocks;
}
