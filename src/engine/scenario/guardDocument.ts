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
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: doc, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (++values > MAX_VALUES) throw new ScenarioError('', `must hold at most ${MAX_VALUES.toLocaleString('en-US')} values (a smaller document)`, `more than ${MAX_VALUES}`);
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_DEPTH) throw new ScenarioError(formatPath(path.slice(0, 8)) + '…', `must nest at most ${MAX_DEPTH} levels deep`, v);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else {
      for (const k of Object.keys(v)) {
        if (k === '__proto__') throw new ScenarioError(formatPath([...path, k]), 'is a reserved name (use another key)', (v as Record<string, unknown>)[k]);
        stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
      }
    }
  }
}
