// @vitest-environment jsdom
/**
 * Issue 9 point 7 in the Plan view: the worker's validation carries the offered loads, and the
 * view names each overloaded department (zh/en) as soon as the run starts, before its results.
 * The fake pool validates with the real worker API in-process; the run itself never resolves.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunSummary, SimPool } from '../../src/client/simPool';
import { simApi } from '../../src/worker/api';
import { App } from '../../src/ui/App';
import { preloadViews } from '../../src/ui/views';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { SimPoolProvider } from '../../src/ui/pool/SimPoolProvider';

vi.mock('../../src/client/simPool', () => ({
  createSimPool: () => {
    throw new Error('tests pass a fake pool');
  },
}));

/** Dalian 2009 with the Housing Provident Fund's back office cut to one person (the preset itself is not overloaded). */
function squeezeFund(json: unknown): unknown {
  const doc = json as { departments?: Array<{ id: string; windows: number; staff: number }> };
  if (!Array.isArray(doc.departments)) return json;
  return { ...doc, departments: doc.departments.map((d) => (d.id === 'fund' ? { ...d, staff: d.windows + 1 } : d)) };
}

function fakePool(): SimPool {
  return {
    size: 1,
    dispose: vi.fn(),
    validate: async (json) => simApi.validate(squeezeFund(json)),
    run: (_scenario, options = {}) =>
      new Promise<RunSummary>((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')))),
    dayRecords: () => Promise.reject(new Error('not used')),
    runKept(scenario, options) {
      return this.run(scenario, options).then((summary) => ({ summary, results: [] }));
    },
    runProjection: () => Promise.reject(new Error('not used')),
    runSynergy: () => Promise.reject(new Error('not used')),
    compare: () => Promise.reject(new Error('not used')),
    compareMany: () => Promise.reject(new Error('not used')),
    windowBrackets: () => Promise.reject(new Error('not used')),
  };
}

function renderPlan(locale: 'en' | 'zh-CN') {
  render(
    <I18nProvider locale={locale}>
      <SimPoolProvider create={fakePool}>
        <App />
      </SimPoolProvider>
    </I18nProvider>,
  );
}

// the views are chunks loaded on first visit: load them all so the app renders at once
beforeAll(() => preloadViews());
beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Plan view: overload named before the results', () => {
  it('Dalian 2009 with one back-office person at the Housing Provident Fund (zh): that back office is named with its load ≥ 1 while the run is still going', async () => {
    renderPlan('zh-CN');
    expect(screen.queryByTestId('overload-warning')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    await act(async () => {});
    const warning = screen.getByTestId('overload-warning');
    expect(warning.textContent).toContain('运行前过载提示');
    const fund = screen.getAllByTestId('overload-unstable').find((li) => li.dataset.id === 'fund')!;
    expect(fund.dataset.where).toBe('backOffice');
    expect(fund.textContent).toMatch(/^住房公积金中心：后台负荷率 \d+\.\d\d ≥ 1（平均日；1 名后台人员）/);
  });

  it('the M/M/c hall at ρ = 0.96 (en; the form refuses ρ ≥ 1 itself): the station is named as near overload', async () => {
    renderPlan('en');
    fireEvent.change(document.getElementById('scenario-picker')!, { target: { value: 'mmc' } });
    fireEvent.change(screen.getByLabelText('Arrival rate λ'), { target: { value: '9.6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await act(async () => {});
    expect(screen.getByTestId('overload-warning').textContent).toContain('Near overload');
    expect(screen.queryAllByTestId('overload-unstable')).toHaveLength(0);
    const items = screen.getAllByTestId('overload-near');
    expect(items.map((li) => li.textContent)).toEqual(['station hall: offered load 0.96, near 1 (servers: 10).']);
  });
});
