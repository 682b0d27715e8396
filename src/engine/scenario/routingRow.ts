import type { NetworkScenario, Route } from './networkSchema';

/** The routing row a case of class `c` follows at station `st`: the class's own, else the network's (own properties only). */
export function routingRow(s: NetworkScenario, c: NetworkScenario['classes'][number] | undefined, st: string): Route[] {
  const own = c?.routing;
  if (own !== undefined && Object.hasOwn(own, st)) return own[st];
  return Object.hasOwn(s.routing, st) ? s.routing[st] : [];
}
