import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { FUNCTION_IDS } from '../../src/domain/vocabulary';
import { FUNCTION_ROLES, fiveFunctionsAt, fiveFunctionsMachine, functionLevels, integrationIndex, isFiveInOne, type FiveFunctionsEvent } from '../../models/functions/fiveFunctionsMachine';

const allEvents: FiveFunctionsEvent[] = FUNCTION_IDS.flatMap((fn) => [
  { type: 'function.colocate' as const, fn },
  { type: 'function.integrate' as const, fn },
]);
const step = (s: ReturnType<typeof initialTransition<typeof fiveFunctionsMachine>>[0], e: FiveFunctionsEvent) => transition(fiveFunctionsMachine, s, e)[0];

describe('five functions (五合一) as parallel regions', () => {
  it('starts with every function separate: integrationIndex 0', () => {
    const [s] = initialTransition(fiveFunctionsMachine);
    expect(Object.values(functionLevels(s))).toEqual(['separate', 'separate', 'separate', 'separate', 'separate']);
    expect(integrationIndex(s)).toBe(0);
  });

  it('refuses integration before co-location', () => {
    const [s] = initialTransition(fiveFunctionsMachine);
    const t = step(s, { type: 'function.integrate', fn: 'complaints' });
    expect(functionLevels(t).complaints).toBe('separate');
    const c = step(step(s, { type: 'function.colocate', fn: 'complaints' }), { type: 'function.integrate', fn: 'complaints' });
    expect(functionLevels(c).complaints).toBe('integrated');
    expect(c.hasTag('complaints.integrated')).toBe(true);
  });

  it('an event moves only its own function', () => {
    const [s] = initialTransition(fiveFunctionsMachine);
    const t = step(s, { type: 'function.colocate', fn: 'approval' });
    expect(functionLevels(t)).toEqual({ openness: 'separate', approval: 'colocated', eGovernment: 'separate', informationRelease: 'separate', complaints: 'separate' });
  });

  it('all integrated: integrationIndex 1 and five-in-one', () => {
    let [s] = initialTransition(fiveFunctionsMachine);
    for (const e of allEvents) s = step(s, e);
    expect(integrationIndex(s)).toBe(1);
    expect(isFiveInOne(s)).toBe(true);
  });

  it('integrationIndex is monotone and stays in [0, 1] along every sequence of events (seeded random walks)', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let walk = 0; walk < 200; walk++) {
      let [s] = initialTransition(fiveFunctionsMachine);
      let prev = integrationIndex(s);
      for (let i = 0; i < 15; i++) {
        s = step(s, allEvents[Math.floor(rand() * allEvents.length)]);
        const now = integrationIndex(s);
        expect(now).toBeGreaterThanOrEqual(prev);
        expect(now).toBeLessThanOrEqual(1);
        prev = now;
      }
    }
  });

  it('fiveFunctionsAt reaches given levels (as a scenario’s functions block states them)', () => {
    const s = fiveFunctionsAt({ approval: 'integrated', complaints: 'colocated' });
    expect(functionLevels(s)).toEqual({ openness: 'separate', approval: 'integrated', eGovernment: 'separate', informationRelease: 'separate', complaints: 'colocated' });
    expect(integrationIndex(s)).toBeCloseTo(0.3);
  });

  it('each region carries its role from the paper (运行机理)', () => {
    for (const fn of FUNCTION_IDS) {
      const node = fiveFunctionsMachine.root.states[fn];
      expect(node.meta?.zh).toContain(FUNCTION_ROLES[fn].role.zh);
      expect(node.meta?.quote?.zh).toBe(FUNCTION_ROLES[fn].quote.zh);
    }
    expect(fiveFunctionsMachine.root.meta?.notes?.length).toBe(3);
  });

  it('graph: every state of every region is reachable, by these events', () => {
    const paths = getShortestPaths(fiveFunctionsMachine, { events: allEvents });
    expect(paths.length).toBe(3 ** 5);
    const reached: Record<string, string[]> = {};
    for (const p of paths) {
      const levels = functionLevels(p.state);
      for (const fn of FUNCTION_IDS) {
        const key = `${fn}.${levels[fn]}`;
        const events = p.steps.slice(1).map((s) => `${s.event.type}(${(s.event as FiveFunctionsEvent).fn})`);
        if (!reached[key] || reached[key].length > events.length) reached[key] = events;
      }
    }
    const leaves = getStateNodes(fiveFunctionsMachine.root).filter((n) => n.type === 'atomic').map((n) => n.path.join('.'));
    expect(Object.keys(reached).sort()).toEqual(leaves.sort());
    expect(reached).toMatchSnapshot();
  });
});
