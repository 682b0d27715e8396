/**
 * A plain-data outline of a statechart for the Learn view: every state with its paper text, tags
 * and transitions (including eventless ones, which xstate/graph's toDirectedGraph leaves out), with
 * guards named as the predicates they are.
 */
import { and, not, or, type AnyStateMachine, type AnyStateNode } from 'xstate';
import type { StateMeta } from './types';

/** One transition: the event (`always` for an eventless one), where it goes, and its guard. */
export interface TransitionOutline {
  event: string;
  targets: string[];
  guard: string | null;
}

/** One state of the outline. */
export interface StateOutline {
  /** the state's id, e.g. `stage.stage2` */
  id: string;
  key: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  initial: string | null;
  meta: StateMeta | null;
  tags: string[];
  transitions: TransitionOutline[];
  children: StateOutline[];
}

type GuardLike = string | { type?: string; params?: unknown } | ((...args: never[]) => unknown) | undefined;

/**
 * XState's higher-order guards, recognised by their shared `check` function rather than by the
 * function's name (a production build minifies names, so `not` would read `n`).
 */
const checkOf = (g: unknown) => (g as { check?: unknown }).check;
const COMBINATORS: ReadonlyArray<[string, unknown]> = [
  ['not', checkOf(not('x'))],
  ['and', checkOf(and(['x']))],
  ['or', checkOf(or(['x']))],
];

/** A guard as readable text: `isOnline`, `and(a, b)`, `not(a)`, `isForFunction({"fn":"approval"})`; pure. */
export function describeGuard(guard: GuardLike): string | null {
  if (guard === undefined) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const inner = (guard as { guards?: GuardLike[] }).guards;
    const name = COMBINATORS.find(([, check]) => check !== undefined && check === checkOf(guard))?.[0] ?? guard.name;
    return inner ? `${name}(${inner.map((g) => describeGuard(g)).join(', ')})` : guard.name || 'inline';
  }
  const params = guard.params === undefined ? '' : `(${JSON.stringify(guard.params)})`;
  return `${guard.type ?? 'inline'}${params}`;
}

function outlineNode(node: AnyStateNode): StateOutline {
  const transitions: TransitionOutline[] = [];
  for (const [event, defs] of node.transitions) {
    for (const t of defs) transitions.push({ event, targets: (t.target ?? []).map((n: AnyStateNode) => n.key), guard: describeGuard(t.guard as GuardLike) });
  }
  for (const t of node.always ?? []) transitions.push({ event: 'always', targets: (t.target ?? []).map((n: AnyStateNode) => n.key), guard: describeGuard(t.guard as GuardLike) });
  const initialTarget = node.initial?.target?.[0] as AnyStateNode | undefined;
  return {
    id: node.id,
    key: node.key,
    type: node.type,
    initial: initialTarget?.key ?? null,
    meta: (node.meta as StateMeta | undefined) ?? null,
    tags: [...node.tags],
    transitions,
    children: Object.values(node.states as Record<string, AnyStateNode>).map(outlineNode),
  };
}

/** The outline of a machine, from its root; pure. */
export function outlineOf(machine: AnyStateMachine): StateOutline {
  return outlineNode(machine.root);
}
