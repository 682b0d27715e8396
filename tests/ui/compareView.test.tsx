// @vitest-environment jsdom
/**
 * The Compare and Research views in jsdom with a fake pool (no workers): the lever editor keeps a
 * bad value with a field-named message and stores the draft; a comparison runs both scenarios with
 * one seed and shows verdicts; cancel aborts; the engine's own validation of the draft is shown;
 * a sweep runs one scenario per point with the same seed.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareOptions, CompareResult, RunOptions, RunSummary, SimPool, ValidationResult } from '../../src/client/simPool';
import { App } from '../../src/ui/App';
import { preloadViews } from '../../src/ui/views';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { SimPoolProvider } from '../../src/ui/pool/SimPoolProvider';
import { DRAFT_STORAGE_KEY } from '../../src/ui/draft/leverDraft';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The default preset (Dalian 2009, the replay at 2009): the values these tests toggle and read. */
const dalian2009 = JSON.parse(readFileSync(join(process.cwd(), 'models/presets/dalian-2009.scenario.json'), 'utf8')) as { departments: { windows: number }[]; mechanisms: { parallelApproval?: { on?: boolean } } };
const parallelOn = dalian2009.mechanisms.parallelApproval?.on === true;

vi.mock('../../src/client/simPool', () => ({
  createSimPool: () => {
    throw new Error('tests pass a fake pool');
  },
}));

const est = (mean: number, hw: number) => ({ mean, ci95: [mean - hw, mean + hw] as [number, number], halfWidth: hw, n: 3 });

function summary(name: string, wait: number): RunSummary {
  return {
    name, kind: 'onewindow/centre', seed: 1, replications: 3,
    kpis: { meanWaitMinutes: est(wait, 0.2), tripsPerCase: est(1.2, 0.05), onTimeRate: est(0.95, 0.01), windowUtilisation: est(0.5, 0.01) },
    stations: {}, classes: {}, analytic: {}, events: 1, engineSeconds: 0, waits: new Float64Array(0),
  };
}

function fakePool(validation: ValidationResult | ((json: unknown) => ValidationResult) = (json) => ({ ok: true, scenario: json as never })) {
  const compares: Array<{ a: unknown; b: unknown; options: CompareOptions; resolve: (r: CompareResult) => void }> = [];
  const runs: Array<{ scenario: unknown; options: RunOptions }> = [];
  const manys: Array<{ base: unknown; variants: readonly unknown[]; options: CompareOptions }> = [];
  const pool: SimPool = {
    size: 1,
    dispose: vi.fn(),
    validate: async (json) => (typeof validation === 'function' ? validation(json) : validation),
    dayRecords: () => Promise.reject(new Error('not used')),
    runKept(scenario, options) {
      return this.run(scenario, options).then((summary) => ({ summary, results: [] }));
    },
    runProjection: () => Promise.reject(new Error('not used')),
    runSynergy: () => Promise.reject(new Error('not used')),
    run: async (scenario, options = {}) => {
      runs.push({ scenario, options });
      const share = (scenario as { departments: Array<{ authorisationShare: number }> }).departments[0].authorisationShare;
      options.onProgress?.({ done: options.replications ?? 1, total: options.replications ?? 1 });
      return summary('point', 5 - 3 * share);
    },
    windowBrackets: () => Promise.reject(new Error('not used')),
    compareMany: async (base, variants, options = {}) => {
      manys.push({ base, variants, options });
      return {
        base: summary('base', 5),
        variants: variants.map((_, i) => ({ summary: summary('v', 5 - i * 0.1), differences: { kpis: { tripsPerCase: est(i === 5 ? -0.3 : 0, 0.05), meanWaitMinutes: est(0, 0) }, stations: {}, classes: {}, pairs: 3 } })),
      };
    },
    compare: (a, b, options = {}) =>
      new Promise<CompareResult>((resolve, reject) => {
        compares.push({ a, b, options, resolve });
        options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      }),
  };
  return { pool, compares, runs, manys };
}

function renderAt(hash: string, pool: SimPool) {
  window.location.hash = hash;
  return render(
    <I18nProvider locale="en">
      <SimPoolProvider create={() => pool}>
        <App />
      </SimPoolProvider>
    </I18nProvider>,
  );
}

const flush = () => act(async () => {});
const compareView = () => within(document.querySelector<HTMLElement>('[data-view="compare"]')!);

// the views are chunks loaded on first visit: load them all so the app renders at once
beforeAll(() => preloadViews());
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('lever editor', () => {
  it('a switch changes the draft; a bad number names the field and rule, stays as typed, and the draft is stored', async () => {
    const { pool, compares } = fakePool();
    renderAt('#/compare', pool);
    const view = compareView();
    expect(view.getByTestId('lever-status').textContent).toContain('0 fields changed');
    fireEvent.click(view.getByLabelText('并联审批 parallel approval'));
    expect(view.getByTestId('lever-status').textContent).toContain('1 fields changed');

    // one department editor (Plan's table), none inside the lever editor
    expect(view.getByTestId('lever-editor').querySelector('input[data-path^="departments["]')).toBeNull();
    const table = view.getByTestId('compare-dep-departments');
    const windows = table.querySelector<HTMLInputElement>('input[data-path="departments[0].windows"]')!;
    fireEvent.change(windows, { target: { value: '-2' } });
    expect(windows.value).toBe('-2');
    // the rule at the field, in words, never a raw path (issue 10)
    expect(table.querySelector('[data-field-error="departments[0].windows"]')!.textContent).toBe('must be a whole number ≥ 0, got -2');
    // Compare refuses to run the draft while a field breaks its rule (as Plan's Run does)
    fireEvent.click(view.getByRole('button', { name: 'Compare' }));
    await flush();
    expect(compares).toHaveLength(0);
    expect(view.getByTestId('compare-blocked').textContent).toBe('1 fields break a rule (marked in red). Fix them before running; nothing was run.');
    expect(document.activeElement).toBe(windows);
    const stored = JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!);
    expect(stored.text['departments[0].windows']).toBe('-2');
    expect(stored.scenario.departments[0].windows).toBe(dalian2009.departments[0].windows); // the last valid value
    expect(stored.scenario.mechanisms.parallelApproval.on).toBe(!parallelOn);
  }, 180_000);

  it('shows the engine’s own validation of the draft, on the field it names', async () => {
    const message = 'invalid departments[0].windows: must be ≥ 1 for a stationed department with department windows, got 0';
    renderAt('#/compare', fakePool({ ok: false, message, path: 'departments[0].windows', rule: { code: 'department.stationedWindows' } }).pool);
    // in the UI's words: the field and its department, the rule, no raw path
    await waitFor(() =>
      expect(screen.getByTestId('lever-engine-error').textContent).toContain('windows (Administration for Industry and Commerce): must be ≥ 1 for a stationed department with department windows, got 0'),
      { timeout: 20_000 },
    );
    expect(screen.getByTestId('lever-engine-error').textContent).not.toContain('departments[0]');
    // at the department's own cell too, and Compare does not run the draft
    expect(screen.getByTestId('compare-dep-departments').querySelector('[data-field-error="departments[0].windows"]')!.textContent).toBe('windows (Administration for Industry and Commerce): must be ≥ 1 for a stationed department with department windows, got 0');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await flush();
    expect(screen.getByTestId('compare-blocked')).toBeTruthy();
  }, 120_000);
});

describe('comparison', () => {
  it('runs a and b with one seed and the chosen days, then shows CIs, b − a and verdicts', async () => {
    const { pool, compares } = fakePool();
    renderAt('#/compare', pool);
    const view = compareView();
    fireEvent.change(view.getByLabelText('Scenario a (baseline)'), { target: { value: 'dalian-2002' } });
    fireEvent.change(document.getElementById('field-compare-replications')!, { target: { value: '3' } });
    fireEvent.change(document.getElementById('field-compare-days')!, { target: { value: '4' } });
    fireEvent.click(view.getByRole('button', { name: 'Compare' }));
    await flush();
    expect(compares).toHaveLength(1);
    expect(compares[0].options).toMatchObject({ replications: 3, seed: 1 });
    expect(compares[0].a).toMatchObject({ seed: 1, replications: 3, simulation: { days: 4 } });
    expect(compares[0].b).toMatchObject({ seed: 1, simulation: { days: 4 } });
    expect(view.getByTestId('compare-status').dataset.status).toBe('running');

    act(() => compares[0].options.onProgress?.({ done: 3, total: 6 }));
    expect(view.getByText('3 / 6 replications')).toBeTruthy();
    await act(async () =>
      compares[0].resolve({
        a: summary('A', 5),
        b: summary('B', 3),
        differences: { kpis: { meanWaitMinutes: est(-2, 0.3), tripsPerCase: est(0.01, 0.05), onTimeRate: est(-0.02, 0.005), windowUtilisation: est(0.1, 0.01) }, stations: {}, classes: {}, pairs: 3 },
      }),
    );
    const results = view.getByTestId('compare-results');
    const verdict = (kpi: string) => results.querySelector(`tr[data-kpi="${kpi}"] [data-col="verdict"]`)!.textContent;
    expect(verdict('meanWaitMinutes')).toBe('significantly better');
    expect(verdict('tripsPerCase')).toBe('no significant difference');
    expect(verdict('onTimeRate')).toBe('significantly worse');
    expect(verdict('windowUtilisation')).toBe('significant change');
    expect(results.querySelector('tr[data-kpi="meanWaitMinutes"] [data-col="diff"]')!.textContent).toBe('-2.00 [-2.30, -1.70]');
    expect(view.getByTestId('compare-summary').textContent).toBe('Significant differences: 1 better, 1 worse, 1 changed without a better direction; 0 real but below the practical threshold (negligible).');
    expect(view.getByTestId('difference-chart').querySelectorAll('g[data-kpi]')).toHaveLength(3);
    expect(view.getByTestId('compare-command').textContent).toMatch(/^npx onewindow compare a-Dalian-2002-founding-of-the-approval-centre\.scenario\.json b-Edited-Dalian-2009-[\w-]*[^-]\.scenario\.json --replications 3 --seed 1$/);
  }, 120_000);

  it('cancel aborts the comparison’s signal', async () => {
    const { pool, compares } = fakePool();
    renderAt('#/compare', pool);
    const view = compareView();
    fireEvent.click(view.getByRole('button', { name: 'Compare' }));
    await flush();
    fireEvent.click(within(view.getByTestId('compare-status').closest('form')!).getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(compares[0].options.signal?.aborted).toBe(true);
    expect(view.getByTestId('compare-status').dataset.status).toBe('cancelled');
  });
});

describe('research sweep', () => {
  it('runs one scenario per point with the same seed, charts the KPIs with CI bands and gives the command lines', async () => {
    const { pool, runs } = fakePool();
    renderAt('#/research', pool);
    const view = within(document.querySelector<HTMLElement>('[data-view="research"]')!);
    fireEvent.change(view.getByLabelText('Points (2–11)'), { target: { value: '3' } });
    fireEvent.click(view.getByRole('button', { name: 'Run the sweep' }));
    await flush();
    await flush();
    expect(runs.map((r) => (r.scenario as { departments: Array<{ authorisationShare: number }> }).departments[0].authorisationShare)).toEqual([0, 0.5, 1]);
    expect(runs.every((r) => (r.scenario as { seed: number }).seed === 1 && r.options.replications === 3)).toBe(true);
    expect(view.getByTestId('research-status').dataset.status).toBe('done');
    const chart = view.getByTestId('sweep-chart-meanWaitMinutes');
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(chart.querySelector('[data-testid="ci-band"]')!.getAttribute('d')).toMatch(/^M/);
    expect(view.getByTestId('research-commands').textContent!.split('\n')).toHaveLength(3);
  });
});

describe('each mechanism alone', () => {
  it('runs the base against eleven one-switch variants with one seed and reads one KPI per mechanism', async () => {
    const { pool, manys } = fakePool();
    renderAt('#/research', pool);
    const view = within(document.querySelector<HTMLElement>('[data-view="research"]')!);
    fireEvent.click(view.getByRole('button', { name: 'Compare each mechanism' }));
    await flush();
    await flush();
    expect(manys).toHaveLength(1);
    expect(manys[0].variants).toHaveLength(11);
    expect(manys[0].base).toMatchObject({ seed: 1, simulation: { days: 5 } });
    expect(manys[0].options).toMatchObject({ replications: 3, seed: 1 });
    expect((manys[0].variants[5] as { mechanisms: { parallelApproval: { on: boolean } } }).mechanisms.parallelApproval.on).toBe(!parallelOn); // the variant switches Dalian 2009's 并联审批
    const results = view.getByTestId('oat-results');
    expect(results.querySelectorAll('tr[data-mechanism]')).toHaveLength(11);
    expect(results.querySelector('tr[data-mechanism="parallelApproval"]')!.getAttribute('data-verdict')).toBe('better');
    expect(results.querySelector('tr[data-mechanism="parallelApproval"] th')!.textContent).toBe(`${parallelOn ? '−' : '+'}并联审批 parallel approval`);
    expect(view.getByTestId('oat-chart').querySelectorAll('g[data-kpi]')).toHaveLength(11);
  });
});
