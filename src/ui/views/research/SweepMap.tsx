/**
 * A 2-D sweep: two reform levers (default: windows in total × authorisation share) over a grid,
 * every cell run in the worker pool with the same seed and replication indices (common random
 * numbers), shown as a heat map of one KPI with a table of the same numbers beside it.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useMemo, useState, type FormEvent } from 'react';
import type { Progress, RunSummary } from '../../../client/simPool';
import { selectTaskResult, selectTaskStatus, taskMachine } from '../../../app/taskMachine';
import { DIRECTED_KPIS, kpiSpec } from '../../../domain/kpis';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatNumber } from '../../i18n/format';
import { kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { formatEstimate, formatKpi } from '../../kpis/kpiFormat';
import { useSimPool } from '../../pool/SimPoolProvider';
import { RunControls } from '../../run/RunControls';
import { TaskError } from '../../run/TaskError';
import { withRunSettings, type RunSettings } from '../../run/runSettings';
import type { ScenarioJson } from '../../draft/leverDraft';
import { sweepLever, sweepLevers, sweepValues, type SweepLeverId } from './sweep';
import { HeatmapChart } from './HeatmapChart';
import { TableScroll } from '../../components/TableScroll';

interface Outcome {
  name: string;
  x: SweepLeverId;
  y: SweepLeverId;
  xs: number[];
  ys: number[];
  summaries: RunSummary[][]; // [yi][xi]
  settings: RunSettings;
}

export interface SweepMapProps {
  prepare: () => { json: ScenarioJson; name: string; settings: RunSettings } | undefined;
}

const GRID = [2, 3, 4, 5];

export function SweepMap({ prepare }: SweepMapProps) {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const [x, setX] = useState<SweepLeverId>('windows');
  const [y, setY] = useState<SweepLeverId>('authorisationShare');
  const [n, setN] = useState(3);
  const [kpi, setKpi] = useState('meanWaitMinutes');
  const task = useActorRef(taskMachine);
  const status = useSelector(task, selectTaskStatus);
  const outcome = useSelector(task, selectTaskResult) as Outcome | undefined;
  const leverName = (id: SweepLeverId) => t(`research.lever.${id}`);

  const run = (e: FormEvent) => {
    e.preventDefault();
    const prepared = prepare();
    if (!prepared || x === y) return;
    const lx = sweepLever(x)!;
    const ly = sweepLever(y)!;
    const xs = sweepValues(lx.from, lx.to, n, lx.integer);
    const ys = sweepValues(ly.from, ly.to, n, ly.integer);
    const R = prepared.settings.replications;
    task.send({
      type: 'task.start',
      job: async (signal, onProgress) => {
        const parts: Progress[] = xs.flatMap(() => ys.map(() => ({ done: 0, total: R })));
        const report = (i: number) => (p: Progress) => {
          parts[i] = p;
          onProgress({ done: parts.reduce((a, q) => a + q.done, 0), total: parts.reduce((a, q) => a + q.total, 0) });
        };
        const summaries = await Promise.all(
          ys.map((vy, yi) => Promise.all(xs.map((vx, xi) => pool.run(withRunSettings(lx.apply(ly.apply(prepared.json, vy), vx), prepared.settings), { replications: R, signal, onProgress: report(yi * xs.length + xi) })))),
        );
        return { name: prepared.name, x, y, xs, ys, summaries, settings: prepared.settings } satisfies Outcome;
      },
    });
  };

  const fmt = (id: SweepLeverId) => (v: number) => (sweepLever(id)?.integer ? formatNumber(locale, v, 0) : formatNumber(locale, v, 2));
  const cells = useMemo(
    () => (outcome ? outcome.ys.flatMap((vy, yi) => outcome.xs.map((vx, xi) => ({ x: vx, y: vy, value: outcome.summaries[yi][xi].kpis[kpi]?.mean ?? NaN }))) : []),
    [outcome, kpi],
  );
  const better = kpiSpec(kpi)?.better === 'higher' ? 'higher' : 'lower';

  return (
    <form className="card sweep-map" onSubmit={run} noValidate aria-labelledby="sweep-map-title">
      <h2 id="sweep-map-title">{t('research.map.title')}</h2>
      <p>{t('research.map.intro')}</p>
      <div className="field-grid">
        {(
          [
            ['x', x, setX],
            ['y', y, setY],
          ] as const
        ).map(([axis, value, set]) => (
          <div className="field" key={axis}>
            <label htmlFor={`research-map-${axis}`}>{t(`research.map.${axis}`)}</label>
            <select id={`research-map-${axis}`} value={value} onChange={(e) => set(e.target.value as SweepLeverId)}>
              {sweepLevers.map((l) => (
                <option key={l.id} value={l.id}>
                  {leverName(l.id as SweepLeverId)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor="research-map-n">{t('research.map.n')}</label>
          <select id="research-map-n" value={n} onChange={(e) => setN(Number(e.target.value))}>
            {GRID.map((g) => (
              <option key={g} value={g}>{`${g} × ${g}`}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="research-map-kpi">{t('research.oat.kpi')}</label>
          <select id="research-map-kpi" value={kpi} onChange={(e) => setKpi(e.target.value)}>
            {DIRECTED_KPIS.map((k) => (
              <option key={k} value={k}>
                {kpiLabel(locale, k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {x === y && <p className="field-error">{t('research.map.same')}</p>}
      <TaskError task={task} />
      <RunControls task={task} runLabel={t('research.map.run')} testId="map-status" />
      {outcome && (
        <div className={status === 'done' ? 'map-results' : 'map-results results-stale'} data-testid="map-results">
          <p className="results-meta">{t('research.oat.meta', { name: outcome.name, seed: outcome.settings.seed, n: outcome.settings.replications, days: outcome.settings.days })}</p>
          <HeatmapChart
            xs={outcome.xs}
            ys={outcome.ys}
            cells={cells}
            better={better}
            formatX={fmt(outcome.x)}
            formatY={fmt(outcome.y)}
            formatValue={(v) => formatKpi(locale, kpi, v)}
            title={`${kpiLabel(locale, kpi)}${kpiUnit(locale, kpi)}`}
            xLabel={leverName(outcome.x)}
            yLabel={leverName(outcome.y)}
            legendLabel={t('research.map.legend')}
            cellTitle={(vx, vy, v) => `${leverName(outcome.x)} ${fmt(outcome.x)(vx)}, ${leverName(outcome.y)} ${fmt(outcome.y)(vy)}: ${formatKpi(locale, kpi, v)}`}
            ariaLabel={cells.map((c) => `${fmt(outcome.x)(c.x)} × ${fmt(outcome.y)(c.y)}: ${formatKpi(locale, kpi, c.value)}`).join('; ')}
            testId="heatmap-chart"
          />
          <TableScroll>
            <table className="kpi-table map-table" data-testid="map-table">
              <caption>{t('research.map.table', { kpi: kpiLabel(locale, kpi), y: leverName(outcome.y), x: leverName(outcome.x) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{`${leverName(outcome.y)} \\ ${leverName(outcome.x)}`}</th>
                  {outcome.xs.map((vx) => (
                    <th key={vx} scope="col" className="num">
                      {fmt(outcome.x)(vx)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {outcome.ys.map((vy, yi) => (
                  <tr key={vy}>
                    <th scope="row">{fmt(outcome.y)(vy)}</th>
                    {outcome.xs.map((vx, xi) => {
                      const e = outcome.summaries[yi][xi].kpis[kpi];
                      return (
                        <td key={vx} className="num">
                          {e ? formatEstimate(locale, kpi, e) : '—'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </form>
  );
}
