/**
 * A city's network of centres derived from its municipal centre (the scenario itself): district /
 * county centres and township (street) convenience centres (乡镇(街道)便民服务中心). Demand is routed
 * by level — each level takes its `volumeShare` of the city's cases, split evenly over its centres —
 * and the model reaches the districts only when the timeline extends it there (Dalian, 2010). Pure.
 */
import type { CentreScenario } from '../scenario/centreSchema';
import { ADDITIVE_KPIS } from '../../domain/kpis';
import type { CityNetwork } from '../scenario/timelineSchema';
import { scaleDemand } from './applyEvent';

/** The levels of a city network, in routing order. */
export const CITY_LEVELS = ['municipal', 'district', 'township'] as const;
export type CityLevel = (typeof CITY_LEVELS)[number];

/** Share of the city's cases the municipal centre keeps; pure. */
export function municipalShare(n: CityNetwork): number {
  return Math.max(0.01, 1 - (n.districts?.volumeShare ?? 0) - (n.townships?.volumeShare ?? 0));
}

/** Windows and staff × f, at least one window and one back-office person per stationed department; pure. */
function resize(s: CentreScenario, f: number): CentreScenario {
  return {
    ...s,
    departments: s.departments.map((d) =>
      d.stationing === 'absent' ? { ...d, windows: Math.max(1, Math.round(d.windows * f)), staff: Math.max(2, Math.round(d.staff * f)) } : { ...d, windows: Math.max(1, Math.round(d.windows * f)), staff: Math.max(2, Math.round(d.staff * f)) },
    ),
  };
}

const NO_TRADING = (s: CentreScenario): CentreScenario['services'] => ({
  ...s.services,
  procurement: { ...s.services.procurement, on: false },
  constructionBidding: { ...s.services.constructionBidding, on: false },
  landAuction: { ...s.services.landAuction, on: false },
  stateAssetTrading: { ...s.services.stateAssetTrading, on: false },
});

/**
 * One district/county centre of the year: the municipal configuration scaled to its share of the
 * cases. Before the model is extended to the districts it is a stage-1 centre (departments at most
 * `reception` with 30% authorisation — assumption, [paper-problems] problems), approval co-located and
 * the other functions separate; after the extension it copies the municipal model. Pure.
 */
export function districtCentre(municipal: CentreScenario, n: CityNetwork, extended: boolean): CentreScenario {
  const lv = n.districts!;
  const ratio = lv.volumeShare / lv.count / municipalShare(n);
  let s = scaleDemand(municipal, ratio);
  s = resize(s, lv.sizeFactor ?? ratio);
  s = { ...s, name: `${municipal.name} — district centre`, services: NO_TRADING(s), city: { ...s.city, level: 'district' } };
  if (extended) return s;
  return {
    ...s,
    departments: s.departments.map((d) => (d.stationing === 'absent' ? d : { ...d, stationing: 'reception', authorisationShare: Math.min(d.authorisationShare, 0.3) })),
    functions: { openness: 'separate', approval: 'colocated', eGovernment: 'separate', informationRelease: 'separate', complaints: 'separate' },
  };
}

/**
 * One township convenience centre: on-the-spot items only (便民服务), one comprehensive window
 * line, every stationed department authorised to decide them (代办 of the rest is not modelled).
 * Pure.
 */
export function townshipCentre(municipal: CentreScenario, n: CityNetwork): CentreScenario {
  const lv = n.townships!;
  const ratio = lv.volumeShare / lv.count / municipalShare(n);
  const spot = municipal.items.filter((it) => it.class === 'onTheSpot');
  const items = (spot.length > 0 ? spot : municipal.items.slice(0, 1)).map((it) => ({ ...it, class: 'onTheSpot' as const }));
  const shareSum = items.reduce((a, it) => a + (it.share ?? 0), 0);
  const volSum = items.reduce((a, it) => a + (it.annualVolume ?? 0), 0);
  const target = municipal.demand.annualVolume * ratio;
  const scaled = items.map((it) =>
    it.annualVolume !== undefined ? { ...it, annualVolume: (it.annualVolume / Math.max(1e-9, volSum + shareSum * municipal.demand.annualVolume)) * target } : { ...it, share: (it.share ?? 0) / Math.max(1e-9, shareSum + volSum / municipal.demand.annualVolume) },
  );
  const used = new Set(scaled.flatMap((it) => it.departments));
  // one comprehensive window line sized to the township's share of the municipal windows; one back-office person per department
  const municipalWindows = municipal.departments.reduce((a, d) => a + (d.stationing === 'absent' ? 0 : d.windows), 0);
  const lineWindows = Math.max(1, Math.round(municipalWindows * (lv.sizeFactor ?? ratio)));
  const deps = municipal.departments
    .filter((d) => used.has(d.id))
    .map((d, i) => ({ ...d, stationing: 'authorised' as const, authorisationShare: 1, windows: i === 0 ? lineWindows : 0, staff: (i === 0 ? lineWindows : 0) + 1 }));
  return {
    ...municipal,
    name: `${municipal.name} — township convenience centre`,
    city: { ...municipal.city, level: 'township' },
    departments: deps,
    items: scaled,
    windowOrganisation: 'comprehensive',
    demand: { ...municipal.demand, annualVolume: target },
    services: { ...NO_TRADING(municipal), convenience: { ...municipal.services.convenience, on: true } },
  };
}

/**
 * The city's KPIs from one centre of each level and the number of centres at each level: sums for
 * the catalogue's additive KPIs (src/domain/kpis.ts), case-weighted means for the rest; pure.
 */
export function aggregateCity(parts: { kpis: Record<string, number>; count: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  const weight = parts.map((p) => (p.kpis.annualCases ?? 0) * p.count);
  const total = weight.reduce((a, b) => a + b, 0);
  for (const name of Object.keys(parts[0].kpis)) {
    if (ADDITIVE_KPIS.has(name)) out[name] = parts.reduce((a, p) => a + (p.kpis[name] ?? 0) * p.count, 0);
    else out[name] = total > 0 ? parts.reduce((a, p, i) => a + (p.kpis[name] ?? 0) * weight[i], 0) / total : parts[0].kpis[name];
  }
  return out;
}
