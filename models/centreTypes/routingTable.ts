import { createActor, type AnyActorScope } from 'xstate';
import type { CaseService, CentreTypeId } from '../../src/domain/vocabulary';
import { DEFAULT_CASE, type CaseAttributes, type CaseEventType, type CaseMachine, type CaseTag } from './caseJourney';
import type { RoutingBlock } from './profile';
import { CENTRE_TYPES } from './registry';
import { isArrival, placeOf, type RoutePath as SharedRoutePath, type RoutingTable as SharedRoutingTable } from '../../src/domain/routes';
import { ROUTING_MECHANISMS } from '../../src/domain/vocabulary';

/** The attributes a routing table enumerates, in index order (the first varies slowest). */
export const ROUTING_DIMS = [
  'itemClass',
  'stationing',
  'channel',
  'materialsComplete',
  'needsHeadquartersVisit',
  'withinWindowAuthority',
  'needsVerificationVisit',
  'complaintFunctionInCentre',
  'firstInquiry',
  'acceptWithGaps',
  'parallelApproval',
  'delivery',
] as const;
/** A routing dimension's name. */
export type RoutingDim = (typeof ROUTING_DIMS)[number];
type DimValue = string | boolean;

const MECHANISM_DIMS: readonly string[] = ROUTING_MECHANISMS;

function getDim(a: CaseAttributes, d: RoutingDim): DimValue {
  return MECHANISM_DIMS.includes(d) ? a.mechanisms[d as keyof CaseAttributes['mechanisms']] : (a[d as keyof CaseAttributes] as DimValue);
}
function setDim(a: CaseAttributes, d: RoutingDim, v: DimValue): CaseAttributes {
  return MECHANISM_DIMS.includes(d) ? { ...a, mechanisms: { ...a.mechanisms, [d]: v } } : { ...a, [d]: v };
}

/** The route of one case (src/domain/routes.ts), with the case vocabulary's event and tag types. */
export interface RoutePath extends SharedRoutePath {
  events: CaseEventType[];
  tags: CaseTag[][];
}

/** A compiled routing table (src/domain/routes.ts): plain data, read by lookupRoute and by the simulator. */
export interface RoutingTable extends SharedRoutingTable {
  machineId: CentreTypeId;
  blocks: Array<{ service: CaseService; dims: Array<{ dim: RoutingDim; values: DimValue[] }>; offset: number; size: number }>;
  paths: RoutePath[];
}

/** Every attribute combination of a routing block, in table order; pure. */
export function expandBlock(block: RoutingBlock): CaseAttributes[] {
  const dims = ROUTING_DIMS.filter((d) => block[d] !== undefined);
  let out: CaseAttributes[] = [{ ...DEFAULT_CASE, mechanisms: { ...DEFAULT_CASE.mechanisms }, service: block.service }];
  for (const d of dims) {
    const values = block[d] as readonly DimValue[];
    out = out.flatMap((a) => values.map((v) => setDim(a, d, v)));
  }
  return out;
}

function summarise(states: string[], events: CaseEventType[], tags: CaseTag[][]): RoutePath {
  let trips = 0;
  let prev: string | undefined;
  for (const t of tags) {
    const here = placeOf(t);
    if (isArrival(prev, here)) trips++;
    prev = here;
  }
  const flat = tags.flat();
  const decisionSteps = tags.filter((t) => t.includes('decision'));
  const r = states.indexOf('returnedForMaterials');
  let retrySegment: [number, number] | null = null;
  if (r >= 0) {
    const end = states.findIndex((s, i) => i > r && (s === 'materialsCheck' || s === 'onlineReview'));
    retrySegment = [r, end];
  }
  return {
    states,
    events,
    tags,
    trips,
    acceptedInCentre: flat.includes('acceptance.inCentre'),
    decidedInCentre:
      decisionSteps.length > 0 &&
      !states.includes('transferToHeadquarters') &&
      !flat.includes('decision.headquarters') &&
      !flat.includes('decision.department'),
    decidedOnTheSpot: flat.includes('decision.onTheSpot'),
    visitsHeadquarters: flat.includes('applicant.headquarters'),
    retrySegment,
  };
}

/**
 * An inert actor scope for stepping a machine with its own `getInitialSnapshot`/`transition`:
 * what XState's pure `initialTransition()`/`transition()` build afresh on every call (an actor,
 * whose constructor computes a whole initial snapshot, and an actor system) — most of the time a
 * routing table took to compile. Our machines spawn no actors and have no custom actions, so one
 * scope serves every step; actions are not executed. tests/models/routingTable.test.ts checks
 * every route against XState's own `transition()`. Pure (nothing runs).
 */
function inertScope(machine: CaseMachine): AnyActorScope {
  const self = createActor(machine, { input: DEFAULT_CASE });
  const none = () => {};
  return { self, id: '', sessionId: '', logger: none, defer: none, emit: none, system: self.system, stopChild: none, actionExecutor: none };
}

/** The case events a state handles, by state value (a state node's `ownEvents` is recomputed on each read). */
type OwnEvents = Map<string, CaseEventType[]>;

function ownEventsOf(machine: CaseMachine, value: string, cache: OwnEvents): CaseEventType[] {
  let own = cache.get(value);
  if (!own) {
    own = machine.getStateNodeById(`${machine.id}.${value}`).ownEvents.filter((e) => e.startsWith('case.')) as CaseEventType[];
    cache.set(value, own);
  }
  return own;
}

/**
 * The route of one case through a machine, found by stepping it as XState's pure
 * initialTransition/transition do (with one inert scope, see inertScope): in each stable state, the
 * one event the state handles; pure.
 */
export function compileRoute(machine: CaseMachine, attrs: CaseAttributes, scope: AnyActorScope = inertScope(machine), own: OwnEvents = new Map()): RoutePath {
  let snap = machine.getInitialSnapshot(scope, attrs);
  const states: string[] = [];
  const events: CaseEventType[] = [];
  const tags: CaseTag[][] = [];
  for (let guard = 0; guard < 64; guard++) {
    const value = snap.value as unknown as string;
    states.push(value);
    tags.push([...snap.tags].sort() as CaseTag[]);
    if (snap.status === 'done') return summarise(states, events, tags);
    const handled = ownEventsOf(machine, value, own);
    if (handled.length !== 1) throw new Error(`${machine.id}.${value}: expected one event, found ${handled.join(', ') || 'none'}`);
    const next = machine.transition(snap, { type: handled[0] } as never, scope);
    if (next.value === snap.value) throw new Error(`${machine.id}.${value}: ${handled[0]} does not move the case`);
    events.push(handled[0]);
    snap = next;
  }
  throw new Error(`${machine.id}: route longer than 64 steps`);
}

const TABLES = new WeakMap<CaseMachine, RoutingTable>();

/**
 * Compiles a centre-type machine into a routing table: for every combination of the guard-relevant
 * case attributes in its profile's domain, the route a case takes. Pure; with the profile's domain
 * the table is built once per machine and shared (treat it as read-only).
 */
export function compileRoutingTable(machine: CaseMachine, domain?: readonly RoutingBlock[]): RoutingTable {
  if (domain) return buildTable(machine, domain);
  let table = TABLES.get(machine);
  if (!table) {
    table = buildTable(machine, CENTRE_TYPES[machine.id as CentreTypeId].profile.domain);
    TABLES.set(machine, table);
  }
  return table;
}

function buildTable(machine: CaseMachine, domain: readonly RoutingBlock[]): RoutingTable {
  const paths: RoutePath[] = [];
  const seen = new Map<string, number>();
  const pathOf: number[] = [];
  const blocks: RoutingTable['blocks'] = [];
  const scope = inertScope(machine);
  const own: OwnEvents = new Map();
  for (const block of domain) {
    const dims = ROUTING_DIMS.filter((d) => block[d] !== undefined).map((dim) => ({ dim, values: [...(block[dim] as readonly DimValue[])] }));
    const entries = expandBlock(block);
    blocks.push({ service: block.service, dims, offset: pathOf.length, size: entries.length });
    for (const attrs of entries) {
      const p = compileRoute(machine, attrs, scope, own);
      const key = p.states.join('>');
      let id = seen.get(key);
      if (id === undefined) {
        id = paths.length;
        seen.set(key, id);
        paths.push(p);
      }
      pathOf.push(id);
    }
  }
  return { machineId: machine.id as CentreTypeId, blocks, paths, pathOf };
}

/** The entry index of a case in a table, or −1 when its service or an attribute value is outside the table's domain; pure. */
export function routeIndex(table: RoutingTable, attrs: CaseAttributes): number {
  for (const b of table.blocks) {
    if (b.service !== attrs.service) continue;
    let index = 0;
    for (const { dim, values } of b.dims) {
      const k = values.indexOf(getDim(attrs, dim));
      if (k < 0) return -1;
      index = index * values.length + k;
    }
    return b.offset + index;
  }
  return -1;
}

/** The route of a case from a compiled table (undefined outside the table's domain); pure. */
export function lookupRoute(table: RoutingTable, attrs: CaseAttributes): RoutePath | undefined {
  const i = routeIndex(table, attrs);
  return i < 0 ? undefined : table.paths[table.pathOf[i]];
}

/**
 * The stage machine's measured shares from case routes weighted by volume (pass approval cases
 * only; cases of departments stationed `absent` take dispersed routes and count as outside): pure.
 */
export function measuredShares(cases: ReadonlyArray<{ volume: number; path: RoutePath }>): { acceptedInCentreShare: number; decidedInCentreShare: number } {
  let total = 0;
  let accepted = 0;
  let decided = 0;
  for (const { volume, path } of cases) {
    total += volume;
    if (path.acceptedInCentre) accepted += volume;
    if (path.decidedInCentre) decided += volume;
  }
  return total > 0 ? { acceptedInCentreShare: accepted / total, decidedInCentreShare: decided / total } : { acceptedInCentreShare: 0, decidedInCentreShare: 0 };
}
