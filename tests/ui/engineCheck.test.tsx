// @vitest-environment jsdom
/**
 * Issue 12: an engine check that fails (the worker throws something other than a ScenarioError)
 * reached nothing — `useEngineCheck` swallowed the rejection and the editor showed no message. It
 * now returns the failure's message with an empty path, which the editor shows and which blocks
 * the run.
 */
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useEngineCheck } from '../../src/ui/draft/useLeverDraft';

afterEach(cleanup);

describe('useEngineCheck (issue 12: no swallowed validation error)', () => {
  it('a validate call that rejects gives its message, not silence', async () => {
    const pool = { validate: () => Promise.reject(new Error('worker: rowOf is not a function')) };
    const scenario = { type: 'onewindow/centre' };
    const { result } = renderHook(() => useEngineCheck(pool, scenario));
    await waitFor(() => expect(result.current).toEqual({ message: 'worker: rowOf is not a function', path: '' }), { timeout: 3000 });
  });

  it('a refusal gives the engine message and its path; a pass gives nothing', async () => {
    const refuse = { validate: () => Promise.resolve({ ok: false as const, message: 'invalid departments[0].windows: must be ≥ 0, got -1', path: 'departments[0].windows' }) };
    const { result } = renderHook(() => useEngineCheck(refuse, { a: 1 }));
    await waitFor(() => expect(result.current?.path).toBe('departments[0].windows'), { timeout: 3000 });
    const pass = { validate: () => Promise.resolve({ ok: true as const, scenario: {}, overload: { loads: [], overloaded: [], nearlyOverloaded: [] } }) };
    const { result: ok } = renderHook(() => useEngineCheck(pass as never, { a: 1 }));
    await new Promise((r) => setTimeout(r, 500));
    expect(ok.current).toBeUndefined();
  });
});
