/**
 * A statechart as a graph to draw: one node per state (compound and parallel states contain their
 * children), one edge per transition target, labelled with its event and its condition, in the
 * order the machine tries them. Built from the machine's own definition (models/text/outline.ts),
 * never by hand, so the drawing cannot drift from what the simulation runs. Pure.
 */
import type { AnyStateMachine } from 'xstate';
import { outlineOf, type StateOutline } from '../../../../../models/text/outline';
import type { StateMeta } from '../../../../../models/text/types';

/** One state to draw. */
export interface DiagramNode {
  /** the state's id, e.g. `stage.stage2`, `fiveFunctions.approval.colocated` */
  id: string;
  key: string;
  /** the containing state's id; null at the top level */
  parent: string | null;
  kind: StateOutline['type'];
  /** the initial state of its parent */
  initial: boolean;
  meta: StateMeta | null;
  tags: string[];
  /** events this state handles without leaving it (actions only), e.g. the stage machine's measurement */
  internalEvents: string[];
}

/** One transition to one target. */
export interface DiagramEdge {
  /** `<source>→<target>#<n>`, unique within the graph */
  id: string;
  source: string;
  target: string;
  /** the event type, or `always` for an eventless transition */
  event: string;
  /** the condition as the machine names it (`isOnline`, `not(qualifiesForStage1)`), null if none */
  guard: string | null;
  /** position among the source's transitions on the same event: the machine takes the first whose condition holds */
  order: number;
}

/** The drawable graph of a machine. */
export interface DiagramGraph {
  machineId: string;
  meta: StateMeta | null;
  /** the root is parallel: its children are regions drawn side by side */
  parallel: boolean;
  /** events the machine's root handles itself (actions only) */
  rootEvents: string[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

function resolveTarget(source: StateOutline, parent: StateOutline, key: string, all: StateOutline[]): string {
  const sibling = parent.children.find((c) => c.key === key);
  if (sibling) return sibling.id;
  const child = source.children.find((c) => c.key === key);
  if (child) return child.id;
  const anywhere = all.find((s) => s.key === key || s.id === key);
  if (!anywhere) throw new Error(`statechart ${source.id}: transition target ${key} not found`);
  return anywhere.id;
}

const flatten = (o: StateOutline): StateOutline[] => [o, ...o.children.flatMap(flatten)];

/** The graph of a machine: every state a node, every targeted transition an edge; pure. */
export function machineGraph(machine: AnyStateMachine): DiagramGraph {
  const root = outlineOf(machine);
  const all = flatten(root);
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const visit = (parent: StateOutline, parentId: string | null) => {
    for (const s of parent.children) {
      nodes.push({
        id: s.id,
        key: s.key,
        parent: parentId,
        kind: s.type,
        initial: parent.type !== 'parallel' && parent.initial === s.key,
        meta: s.meta,
        tags: s.tags,
        internalEvents: s.transitions.filter((t) => t.targets.length === 0).map((t) => t.event),
      });
      const seen = new Map<string, number>();
      for (const t of s.transitions) {
        if (t.targets.length === 0) continue;
        const order = seen.get(t.event) ?? 0;
        seen.set(t.event, order + 1);
        for (const key of t.targets) {
          const target = resolveTarget(s, parent, key, all);
          edges.push({ id: `${s.id}→${target}#${t.event}#${order}`, source: s.id, target, event: t.event, guard: t.guard, order });
        }
      }
      visit(s, s.id);
    }
  };
  visit(root, null);
  return {
    machineId: root.id,
    meta: root.meta,
    parallel: root.type === 'parallel',
    rootEvents: root.transitions.filter((t) => t.targets.length === 0).map((t) => t.event),
    nodes,
    edges,
  };
}

/** The edges leaving a state, in the order the machine tries them; pure. */
export function edgesFrom(graph: DiagramGraph, stateId: string): DiagramEdge[] {
  return graph.edges.filter((e) => e.source === stateId);
}
