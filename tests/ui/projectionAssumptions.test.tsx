// @vitest-environment jsdom
/**
 * Evolution's "what carries over from year to year": the projection's dynamics as the scenario
 * sets them, from the registry (names, units, defaults, sources), in zh and en.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { DYNAMICS_PATHS, ProjectionAssumptions } from '../../src/ui/views/evolution/ProjectionAssumptions';
import { centreParameters } from '../../src/domain/parameters';

afterEach(cleanup);
const replay = JSON.parse(readFileSync(join(process.cwd(), 'models/presets/dalian-replay.scenario.json'), 'utf8')) as Record<string, unknown>;
const row = (path: string) => document.querySelector(`tr[data-path="${path}"]`) as HTMLElement;

describe('ProjectionAssumptions', () => {
  it('lists demand growth and every projection parameter of the registry', () => {
    expect(DYNAMICS_PATHS).toEqual(['demand.growth', ...centreParameters.filter((p) => p.path.startsWith('projection.')).map((p) => p.path)]);
    expect(DYNAMICS_PATHS).toContain('projection.staffing.follow');
  });

  it('en: the replay’s values, defaults marked, assumptions named, and the timeline’s growth events', () => {
    const doc = { ...replay, projection: { ...(replay.projection as object), staffing: { targetUtilisation: 0.8 } }, timeline: [...(replay.timeline as object[]), { year: 2015, kind: 'demand.change', growth: 0.05 }] };
    render(
      <I18nProvider locale="en">
        <ProjectionAssumptions scenario={doc} />
      </I18nProvider>,
    );
    expect(within(row('demand.growth')).getByText(/10\.0%/)).toBeTruthy();
    expect(row('projection.staffing.targetUtilisation').textContent).toContain('80.0%');
    expect(row('projection.staffing.targetUtilisation').textContent).not.toContain('(default)');
    expect(row('projection.staffing.follow').textContent).toContain('yes (default)');
    expect(row('projection.endYear').textContent).toContain('2015');
    expect(row('projection.trust.pull').textContent).toContain('assumption');
    expect(screen.getByText(/Timeline events that change demand growth: 2015: 5\.0%/)).toBeTruthy();
    // a setting left out takes the scenario's own: the trajectories are the scenario's replications
    expect(row('projection.replications').textContent).toContain(String(replay.replications));
    expect(screen.getByTestId('dynamics-command').textContent).toBe('npx onewindow project FILE --growth-from YEAR=RATE');
  });

  it('zh: Chinese names, units and labels', () => {
    render(
      <I18nProvider locale="zh-CN">
        <ProjectionAssumptions scenario={replay} />
      </I18nProvider>,
    );
    expect(row('projection.staffing.follow').textContent).toContain('人员随负荷调整');
    expect(row('projection.staffing.follow').textContent).toContain('是（默认）');
    expect(row('projection.staffing.waitTargetMinutes').textContent).toContain('分钟');
    expect(row('projection.trust.pull').textContent).toContain('假设');
    expect(screen.getByText(/需求变化/)).toBeTruthy();
  });
});
