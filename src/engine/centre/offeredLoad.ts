/**
 * Offered load of a compiled centre's window groups and back offices, computed before a run.
 *
 * Windows: ρ = λ × E[window minutes per hall case] ÷ windows, where λ is the arrival rate of the
 * group's cases (items accepted there, share of the day's volume by item; online cases left out)
 * and the minutes are the acceptance service times of the first visit and of the resubmissions
 * after incomplete materials, (1 − p_complete)(1 − p_gaps) ÷ p_retry more on average. Pickups,
 * misrouted visits and the verification visits of online cases are left out, so the load is a
 * lower bound: a window load ≥ 1 is certain overload. `load` is on the mean simulated day (hall
 * open dayMinutes); `peakLoad` in the busiest opening hour (largest hour weight) of the busiest
 * simulated day. Counter lines (stage-3 convenience services) are windows too.
 *
 * Back offices: ρ = Σ cases per day × effort per case (staff-minutes of each department step the
 * back office does) ÷ (staff × dayMinutes), on the mean day (the back-office queue carries over
 * days, so the busiest hour does not matter: `peakLoad` is the busiest day). Cases decided on the
 * spot (their complete-materials route, in the hall or online, is on-the-spot) add no back-office work.
 *
 * Reads CompiledCentre only; pure.
 */
import { loadReport, type LoadReport, type OfferedLoad } from '../analytic/offeredLoad';
import { ROUTE_AUTH, ROUTE_COMPLETE, ROUTE_ONLINE, ROUTE_VARIANTS, type CompiledCentre } from './compileCentre';

/** The offered load of every window group and back office of a compiled centre. Pure. */
export function centreOfferedLoad(cc: CompiledCentre): LoadReport {
  const days = cc.dayVolume.length;
  let sumDay = 0;
  let maxDay = 0;
  for (let d = 0; d < days; d++) {
    sumDay += cc.dayVolume[d];
    maxDay = Math.max(maxDay, cc.dayVolume[d]);
  }
  const meanDay = days > 0 ? sumDay / days : 0;
  const slots = Math.max(1, cc.hourWeight.length);
  const slotMin = cc.dayMinutes / slots;
  let maxHour = 0;
  for (let h = 0; h < cc.hourWeight.length; h++) maxHour = Math.max(maxHour, cc.hourWeight[h]);
  if (cc.hourWeight.length === 0) maxHour = 1;

  const G = cc.groupServers.length;
  const B = cc.boServers.length;
  /** window minutes per day (mean day), and in the busiest slot of the busiest day */
  const gWork = new Float64Array(G);
  const gPeak = new Float64Array(G);
  /** window visits per mean day (for the mean minutes per visit) */
  const gVisits = new Float64Array(G);
  const bWork = new Float64Array(B);
  const bPeak = new Float64Array(B);

  const visits = 1 + ((1 - cc.pCompleteFirst) * (1 - cc.acceptWithGapsP)) / Math.max(1e-9, cc.pCompleteRetry);
  let prevCum = 0;
  for (let i = 0; i < cc.nItems; i++) {
    const share = cc.itemCum[i] - prevCum;
    prevCum = cc.itemCum[i];
    const base = i * ROUTE_VARIANTS;
    const onlineRouted = cc.online && cc.itemOnline[i] === 1 && cc.itemRoute[base + ROUTE_ONLINE + ROUTE_COMPLETE] >= 0;
    const hall = onlineRouted ? 1 - cc.onlineAdoption : 1;
    const g = cc.itemGroup[i];
    // cases a stationed department keeps at its own office (体外循环) are served at its office's counters
    const out = cc.itemOutP[i];
    const office = out > 0 ? cc.depOffice[cc.itemDep[i]] : -1;
    if (g >= 0) {
      const minutes = hall * visits * cc.itemServiceMin[i];
      gWork[g] += meanDay * share * (1 - out) * minutes;
      gVisits[g] += meanDay * share * (1 - out) * hall * visits;
      gPeak[g] += maxDay * maxHour * share * (1 - out) * minutes;
      if (office >= 0) {
        gWork[office] += meanDay * share * out * visits * cc.itemServiceMin[i];
        gVisits[office] += meanDay * share * out * visits;
        gPeak[office] += maxDay * maxHour * share * out * visits * cc.itemServiceMin[i];
      }
    }
    // decisions on the spot (at the window, or online) spare the back office
    const onSpot = (program: number) => program >= 0 && cc.programOnSpot[program] === 1;
    // … for the cases within the window's authority (ROUTE_AUTH) and those beyond it
    const notOnSpot = (v: number) => cc.itemAuthP[i] * (onSpot(cc.itemRoute[base + ROUTE_AUTH + v]) ? 0 : 1) + (1 - cc.itemAuthP[i]) * (onSpot(cc.itemRoute[base + v]) ? 0 : 1);
    const toBackOffice = hall * notOnSpot(ROUTE_COMPLETE) + (1 - hall) * notOnSpot(ROUTE_ONLINE + ROUTE_COMPLETE);
    for (let k = 0; k < cc.itemStepCount[i]; k++) {
      const step = cc.itemStepStart[i] + k;
      const b = cc.stepBo[step];
      if (b < 0) continue;
      // the review's effort and each sign-off layer's minutes, by the same staff
      const work = cc.stepEffortMin[step] + cc.stepLayers[step] * cc.signOffMin;
      bWork[b] += meanDay * share * toBackOffice * work;
      bPeak[b] += maxDay * share * toBackOffice * work;
    }
  }
  // stage-3 counter lines: their own counters, flat over the year
  for (let j = 0; j < cc.lineIds.length; j++) {
    if (cc.lineKind[j] !== 1) continue;
    const g = cc.itemGroup[cc.nItems + j];
    if (g < 0) continue;
    const minutes = cc.itemServiceMin[cc.nItems + j];
    gWork[g] += cc.linePerDay[j] * minutes;
    gVisits[g] += cc.linePerDay[j];
    gPeak[g] += cc.linePerDay[j] * maxHour * minutes;
  }

  const rho = (work: number, capacity: number) => (work === 0 ? 0 : capacity > 0 ? work / capacity : Infinity);
  const loads: OfferedLoad[] = [];
  for (let g = 0; g < G; g++) {
    const servers = cc.groupServers[g];
    const dep = cc.groupDep[g];
    loads.push({
      id: dep >= 0 ? cc.depIds[dep] : cc.groupIds[g],
      where: 'windows',
      load: rho(gWork[g], servers * cc.dayMinutes),
      peakLoad: rho(gPeak[g], servers * slotMin),
      servers,
      ...(gVisits[g] > 0 ? { meanServiceMinutes: gWork[g] / gVisits[g] } : {}),
      ...(dep >= 0 ? {} : { shared: true as const }),
    });
  }
  for (let b = 0; b < B; b++) {
    const servers = cc.boServers[b];
    const shared = !cc.depIds.includes(cc.boIds[b]) || cc.depBo[cc.depIds.indexOf(cc.boIds[b])] !== b;
    loads.push({ id: cc.boIds[b], where: 'backOffice', load: rho(bWork[b], servers * cc.dayMinutes), peakLoad: rho(bPeak[b], servers * cc.dayMinutes), servers, ...(shared ? { shared: true as const } : {}) });
  }
  return loadReport(loads);
}
