import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { CENTRE_TYPE_IDS } from '../../src/domain/vocabulary';
import { CASE_EVENT_TYPES } from '../../models/centreTypes/caseJourney';
import { CENTRE_TYPES } from '../../models/centreTypes/registry';
import { compileRoutingTable, expandBlock, lookupRoute, routeIndex } from '../../models/centreTypes/routingTable';

describe.each(CENTRE_TYPE_IDS)('routing table of %s', (id) => {
  const { machine, profile } = CENTRE_TYPES[id];
  const table = compileRoutingTable(machine);

  it('for every attribute combination, XState’s own transition() visits exactly the table’s path', () => {
    let combinations = 0;
    for (const block of profile.domain) {
      for (const attrs of expandBlock(block)) {
        const path = lookupRoute(table, attrs);
        expect(path, JSON.stringify(attrs)).toBeDefined();
        let [snap] = initialTransition(machine, attrs);
        const visited = [snap.value as unknown as string];
        for (const type of path!.events) {
          [snap] = transition(machine, snap, { type } as never);
          visited.push(snap.value as unknown as string);
        }
        expect(visited).toEqual(path!.states);
        expect(snap.status).toBe('done');
        combinations++;
      }
    }
    expect(combinations).toBe(table.pathOf.length);
  });

  it('each path is the only route: no other case event moves the case at any step', () => {
    const seen = new Set<number>();
    for (const block of profile.domain) {
      for (const attrs of expandBlock(block)) {
        const pid = table.pathOf[routeIndex(table, attrs)];
        if (seen.has(pid)) continue;
        seen.add(pid);
        const path = table.paths[pid];
        let [snap] = initialTransition(machine, attrs);
        path.events.forEach((type) => {
          for (const other of CASE_EVENT_TYPES) {
            if (other === type) continue;
            expect(transition(machine, snap, { type: other } as never)[0].value).toBe(snap.value);
          }
          [snap] = transition(machine, snap, { type } as never);
        });
      }
    }
    expect(seen.size).toBe(table.paths.length);
  });

  it('is plain data and its index is a bijection onto the entries', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    let i = 0;
    for (const block of profile.domain) for (const attrs of expandBlock(block)) expect(routeIndex(table, attrs)).toBe(i++);
    expect(lookupRoute(table, { ...expandBlock(profile.domain[0])[0], service: 'approval', stationing: id === 'dispersed' ? 'bureau' : 'absent' })).toBeUndefined();
  });

  it('path summary (distinct routes, longest route, max trips)', () => {
    expect({
      entries: table.pathOf.length,
      routes: table.paths.length,
      longest: Math.max(...table.paths.map((p) => p.states.length)),
      maxTrips: Math.max(...table.paths.map((p) => p.trips)),
    }).toMatchSnapshot();
  });
});
