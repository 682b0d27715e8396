// @vitest-environment jsdom
/**
 * The Plan view and the shell in jsdom with a fake pool (no workers): the run machine, the
 * narrow selectors, progress, results, engine errors and the language switch, end to end in React.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareOptions, CompareResult, RunOptions, SimPool } from '../../src/client/simPool';
import type { RunSummary } from '../../src/engine/types';
import { App } from '../../src/ui/App';
import { preloadViews } from '../../src/ui/views';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { LOCALE_STORAGE_KEY } from '../../src/ui/i18n/messages';
import { SimPoolProvider } from '../../src/ui/pool/SimPoolProvider';
import { DRAFT_STORAGE_KEY } from '../../src/ui/draft/leverDraft';

// The real pool starts module workers, which jsdom lacks; these tests hand the provider a fake.
vi.mock('../../src/client/simPool', () => ({
  createSimPool: () => {
    throw new Error('tests pass a fake pool');
  },
}));

const est = (mean: number, hw: number) => ({ mean, ci95: [mean - hw, mean + hw] as [number, number], halfWidth: hw, n: 4 });

function summary(replications: number): RunSummary {
  return {
    name: 'M/M/10',
    kind: 'onewindow/network',
    seed: 1,
    replications,
    kpis: { meanWaitMinutes: est(0.7, 0.05), p90WaitMinutes: est(1.95, 0.1), meanTimeInSystemMinutes: est(1.7, 0.05), casesCompleted: est(170000, 300) },
    stations: { hall: { utilisation: est(0.9, 0.002), meanQueueLength: est(6.1, 0.4) } },
    classes: {},
    analytic: { erlangC: { meanWaitMinutes: 0.668731524107697 } },
    events: 1_000_000,
    engineSeconds: 0.5,
    waits: Float64Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : (i % 17) / 4)),
  };
}

interface Deferred {
  options: RunOptions;
  scenario: unknown;
  resolve: (s: RunSummary) => void;
  reject: (e: unknown) => void;
}

function fakePool() {
  const runs: Deferred[] = [];
  const compares: Array<{ a: unknown; b: unknown; options: CompareOptions; resolve: (r: CompareResult) => void }> = [];
  const pool: SimPool = {
    size: 1,
    dispose: vi.fn(),
    validate: async (json) => ({ ok: true, scenario: json as never }),
    dayRecords: () => Promise.reject(new Error('not used')),
    runKept(scenario, options) {
      return this.run(scenario, options).then((summary) => ({ summary, results: [] }));
    },
    runProjection: () => Promise.reject(new Error('not used in Plan')),
    runSynergy: () => Promise.reject(new Error('not used in Plan')),
    compare: (a, b, options = {}) =>
      new Promise<CompareResult>((resolve, reject) => {
        compares.push({ a, b, options, resolve });
        options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      }),
    compareMany: () => Promise.reject(new Error('not used in Plan')),
    windowBrackets: () => Promise.reject(new Error('not used')),
    run: (scenario, options = {}) =>
      new Promise<RunSummary>((resolve, reject) => {
        runs.push({ options, scenario, resolve, reject });
        options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      }),
  };
  return { pool, runs, compares };
}

function renderApp(pool: SimPool, locale?: 'en' | 'zh-CN', scenario = 'mmc') {
  const view = render(
    <I18nProvider locale={locale}>
      <SimPoolProvider create={() => pool}>
        <App />
      </SimPoolProvider>
    </I18nProvider>,
  );
  if (scenario) fireEvent.change(document.getElementById('scenario-picker')!, { target: { value: scenario } });
  return view;
}

const flush = () => act(async () => {});

/** Open the Plan view's levers panel (jsdom does not toggle <details> on a click). */
function openLevers() {
  const details = document.querySelector<HTMLDetailsElement>('[data-view="plan"] details.levers')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

// the views are chunks loaded on first visit: load them all so the app renders at once
beforeAll(() => preloadViews());
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Plan view with a fake pool', () => {
  it('runs the form’s scenario, shows progress, then the KPIs with CI and Erlang C and the histogram', async () => {
    const { pool, runs } = fakePool();
    renderApp(pool, 'en');
    fireEvent.change(screen.getByLabelText('Replications R'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();

    expect(runs).toHaveLength(1);
    expect(runs[0].scenario).toMatchObject({ type: 'onewindow/network', replications: 4, stations: [{ servers: 10 }] });
    expect(screen.getByRole('status').dataset.status).toBe('running');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveProperty('disabled', true);

    act(() => runs[0].options.onProgress?.({ done: 2, total: 4 }));
    expect(screen.getByText('2 / 4 replications')).toBeTruthy();

    await act(async () => runs[0].resolve(summary(4)));
    expect(screen.getByRole('status').textContent).toBe('Done: 4 replications.');
    const row = screen.getByRole('row', { name: /Mean wait in queue/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Mean wait in queue (min)');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0.700', '[0.650, 0.750] ±0.050', '0.669', 'yes']);
    expect(screen.getByRole('row', { name: /Server utilisation/ }).textContent).toContain('90.0%');
    const chart = screen.getByRole('img', { name: /Distribution of waiting times/ });
    expect(chart.querySelectorAll('rect.histogram-bar').length).toBeGreaterThan(3);
  });

  it('cancel aborts the run’s signal and shows the cancelled state', async () => {
    const { pool, runs } = fakePool();
    renderApp(pool, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(runs[0].options.signal?.aborted).toBe(true);
    expect(screen.getByRole('status').dataset.status).toBe('cancelled');
  });

  it('opens on the Dalian 2009 preset and runs its scenario with the typed replications; centre KPIs are grouped with Chinese names', async () => {
    const { pool, runs } = fakePool();
    renderApp(pool, 'zh-CN', '');
    expect((document.getElementById('scenario-picker') as HTMLSelectElement).value).toBe('dalian-2009');
    fireEvent.change(screen.getByLabelText('重复次数 R'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    await flush();
    expect(runs[0].scenario).toMatchObject({ type: 'onewindow/centre', year: 2009 });
    expect(runs[0].options.replications).toBe(2);
    const centre: RunSummary = {
      ...summary(2),
      name: (runs[0].scenario as { name: string }).name,
      kind: 'onewindow/centre',
      kpis: { atMostOneTripRate: est(0.8, 0.01), tripsPerCase: est(1.3, 0.02), onTimeRate: est(0.97, 0.01), someNewKpi: est(2, 0.1) },
      analytic: {},
    };
    await act(async () => runs[0].resolve(centre));
    expect(screen.getByRole('heading', { level: 2, name: /结果：大连市政府行政服务中心 2009/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '跑动' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /最多跑一次实现率/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['80.0%', '[79.0%, 81.0%] ±1.0%']);
    expect(screen.getByRole('row', { name: /跑动次数（次）/ })).toBeTruthy();
    expect(screen.getByRole('row', { name: /someNewKpi/ })).toBeTruthy();
  });

  it('shows the engine’s validation message and marks the field it names', async () => {
    const { pool } = fakePool();
    pool.validate = async () => ({ ok: false, message: 'invalid stations[0].servers: must be an integer ≤ 500, got 1000', path: 'stations[0].servers' });
    renderApp(pool, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();
    expect(screen.getByTestId('run-error').textContent).toContain('invalid stations[0].servers: must be an integer ≤ 500, got 1000');
    expect(screen.getByLabelText('Windows c').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps what the user typed and names the field and rule', () => {
    const { pool, runs } = fakePool();
    renderApp(pool, 'en');
    const servers = screen.getByLabelText('Windows c');
    fireEvent.change(servers, { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(runs).toHaveLength(0);
    expect(screen.getByText('Windows c: must be an integer ≥ 1, got -3')).toBeTruthy();
    expect((servers as HTMLInputElement).value).toBe('-3');
  });
});

describe('Plan levers: the shared draft, paired with the unedited preset', () => {
  const centre = (name: string, trips: number): RunSummary => ({
    ...summary(3),
    name,
    kind: 'onewindow/centre',
    kpis: { tripsPerCase: est(trips, 0.05), onTimeRate: est(0.97, 0.01) },
    analytic: {},
  });

  it('an edit in Plan is the shared draft; the run is named after it and paired with the preset under one seed', async () => {
    const { pool, runs, compares } = fakePool();
    renderApp(pool, 'en', 'dalian-2002');
    const plan = within(document.querySelector<HTMLElement>('[data-view="plan"]')!);
    openLevers();
    fireEvent.click(document.getElementById('plan-lever-mech-deemedApproval')!);
    expect(plan.getByText(/1 changes from the preset/)).toBeTruthy();
    // the draft is the one the Compare view reads
    const stored = JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY)!);
    expect(stored).toMatchObject({ baseId: 'dalian-2002', scenario: { mechanisms: { deemedApproval: { on: true } } } });

    fireEvent.change(plan.getByLabelText('Replications R'), { target: { value: '3' } });
    fireEvent.click(plan.getByRole('button', { name: 'Run' }));
    await flush();
    expect(runs[0].scenario).toMatchObject({ name: expect.stringMatching(/^Dalian 2002 .*\+超时默许$/), mechanisms: { deemedApproval: { on: true } } });
    await act(async () => runs[0].resolve(centre((runs[0].scenario as { name: string }).name, 1.2)));
    expect(plan.getByRole('heading', { level: 2, name: /\+超时默许/ })).toBeTruthy();

    // paired with the unedited preset: a = the preset, b = the run, the run's seed and replications
    expect(compares).toHaveLength(1);
    expect(compares[0].a).toMatchObject({ name: expect.stringMatching(/^Dalian 2002 — /) });
    expect((compares[0].a as { mechanisms: Record<string, { on?: boolean }> }).mechanisms.deemedApproval?.on).not.toBe(true);
    expect(compares[0].b).toBe(runs[0].scenario);
    expect(compares[0].options).toMatchObject({ replications: 3, seed: 1 });
    expect(plan.getByTestId('pair-status').dataset.status).toBe('running');
    const differences = { kpis: { tripsPerCase: est(-0.3, 0.02), onTimeRate: est(0.001, 0.004) }, stations: {}, classes: {}, pairs: 3 };
    await act(async () => compares[0].resolve({ a: centre('Dalian 2002', 1.5), b: centre('x', 1.2), differences }));
    expect(plan.getByTestId('pair-status').textContent).toContain('3 paired replications');
    const trips = plan.getByRole('row', { name: /Trips per case/ });
    expect(within(trips).getAllByRole('cell').slice(-2).map((c) => c.textContent)).toEqual(['1.50', '-0.30 ±0.02']);
    expect(trips.querySelector('[data-col="diff"]')!.getAttribute('data-clear')).toBe('true');
    expect(plan.getByRole('row', { name: /Completed on time/ }).querySelector('[data-col="diff"]')!.getAttribute('data-clear')).toBe('false');

    // the language is only how it reads: switching it runs nothing again
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(compares).toHaveLength(1);
    expect(plan.getByTestId('pair-status').textContent).toContain('共 3 对重复');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    // "nothing" drops the columns
    fireEvent.change(plan.getByLabelText('Difference against'), { target: { value: 'none' } });
    expect(plan.queryByText('Paired difference (95% CI)')).toBeNull();
  });

  it('a draft holding edits of another preset is offered, not replaced', () => {
    const { pool } = fakePool();
    renderApp(pool, 'en', 'dalian-2002');
    openLevers();
    fireEvent.click(document.getElementById('plan-lever-mech-deemedApproval')!);
    fireEvent.change(document.getElementById('scenario-picker')!, { target: { value: 'ningbo' } });
    openLevers();
    expect(screen.getByTestId('levers-elsewhere').textContent).toContain('+超时默许');
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    expect((document.getElementById('scenario-picker') as HTMLSelectElement).value).toBe('dalian-2002');
    expect((document.getElementById('plan-lever-mech-deemedApproval') as HTMLInputElement).checked).toBe(true);
  });
});

describe('language switch', () => {
  it('switches every visible string, sets <html lang> and remembers the choice', () => {
    const { pool } = fakePool();
    renderApp(pool);
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('button', { name: '运行' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '规划' }).getAttribute('aria-current')).toBe('page');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.title).toBe('规划 · 一窗 OneWindow');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Run' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
