// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Estimate } from '../../src/engine/types';
import { DepartmentTable } from '../../src/ui/components/DepartmentTable';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';

afterEach(cleanup);

const est = (mean: number, h = 0.01): Estimate => ({ mean, ci95: [mean - h, mean + h], halfWidth: h, n: 5 });
const dep = (window: number, backOffice: number, wait: number) => ({
  casesArrived: est(1000, 10),
  casesCompleted: est(990, 10),
  meanWaitMinutes: est(wait, 0.2),
  meanQueueLength: est(0.5, 0.05),
  windowUtilisation: est(window),
  backOfficeUtilisation: est(backOffice),
  leadTimeDays: est(1.5, 0.1),
  overdueRate: est(0.02, 0.005),
  tripsPerCase: est(1.7, 0.02),
});

/** A fabricated centre summary's departments and the scenario it ran. */
const departments = { aic: dep(0.72, 0.81, 0.75), fund: dep(0.61, 0.971, 1.2), tax: dep(0.66, 0.83, 4.1) };
const scenario = {
  departments: [
    { id: 'aic', nameZh: '工商局', nameEn: 'Industry and Commerce', stationing: 'whole-unit', windows: 9 },
    { id: 'tax', nameZh: '国税局', nameEn: 'State Taxation', stationing: 'reception', windows: 3 },
    { id: 'fund', nameZh: '住房公积金', nameEn: 'Housing Fund', stationing: 'authorised', windows: 2 },
  ],
};

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-department'));

describe('DepartmentTable', () => {
  it('shows one row per department with its name, stationing, windows and metrics with CIs; the bottleneck first and marked', () => {
    render(
      <I18nProvider locale="en">
        <DepartmentTable departments={departments} scenario={scenario} />
      </I18nProvider>,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    // default order: load (highest utilisation), highest first
    expect(rowNames()).toEqual(['fund', 'tax', 'aic']);
    expect(within(table).getByRole('columnheader', { name: /Load/ })).toHaveProperty('ariaSort', 'descending');

    const fund = within(table).getByRole('row', { name: /Housing Fund/ });
    expect(within(fund).getByRole('rowheader').textContent).toBe('Housing Fund bottleneck: highest utilisation in the centre');
    expect(within(fund).getByTestId('bottleneck-badge')).toBeTruthy();
    expect(fund.querySelector('[data-col="stationing"]')!.textContent).toBe('Authorised window (首席代表)');
    expect(fund.querySelector('[data-col="windows"]')!.textContent).toBe('2');
    expect(fund.querySelector('[data-col="load"]')!.textContent).toContain('97.1%');
    // near capacity in words, not colour alone
    expect(within(fund).getByTestId('capacity-warning').textContent).toBe('⚠ Near or at capacity: Back-office utilisation ≥ 95%');
    expect(fund.querySelector('[data-col="backOfficeUtilisation"]')!.textContent).toBe('97.1%[96.1%, 98.1%]');
    expect(fund.querySelector('[data-col="meanWaitMinutes"]')!.textContent).toBe('1.20[1.00, 1.40]');
    expect(fund.querySelector('[data-col="overdueRate"]')!.textContent).toBe('2.0%[1.5%, 2.5%]');

    const aic = within(table).getByRole('row', { name: /Industry and Commerce/ });
    expect(within(aic).queryByTestId('bottleneck-badge')).toBeNull();
    expect(within(aic).queryByTestId('capacity-warning')).toBeNull();

    expect(screen.getByTestId('department-headline').textContent).toBe(
      'Bottleneck: Housing Fund (Back-office utilisation 97.1%, 95% CI [96.1%, 98.1%]). 1 department(s) near or at capacity (utilisation ≥ 95%).',
    );
    // headers carry the catalogue's labels and units
    expect(within(table).getByRole('columnheader', { name: /Mean wait in queue/ }).textContent).toContain('(min)');
  });

  it('sorts by a column header button, toggling the direction, from the keyboard too', () => {
    render(
      <I18nProvider locale="en">
        <DepartmentTable departments={departments} scenario={scenario} />
      </I18nProvider>,
    );
    const wait = screen.getByRole('button', { name: /Mean wait in queue/ });
    fireEvent.click(wait);
    expect(rowNames()).toEqual(['tax', 'fund', 'aic']);
    expect(screen.getByRole('columnheader', { name: /Mean wait in queue/ })).toHaveProperty('ariaSort', 'descending');
    fireEvent.click(wait);
    expect(rowNames()).toEqual(['aic', 'fund', 'tax']);
    expect(screen.getByRole('columnheader', { name: /Mean wait in queue/ })).toHaveProperty('ariaSort', 'ascending');
    // a native button: Enter and Space activate it, and it is in the tab order
    expect(wait.tagName).toBe('BUTTON');
    expect(wait.getAttribute('type')).toBe('button');
  });

  it('speaks Chinese, with the vocabulary’s stationing terms; a department the scenario does not list shows its id', () => {
    render(
      <I18nProvider locale="zh-CN">
        <DepartmentTable departments={{ ...departments, ghost: dep(0.1, 0.1, 0.5) }} scenario={scenario} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: '分部门结果' })).toBeTruthy();
    const fund = screen.getByRole('row', { name: /住房公积金/ });
    expect(within(fund).getByTestId('bottleneck-badge').textContent).toBe('瓶颈：全中心利用率最高');
    expect(fund.querySelector('[data-col="stationing"]')!.textContent).toBe('首席代表授权窗口');
    expect(within(fund).getByTestId('capacity-warning').textContent).toContain('接近或达到满负荷');
    const ghost = screen.getByRole('row', { name: /ghost/ });
    expect(ghost.querySelector('[data-col="stationing"]')!.textContent).toBe('—');
  });
});
