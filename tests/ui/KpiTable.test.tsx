// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { difference, insideInterval, KpiTable, type KpiRow } from '../../src/ui/components/KpiTable';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';

afterEach(cleanup);

const minutes = (v: number) => `${v.toFixed(3)} min`;
const rows: KpiRow[] = [
  { id: 'meanWaitMinutes', label: 'Mean wait in queue', estimate: { mean: 0.7, ci95: [0.62, 0.78], halfWidth: 0.08, n: 20 }, format: minutes, theory: 0.6687 },
  { id: 'p90WaitMinutes', label: 'Wait in queue, 90th percentile', estimate: { mean: 2.2, ci95: [2.15, 2.25], halfWidth: 0.05, n: 20 }, format: minutes, theory: 1.9 },
  { id: 'casesCompleted', label: 'Cases completed', unit: '件', estimate: { mean: 1000, ci95: [990, 1010], halfWidth: 10, n: 20 }, format: (v) => `${v}` },
];

describe('KpiTable', () => {
  it('shows each KPI with its mean, 95% CI, half-width, theory and whether theory is inside the CI', () => {
    render(
      <I18nProvider locale="en">
        <KpiTable rows={rows} caption="Means over 20 replications" />
      </I18nProvider>,
    );
    const table = screen.getByRole('table', { name: 'Means over 20 replications' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Indicator',
      'Simulated mean',
      '95% confidence interval',
      'Theory (Erlang C)',
      'Theory inside the interval?',
    ]);
    const wait = within(table).getByRole('row', { name: /Mean wait in queue/ });
    expect(within(wait).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0.700 min', '[0.620 min, 0.780 min] ±0.080 min', '0.669 min', 'yes']);
    const p90 = within(table).getByRole('row', { name: /90th percentile/ });
    expect(within(p90).getAllByRole('cell').at(-1)!.textContent).toBe('no');
    const cases = within(table).getByRole('row', { name: /Cases completed/ });
    expect(within(cases).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1000', '[990, 1010] ±10', '—', '—']);
  });

  it('drops the theory columns when no KPI has a formula, and speaks Chinese', () => {
    render(
      <I18nProvider locale="zh-CN">
        <KpiTable rows={[rows[2]]} caption="c" />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['指标', '仿真均值', '95% 置信区间']);
    expect(screen.getByRole('rowheader').textContent).toBe('Cases completed（件）');
  });

  it('with a baseline, shows the baseline mean and the difference with a combined half-width', () => {
    const withBase: KpiRow[] = [
      { ...rows[0], theory: undefined, baseline: { mean: 1.0, ci95: [0.9, 1.1], halfWidth: 0.06, n: 20 } },
      { ...rows[2], baseline: { mean: 1005, ci95: [990, 1020], halfWidth: 15, n: 20 } },
    ];
    render(
      <I18nProvider locale="en">
        <KpiTable rows={withBase} caption="c" />
      </I18nProvider>,
    );
    const wait = screen.getByRole('row', { name: /Mean wait/ });
    const cells = within(wait).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(-2)).toEqual(['1.000 min', '-0.300 min ±0.100 min']);
    expect(within(wait).getAllByRole('cell').at(-1)!.dataset.clear).toBe('true');
    const cases = screen.getByRole('row', { name: /Cases completed/ });
    expect(within(cases).getAllByRole('cell').at(-1)!.dataset.clear).toBe('false');
  });

  it('difference: mean of the difference, half-widths combined in quadrature', () => {
    const d = difference({ mean: 5, ci95: [2, 8], halfWidth: 3, n: 5 }, { mean: 1, ci95: [-3, 5], halfWidth: 4, n: 5 });
    expect(d).toEqual({ mean: 4, halfWidth: 5, clear: false });
  });

  it('insideInterval is closed at both ends', () => {
    expect(insideInterval(1, [1, 2])).toBe(true);
    expect(insideInterval(2, [1, 2])).toBe(true);
    expect(insideInterval(2.001, [1, 2])).toBe(false);
  });
});
