/**
 * Issue 10 item 7: the results JSON the Plan view exports holds the scenario with its seed and
 * replications, and `onewindow run` on that scenario reproduces the exported numbers exactly.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { runReplications } from '../../src/engine/run/runReplications';
import { summarise } from '../../src/engine/run/summarise';
import { summaryJson } from '../../src/ui/export/summaryExport';
import { engineModels } from '../../models/centreTypes/centreModels';
import { presetJson } from '../centre/helpers';
import { cli, tempFile } from './cliHelpers';

describe('exported results JSON → onewindow run', () => {
  it('the CLI run of the exported scenario gives the same KPIs, departments and seed', async () => {
    // what Plan runs: a preset with the typed replications and seed (short here, to keep the test fast)
    const raw = presetJson('dalian-2009');
    const ran = { ...raw, seed: 11, simulation: { ...(raw.simulation as object), days: 3, warmupDays: 0 } };
    const scenario = loadScenario({ ...ran, replications: 2 });
    // the worker pool's summary: replications 0..R−1 merged by the engine's summarise
    const summary = summarise({ ...scenario, replications: 2 }, runReplications(scenario, { from: 0, to: 2, models: engineModels }));
    const exported = JSON.parse(summaryJson(summary, ran));
    expect(exported.scenario.seed).toBe(11);
    expect(exported.scenario.replications).toBe(2);

    const file = tempFile('exported.scenario.json', exported.scenario);
    const r = await cli(['run', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.seed).toBe(11);
    expect(out.replications).toBe(2);
    // the CLI lists configuration values (inputs: staff, windows, …) apart from the simulated KPIs, without a CI
    const configuration = (out.configuration ?? {}) as Record<string, number>;
    expect([...Object.keys(out.kpis), ...Object.keys(configuration)].sort()).toEqual(Object.keys(exported.kpis).sort());
    for (const [k, e] of Object.entries(exported.kpis as Record<string, { mean: number; ci95: number[] }>)) {
      if (k in configuration) {
        expect(configuration[k], k).toBe(e.mean);
        continue;
      }
      expect(out.kpis[k].mean, k).toBe(e.mean);
      expect(out.kpis[k].ci95, k).toEqual(e.ci95);
    }
    for (const [dep, metrics] of Object.entries(exported.departments as Record<string, Record<string, { mean: number }>>))
      for (const [m, e] of Object.entries(metrics)) expect(out.departments[dep][m].mean, `${dep}.${m}`).toBe(e.mean);
  }, 120_000);
});
