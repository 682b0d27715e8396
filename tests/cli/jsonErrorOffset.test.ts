import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from '../../src/cli/jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it('finds no error in valid JSON', () => {
    for (const t of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) expect(jsonErrorOffset(t)).toBe(-1);
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{ "a": }')).toBe(7);
    expect(jsonErrorOffset('{ "a": 1, }')).toBe(10);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['{"a":1}', '{a:1}', "['x']", '[1,]', '{"a":"\t"}', '1e', '-', 'tru', '[]]']) {
      let ok = true;
      try {
        JSON.parse(t);
      } catch {
        ok = false;
      }
      expect(jsonErrorOffset(t) === -1).toBe(ok);
    }
  });

  it('lineColumn counts from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toBe('line 2, column 2');
  });
});
