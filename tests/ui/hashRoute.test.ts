import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, resolveRoute } from '../../src/ui/hashRoute';

describe('hash routes', () => {
  it.each([
    ['#/plan', 'plan'],
    ['#plan', 'plan'],
    ['#/learn/stages', 'learn'],
    ['', ''],
    ['#', ''],
  ])('%s → %s', (hash, id) => expect(parseHash(hash)).toBe(id));

  it('falls back to the start page for empty or unknown routes', () => {
    const ids = ['plan', 'learn'] as const;
    expect(resolveRoute('#/learn', ids, 'plan')).toBe('learn');
    expect(resolveRoute('', ids, 'plan')).toBe('plan');
    expect(resolveRoute('#/nowhere', ids, 'plan')).toBe('plan');
    expect(hrefFor('plan')).toBe('#/plan');
  });
});
