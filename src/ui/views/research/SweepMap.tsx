/**
 * A 2-D sweep: two reform levers (default: windows in total × authorisation share) over a grid,
 * every cell run in the worker pool with the same seed and replication indices (common random
 * numbers), shown as a heat map of one KPI with a table of the same numbers beside it.
 */
import { useMemo, useState } from 'react';
import type { RunSummary } from '../../../client/simPool';
import { kpiSpec } from '../../../domain/kpis';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { formatNumber } from '../../i18n/format';
import { kpiLabel, kpiUnit } from '../../kpis/kpiLabel';
import { formatEstimate, formatKpi } from '../../kpis/kpiFormat';
import { useSimPool } from '../../pool/SimPoolProvider';
import { withRunSettings, type RunSettings } from '../../run/runSettings';
import { sweepLever, sweepLevers, sweepValues, type SweepLeverId } from './sweep';
import { HeatmapChart } from './HeatmapChart';
import { KpiSelect, ResearchPanel, useResearchTask, type PrepareBase } from './ResearchPanel';
import { runAll } from './runAll';
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
  prepare: PrepareBase;
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
  const { task, stale, outcome } = useResearchTask<Outcome>();
  const leverName = (id: SweepLeverId) => t(`research.lever.${id}`);

  const run = () => {
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
        const scenarios = ys.flatMap((vy) => xs.map((vx) => withRunSettings(lx.apply(ly.apply(prepared.json, vy), vx), prepared.settings)));
        const flat = await runAll(pool, scenarios, { replications: R, signal, onProgress });
        const summaries = ys.map((_, yi) => flat.slice(yi * xs.length, (yi + 1) * xs.length));
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
    <ResearchPanel
      id="sweep-map"
      className="sweep-map"
      title={t('research.map.title')}
      intro={<p>{t('research.map.intro')}</p>}
      task={task}
      stale={stale}
      onRun={run}
      runLabel={t('research.map.run')}
      statusTestId="map-status"
      resultsClass="map-results"
      results={
        outcome && (
          <>
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
          </>
        )
      }
    >
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
        <KpiSelect id="research-map-kpi" value={kpi} onChange={setKpi} />
      </div>
      {x === y && <p className="field-error">{t('research.map.same')}</p>}
    </ResearchPanel>
  );
}
