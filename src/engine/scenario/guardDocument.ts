/**
 * Structural limits checked on a raw scenario document before the schema reads it, without
 * recursion (a 5,000-deep array must be refused, not overflow the stack; issue 12): nesting depth,
 * the reserved key `__proto__`, and the number of values. Pure.
 */
import { ScenarioError, formatPath } from './ScenarioError';

/** Deepest nesting of arrays and objects a scenario may have (the deepest real field is about 8). */
export const MAX_DEPTH = 32;
/** Most values (numbers, strings, arrays, objects…) a scenario document may hold. */
export const MAX_VALUES = 2_000_000;

/** Throws ScenarioError on the first structural limit the document breaks; linear in its size. */
export function guardDocument(doc: unknown): void {
  // depth-first with parent links, so a path is built only for the message
  const values: unknown[] = [doc];
  const nodes: number[] = [-1];
  const parents: number[] = [];
  const keys: Array<string | number> = [];
  const depths: number[] = [];
  const pathOf = (node: number): Array<string | number> => {
    const p: Array<string | number> = [];
    for (let n = node; n >= 0; n = parents[n]) p.push(keys[n]);
    return p.reverse();
  };
  let count = 0;
  while (values.length > 0) {
    const v = values.pop();
    const node = nodes.pop()!;
    if (++count > MAX_VALUES) throw new ScenarioError('', { code: 'document.maxValues', max: MAX_VALUES }, `more than ${MAX_VALUES}`);
    if (v === null || typeof v !== 'object') continue;
    const depth = node < 0 ? 0 : depths[node];
    if (depth >= MAX_DEPTH) throw new ScenarioError(`${formatPath(pathOf(node).slice(0, 8))}…`, { code: 'document.maxDepth', max: MAX_DEPTH }, v);
    const child = (key: string | number, x: unknown) => {
      if (x === null || typeof x !== 'object') {
        if (++count > MAX_VALUES) throw new ScenarioError('', { code: 'document.maxValues', max: MAX_VALUES }, `more than ${MAX_VALUES}`);
        return;
      }
      parents.push(node);
      keys.push(key);
      depths.push(depth + 1);
      values.push(x);
      nodes.push(parents.length - 1);
    };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) child(i, v[i]);
    } else {
      for (const k of Object.keys(v)) {
        if (k === '__proto__') throw new ScenarioError(formatPath([...pathOf(node), k]), { code: 'key.reserved' }, (v as Record<string, unknown>)[k]);
        child(k, (v as Record<string, unknown>)[k]);
      }
    }
  }
}
