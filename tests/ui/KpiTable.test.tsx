// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { excludesZero } from '../../src/domain/significance';
import { insideInterval, KpiTable, type KpiRow } from '../../src/ui/components/KpiTable';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { PrecisionNote } from '../../src/ui/components/PrecisionNote';

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

  it('issue 9 point 9: an input (staff, windows, integration index) is shown as configuration, a value without a CI, in both languages', () => {
    const staff: KpiRow = { id: 'staff', label: 'Staff', estimate: { mean: 120, ci95: [120, 120], halfWidth: 0, n: 2 }, format: (v) => `${v}` };
    for (const [locale, text] of [['en', 'configuration: set by the scenario, no CI'], ['zh-CN', '配置值：由情景设定，无置信区间']] as const) {
      render(
        <I18nProvider locale={locale}>
          <KpiTable rows={[staff, rows[2]]} caption="c" />
        </I18nProvider>,
      );
      const row = screen.getByRole('row', { name: /Staff/ });
      expect(row.getAttribute('data-configuration')).toBe('true');
      expect(row.getAttribute('data-imprecise')).toBeNull();
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['120', text]);
      cleanup();
    }
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

  it('with a paired comparison, shows the other run’s mean and the paired difference with its own half-width', () => {
    const withBase: KpiRow[] = [
      { ...rows[0], theory: undefined, baseline: { mean: 1.0, ci95: [0.9, 1.1], halfWidth: 0.06, n: 20 }, difference: { mean: -0.3, ci95: [-0.32, -0.28], halfWidth: 0.02, n: 20 } },
      { ...rows[2], baseline: { mean: 1005, ci95: [990, 1020], halfWidth: 15, n: 20 }, difference: { mean: -5, ci95: [-9, -1], halfWidth: 4, n: 20 } },
      { ...rows[1], theory: undefined, baseline: { mean: 2.2, ci95: [2.1, 2.3], halfWidth: 0.1, n: 20 }, difference: { mean: 0.01, ci95: [-0.02, 0.04], halfWidth: 0.03, n: 20 } },
    ];
    render(
      <I18nProvider locale="en">
        <KpiTable rows={withBase} caption="c" />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('columnheader').slice(-2).map((h) => h.textContent)).toEqual(['Baseline', 'Paired difference (95% CI)']);
    const wait = screen.getByRole('row', { name: /Mean wait/ });
    const cells = within(wait).getAllByRole('cell').map((c) => c.textContent);
    // the paired half-width (0.02), not √(0.08² + 0.06²) = 0.1 of two independent runs; the CI
    // excludes 0 but 0.3 min is below the 1-minute practical threshold: negligible, not significant
    expect(cells.slice(-2)).toEqual(['1.000 min', '-0.300 min ±0.020 min negligible']);
    expect(within(wait).getAllByRole('cell').at(-1)!.dataset.clear).toBe('true');
    expect(within(wait).getAllByRole('cell').at(-1)!.dataset.significant).toBe('false');
    expect(within(wait).getAllByRole('cell').at(-1)!.dataset.verdict).toBe('negligible');
    expect(within(wait).getAllByRole('cell').at(-1)!.dataset.paired).toBe('true');
    const cases = screen.getByRole('row', { name: /Cases completed/ });
    expect(within(cases).getAllByRole('cell').at(-1)!.dataset.clear).toBe('true');
    const p90 = screen.getByRole('row', { name: /90th percentile/ });
    expect(within(p90).getAllByRole('cell').at(-1)!.dataset.clear).toBe('false');
  });

  it('issue 9: a bounded interval says how it was made (no ±), a share’s difference is in pp, and too few replications are marked and named', () => {
    const bounded: KpiRow[] = [
      { ...rows[0], theory: undefined, estimate: { mean: 19.2, ci95: [4.6, 80.5], halfWidth: 27.5, n: 5, method: 'log-t' } },
      { id: 'onTimeRate', label: 'Completed on time', estimate: { mean: 0.9, ci95: [0.89, 0.91], halfWidth: 0.01, n: 2 }, format: (v) => `${(v * 100).toFixed(1)}%`, baseline: { mean: 0.88, ci95: [0.87, 0.89], halfWidth: 0.01, n: 2 }, difference: { mean: 0.02, ci95: [0.015, 0.025], halfWidth: 0.005, n: 2 } },
    ];
    render(
      <I18nProvider locale="zh-CN">
        <KpiTable rows={bounded} caption="c" />
        <PrecisionNote estimates={Object.fromEntries(bounded.map((r) => [r.id, r.estimate]))} />
      </I18nProvider>,
    );
    const wait = screen.getByRole('row', { name: /Mean wait/ });
    const ci = wait.querySelector('[data-col="ci"]')!;
    expect(ci.getAttribute('data-method')).toBe('log-t');
    expect(ci.textContent).toBe('[4.600 min, 80.500 min] 对数');
    expect(wait.getAttribute('data-imprecise')).toBe('true');
    const onTime = screen.getByRole('row', { name: /Completed on time/ });
    expect(onTime.getAttribute('data-imprecise')).toBe('true'); // n = 2 < 3
    expect(onTime.querySelector('[data-col="diff"]')!.textContent).toBe('+2.0 个百分点 ±0.5 个百分点');
    expect(onTime.querySelector('[data-col="diff"]')!.getAttribute('data-verdict')).toBe('better');
    const note = screen.getByTestId('precision-warning');
    expect(note.dataset.kpis).toBe('meanWaitMinutes onTimeRate');
    expect(note.textContent).toContain('重复次数不足以支撑所示精度');
    expect(screen.getByTestId('precision-bounded').textContent).toContain('对数');
  });

  it('excludesZero: a difference is clear when its CI lies on one side of 0', () => {
    expect(excludesZero({ mean: 4, ci95: [1, 7], n: 5 })).toBe(true);
    expect(excludesZero({ mean: -4, ci95: [-7, -1], n: 5 })).toBe(true);
    expect(excludesZero({ mean: 1, ci95: [-2, 4], n: 5 })).toBe(false);
  });

  it('insideInterval is closed at both ends', () => {
    expect(insideInterval(1, [1, 2])).toBe(true);
    expect(insideInterval(2, [1, 2])).toBe(true);
    expect(insideInterval(2.001, [1, 2])).toBe(false);
  });
});
