/**
 * Bench case: validating a large network document (issue 12: a chain of 400 stations took 18 s to
 * validate, 800 more than 200 s). A chain of 5,000 stations (about 0.6 MB of JSON), parsed and run
 * through the whole load pipeline (schema, cross-field checks, the run estimate) and the offered
 * load report `run` prints before a run; listed last to first so no order helps. Target: ≤ 2 s.
 */
import { loadScenario } from '../../engine/scenario/loadScenario';
import { chainNetwork } from '../../engine/scenario/chainNetwork';
import { networkOfferedLoad } from '../../engine/analytic/offeredLoad';
import type { NetworkScenario } from '../../engine/scenario/networkSchema';
import type { BenchCase } from './types';
import { median } from './types';

export const validateLargeCase: BenchCase = {
  id: 'validate-5000',
  title: 'validate a chain of 5,000 stations (load pipeline + offered loads), 1 thread',
  async run(ctx) {
    const n = ctx.quick ? 500 : 5000;
    const text = JSON.stringify(chainNetwork(n, true));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const s = loadScenario(text) as NetworkScenario;
      networkOfferedLoad(s);
      times.push((performance.now() - start) / 1000);
    }
    return [
      { name: 'stations', value: n, unit: '' },
      { name: 'document', value: text.length / 1e6, unit: 'MB' },
      { name: 'validate + offered loads (median of 3)', value: median(times), unit: 's', target: ctx.quick ? undefined : { op: '<=', value: 2 } },
    ];
  },
};
