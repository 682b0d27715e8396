// @vitest-environment jsdom
/** Issue 10 item 2: the headline row, "—" for KPIs that do not apply, load ≥ 1 in the department table, and the charts from the engine's chart data. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiTable } from '../../src/ui/components/KpiTable';
import { DepartmentTable } from '../../src/ui/components/DepartmentTable';
import { HeadlineRow } from '../../src/ui/results/HeadlineRow';
import { ResultCharts } from '../../src/ui/results/ResultCharts';
import { RunProvenance } from '../../src/ui/results/RunReport';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { runCentreReplications, summariseCentre } from '../../src/engine/centre/runCentre';
import { centreModels } from '../../models/centreTypes/centreModels';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import type { CentreScenario } from '../../src/engine/scenario/centreSchema';
import type { RunSummary } from '../../src/engine/types';

afterEach(cleanup);

// read from the working directory: under jsdom import.meta.url is not a file URL
const raw = JSON.parse(readFileSync(join(process.cwd(), 'models/presets/dalian-2009.scenario.json'), 'utf8')) as Record<string, unknown>;
const scenario = loadScenario({ ...raw, simulation: { ...(raw.simulation as object), days: 2, warmupDays: 0 } }) as CentreScenario;
const summary: RunSummary = summariseCentre(scenario, runCentreReplications(scenario, { models: centreModels, from: 0, to: 2 }));

describe('centre results', () => {
  it('the headline shows five KPIs with CIs, the wait against the 15-minute standard and the paired change', () => {
    const d = { mean: -0.5, ci95: [-0.7, -0.3] as [number, number], halfWidth: 0.2, n: 2 };
    const comparison = { baseline: summary, differences: { pairs: 2, kpis: { tripsPerCase: d } } } as never;
    render(
      <I18nProvider locale="en">
        <HeadlineRow summary={summary} comparison={comparison} comparisonTitle="Dalian 2002" />
      </I18nProvider>,
    );
    const cards = screen.getAllByRole('listitem');
    expect(cards.map((c) => c.getAttribute('data-kpi'))).toEqual(['meanWaitMinutes', 'tripsPerCase', 'leadTimeDays', 'onTimeRate', 'complaintsPer10k']);
    expect(cards[0].textContent).toMatch(/15-minute standard/);
    expect(cards[0].textContent).toMatch(/95% CI \[/);
    expect(within(cards[1]).getByTestId('headline-diff').textContent).toMatch(/^vs Dalian 2002: −?-?0\.50 ±0\.20 better$/);
  });

  it('a KPI that applies to no case shows "—" in every column, not 0.00', () => {
    render(
      <I18nProvider locale="zh-CN">
        <KpiTable caption="x" rows={[{ id: 'greenWaitMinutes', label: '绿色通道等候', estimate: { mean: 0, ci95: [0, 0], halfWidth: 0, n: 2 }, format: (v) => v.toFixed(2), notApplicable: true }]} />
      </I18nProvider>,
    );
    const row = screen.getByRole('row', { name: /绿色通道等候/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '—']);
  });

  it('marks a department whose offered load is ≥ 1 (from the overload report), in words', () => {
    const overload = { loads: [], near: [], unstable: [{ id: 'aic', where: 'windows' as const, load: 1.23, peakLoad: 1.5, servers: 3 }] };
    render(
      <I18nProvider locale="en">
        <DepartmentTable departments={summary.departments!} scenario={raw} overload={overload} />
      </I18nProvider>,
    );
    const aic = document.querySelector('tr[data-department="aic"]')!;
    expect(aic.getAttribute('data-overloaded')).toBe('true');
    expect(within(aic as HTMLElement).getByTestId('overload-mark').textContent).toMatch(/Offered load 1\.23 ≥ 1 \(windows\)/);
    expect(document.querySelectorAll('[data-overloaded]')).toHaveLength(1);
  });

  it('draws the five charts from the summary, each with axes labels, a data table and focusable points that show a tooltip', () => {
    render(
      <I18nProvider locale="zh-CN">
        <ResultCharts summary={summary} scenario={raw} />
        <RunProvenance summary={summary} scenario={raw} />
      </I18nProvider>,
    );
    for (const id of ['wait-distribution', 'lead-time-distribution', 'queue-by-hour', 'utilisation-heatmap', 'case-flows']) {
      const chart = screen.getByTestId(`chart-${id}`);
      expect(chart.querySelector('svg[role="img"]')).not.toBeNull();
      expect(chart.querySelectorAll('[data-point]').length).toBeGreaterThan(0);
      expect(within(chart).getByText('数据表')).toBeTruthy();
    }
    const waits = screen.getByTestId('chart-wait-distribution');
    expect(waits.textContent).toContain('排队等候（分钟）');
    fireEvent.focus(waits.querySelector('[data-point]')!);
    expect(within(waits).getByTestId('chart-tooltip').textContent).toMatch(/^等候 0–\d+ 分钟：占窗口办理人次/);
    const queue = screen.getByTestId('chart-queue-by-hour');
    expect(queue.querySelectorAll('rect[data-point]')).toHaveLength(summary.charts!.hours);
    expect(screen.getByTestId('plan-command').textContent).toMatch(new RegExp(`^npx onewindow run \\S+\\.scenario\\.json --replications 2 --seed ${summary.seed}$`));
    expect(screen.getByTestId('plan-seed').textContent).toContain(`随机种子 ${summary.seed}`);
  });
});
