/**
 * The charts of a centre run, all from the engine's chart data (RunSummary.charts, merged over
 * replications): waits and lead times as histograms, applicants waiting by opening hour, the
 * utilisation heat map of window groups and back offices, and the case-flow Sankey. Each chart
 * has axes with units, a legend, tooltips on hover and keyboard focus, SVG/PNG downloads and a
 * data table (ChartFrame). Geometry lives in src/ui/charts/*Layout.ts.
 */
import { useMemo, useState } from 'react';
import type { CentreCharts } from '../../engine/centre/centreCharts';
import type { RunSummary } from '../../engine/types';
import { WAIT_STANDARD_MINUTES } from '../../domain/standards';
import { binnedHistogramLayout, type BinnedBar } from '../charts/histogramLayout';
import { ChartFrame } from '../charts/ChartFrame';
import { heatmapLayout, type HeatmapRow } from '../charts/heatmapLayout';
import { hourlyLayout } from '../charts/hourlyLayout';
import { CATEGORICAL } from '../charts/palette';
import { sankeyLayout } from '../charts/sankeyLayout';
import { departmentInfo, departmentName } from '../components/departmentResults';
import { formatInteger, formatNumber, formatPercent } from '../i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';
import { flowColumns, flowList, FLOW_TRIP_KEYS } from './flowData';

const BAR = CATEGORICAL[0];
const MARK = CATEGORICAL[3];
const INK = '#1a1a1a';
const GRID = '#d9d9d9';
const HEAT_TOP = 12;

/** Axis lines, ticks and labels shared by the bar charts (attributes only: the SVG file looks like the screen). */
function Axes({ plot, xTicks, yTicks, xLabel, yLabel, height }: { plot: { x0: number; x1: number; y0: number; y1: number }; xTicks: Array<{ value: number; position: number; label: string }>; yTicks: Array<{ value: number; position: number; label: string }>; xLabel: string; yLabel: string; height: number }) {
  return (
    <g aria-hidden="true" fontSize="11" fill={INK}>
      {yTicks.map((t) => (
        <line key={`g${t.value}`} x1={plot.x0} x2={plot.x1} y1={t.position} y2={t.position} stroke={GRID} />
      ))}
      <line x1={plot.x0} x2={plot.x1} y1={plot.y0} y2={plot.y0} stroke={INK} />
      <line x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} stroke={INK} />
      {xTicks.map((t) => (
        <text key={`x${t.value}`} x={t.position} y={plot.y0 + 15} textAnchor="middle" className="axis-tick">
          {t.label}
        </text>
      ))}
      {yTicks.map((t) => (
        <text key={`y${t.value}`} x={plot.x0 - 6} y={t.position} dy="0.32em" textAnchor="end" className="axis-tick">
          {t.label}
        </text>
      ))}
      <text className="axis-label" x={(plot.x0 + plot.x1) / 2} y={height - 4} textAnchor="middle" fontSize="12">
        {xLabel}
      </text>
      <text className="axis-label" transform={`translate(12,${(plot.y0 + plot.y1) / 2}) rotate(-90)`} textAnchor="middle" fontSize="12">
        {yLabel}
      </text>
    </g>
  );
}

function rangeText(locale: Locale, b: BinnedBar, digits: number, open: (from: string) => string): string {
  const a = formatNumber(locale, b.x0, digits);
  return b.open ? open(a) : `${a}–${formatNumber(locale, b.x1, digits)}`;
}

function Histogram({ id, counts, binWidth, digits, kind, standard }: { id: string; counts: number[]; binWidth: number; digits: number; kind: 'wait' | 'lead'; standard?: number }) {
  const t = useT();
  const { locale } = useLocale();
  const title = t(kind === 'wait' ? 'charts.wait.title' : 'charts.lead.title');
  const n = counts.reduce((a, b) => a + b, 0);
  const probe = binnedHistogramLayout({ counts, binWidth, width: 720, height: 260 });
  const open = (from: string) => t('charts.range.open', { from });
  const table = {
    columns: [t('charts.col.range') + (kind === 'wait' ? ` (${t('charts.wait.x')})` : ` (${t('charts.lead.x')})`), t('charts.col.count'), t('charts.col.share')],
    rows: probe.bars.map((b) => [rangeText(locale, b, digits, open), formatInteger(locale, b.count), formatPercent(locale, b.share, 1)]),
  };
  const within = standard !== undefined && n > 0 ? counts.slice(0, Math.round(standard / binWidth)).reduce((a, b) => a + b, 0) / n : undefined;
  const legend = [
    { label: t(kind === 'wait' ? 'charts.wait.bars' : 'charts.lead.bars'), colour: BAR },
    ...(standard !== undefined ? [{ label: t('charts.wait.standard', { limit: standard }), colour: MARK, line: true, dashed: true }] : []),
  ];
  if (n === 0) return <p className="chart-empty">{t('charts.empty')}</p>;
  return (
    <ChartFrame id={id} title={title} legend={legend} table={table}>
      {(width, point) => {
        const height = width < 480 ? 240 : 280;
        const L = binnedHistogramLayout({ counts, binWidth, width, height, maxBars: width < 480 ? 12 : 24, formatX: (v) => formatNumber(locale, v, v % 1 === 0 ? 0 : 2), formatY: (v) => formatPercent(locale, v, 0) });
        const sx = (v: number) => L.plot.x0 + ((L.plot.x1 - L.plot.x0) * v) / (L.bars.length > 0 ? L.bars[L.bars.length - 1].x1 : 1);
        return {
          width,
          height,
          svg: (
            <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}${locale === 'zh-CN' ? '。' : '. '}${t(kind === 'wait' ? 'charts.wait.aria' : 'charts.lead.aria', { n: formatInteger(locale, n), within: within !== undefined ? formatPercent(locale, within, 1) : '', limit: standard ?? '' })}`}>
              <Axes plot={L.plot} xTicks={L.xTicks} yTicks={L.yTicks} xLabel={t(kind === 'wait' ? 'charts.wait.x' : 'charts.lead.x')} yLabel={t(kind === 'wait' ? 'charts.wait.y' : 'charts.lead.y')} height={height} />
              {L.bars.map((b) => {
                const text = t(kind === 'wait' ? 'charts.wait.point' : 'charts.lead.point', { range: rangeText(locale, b, digits, open), share: formatPercent(locale, b.share, 1), count: formatInteger(locale, b.count) });
                return <rect key={b.x0} x={b.x} y={Math.min(b.y, L.plot.y0 - 2)} width={b.width} height={Math.max(2, b.height)} fill={BAR} {...point(text, b.x + b.width / 2, b.y)} />;
              })}
              {standard !== undefined && L.bars.length > 0 && standard <= L.bars[L.bars.length - 1].x1 && (
                <line x1={sx(standard)} x2={sx(standard)} y1={L.plot.y0} y2={L.plot.y1} stroke={MARK} strokeWidth="2" strokeDasharray="5 3" aria-hidden="true" />
              )}
            </svg>
          ),
        };
      }}
    </ChartFrame>
  );
}

function QueueByHour({ charts }: { charts: CentreCharts }) {
  const t = useT();
  const { locale } = useLocale();
  const f = (v: number) => formatNumber(locale, v, 2);
  const pts = charts.queueByHour;
  if (pts.length === 0) return <p className="chart-empty">{t('charts.empty')}</p>;
  const peak = pts.reduce((k, p, h) => (p.mean > pts[k].mean ? h : k), 0);
  const title = t('charts.queue.title');
  const table = { columns: [t('charts.col.hour'), t('charts.col.mean'), t('charts.col.ci')], rows: pts.map((p, h) => [String(h + 1), f(p.mean), `[${f(p.ci95[0])}, ${f(p.ci95[1])}]`]) };
  return (
    <ChartFrame id="queue-by-hour" title={title} table={table} legend={[{ label: t('charts.queue.bar'), colour: BAR }, { label: t('charts.queue.ci'), colour: INK, line: true }]}>
      {(width, point) => {
        const height = width < 480 ? 240 : 260;
        const L = hourlyLayout({ points: pts, width, height, formatY: (v) => formatNumber(locale, v, v % 1 === 0 ? 0 : 1) });
        return {
          width,
          height,
          svg: (
            <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}${locale === 'zh-CN' ? '。' : '. '}${t('charts.queue.aria', { n: pts.length, peak: peak + 1, max: f(pts[peak].mean) })}`}>
              <Axes plot={L.plot} xTicks={L.xTicks} yTicks={L.yTicks} xLabel={t('charts.queue.x')} yLabel={t('charts.queue.y')} height={height} />
              {L.bars.map((b) => (
                <g key={b.hour}>
                  <rect x={b.x} y={b.y} width={b.width} height={Math.max(1, b.height)} fill={BAR} {...point(t('charts.queue.point', { hour: b.hour + 1, mean: f(b.mean), lo: f(b.ci95[0]), hi: f(b.ci95[1]) }), b.cx, b.y)} />
                  <g stroke={INK} strokeWidth="1.5" aria-hidden="true">
                    <line x1={b.cx} x2={b.cx} y1={b.yLow} y2={b.yHigh} />
                    <line x1={b.cx - 4} x2={b.cx + 4} y1={b.yLow} y2={b.yLow} />
                    <line x1={b.cx - 4} x2={b.cx + 4} y1={b.yHigh} y2={b.yHigh} />
                  </g>
                </g>
              ))}
            </svg>
          ),
        };
      }}
    </ChartFrame>
  );
}

/** A station key (`window:<group>` / `backOffice:<id>`) in words: the department's name and the resource. */
function stationLabel(key: string, charts: CentreCharts, names: (id: string) => string, t: ReturnType<typeof useT>): string {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const dep = charts.stationDepartment[key];
  const name = dep ? names(dep) : id === 'comprehensive' ? t('charts.heat.comprehensive') : id === 'bureau' ? t('charts.heat.bureau') : id.startsWith('office:') ? names(id.slice(7)) : id;
  if (!dep && (id === 'comprehensive' || id === 'bureau') && kind === 'window') return t('charts.heat.window', { name });
  return t(kind === 'window' ? 'charts.heat.window' : 'charts.heat.backOffice', { name });
}

function UtilisationHeatmap({ charts, scenario }: { charts: CentreCharts; scenario: unknown }) {
  const t = useT();
  const { locale } = useLocale();
  const [all, setAll] = useState(false);
  const info = useMemo(() => departmentInfo(scenario), [scenario]);
  const names = (id: string) => departmentName({ id, info: info.get(id) ?? {} }, locale);
  const rows: Array<HeatmapRow & { peak: number }> = Object.entries(charts.utilisationByHour)
    .map(([key, es]) => ({ id: key, label: stationLabel(key, charts, names, t), values: es.map((e) => e.mean), peak: Math.max(0, ...es.map((e) => e.mean)) }))
    .sort((a, b) => b.peak - a.peak);
  if (rows.length === 0) return <p className="chart-empty">{t('charts.empty')}</p>;
  const shown = all ? rows : rows.slice(0, HEAT_TOP);
  const pct = (v: number) => formatPercent(locale, v, 0);
  const top = rows[0];
  const topHour = top.values.indexOf(top.peak);
  const title = t('charts.heat.title');
  const table = {
    columns: [t('charts.col.station'), ...Array.from({ length: charts.hours }, (_, h) => String(h + 1))],
    rows: rows.map((r) => [r.label, ...r.values.map(pct)]),
  };
  return (
    <ChartFrame
      id="utilisation-heatmap"
      title={title}
      table={table}
      note={
        rows.length > HEAT_TOP && (
          <>
            {!all && t('charts.heat.top', { shown: HEAT_TOP, n: rows.length })}{' '}
            <button type="button" className="button button-small no-print" onClick={() => setAll((a) => !a)}>
              {all ? t('charts.heat.showTop', { n: HEAT_TOP }) : t('charts.heat.showAll', { n: rows.length })}
            </button>
          </>
        )
      }
    >
      {(width, point) => {
        const labelWidth = width < 480 ? 130 : 220;
        const L = heatmapLayout({ rows: shown, width, labelWidth, rowHeight: 24 });
        const height = L.height + 16;
        const gid = 'heat-legend-gradient';
        return {
          width,
          height,
          svg: (
            <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}${locale === 'zh-CN' ? '。' : '. '}${t('charts.heat.aria', { n: rows.length, hours: charts.hours, max: pct(top.peak), row: top.label, hour: topHour + 1 })}`}>
              <g aria-hidden="true" fontSize="11" fill={INK}>
                {L.rowLabels.map((r) => (
                  <text key={r.id} x={L.plot.x0 - 6} y={r.y} dy="0.32em" textAnchor="end">
                    {shortLabel(r.label, width < 480 ? 18 : 32)}
                  </text>
                ))}
                {L.xTicks.map((tk) => (
                  <text key={tk.value} x={tk.position} y={L.plot.y0 + 14} textAnchor="middle">
                    {tk.label}
                  </text>
                ))}
                <text className="axis-label" x={(L.plot.x0 + L.plot.x1) / 2} y={L.plot.y0 + 30} textAnchor="middle" fontSize="12">
                  {t('charts.heat.x')}
                </text>
              </g>
              {L.cells.map((c) => {
                const row = shown[c.row];
                const e = charts.utilisationByHour[row.id][c.column];
                return (
                  <rect
                    key={`${c.row}:${c.column}`}
                    x={c.x}
                    y={c.y}
                    width={c.width}
                    height={c.height}
                    fill={c.fill}
                    {...point(t('charts.heat.point', { row: row.label, hour: c.column + 1, value: pct(e.mean), lo: pct(e.ci95[0]), hi: pct(e.ci95[1]) }), c.x + c.width / 2, c.y)}
                  />
                );
              })}
              <defs>
                <linearGradient id={gid}>
                  {L.legend.stops.map((s) => (
                    <stop key={s.offset} offset={s.offset} stopColor={s.colour} />
                  ))}
                </linearGradient>
              </defs>
              <g aria-hidden="true" fontSize="11" fill={INK}>
                <rect x={L.legend.x} y={L.legend.y} width={L.legend.width} height={10} fill={`url(#${gid})`} />
                {L.legend.ticks.map((tk, i) => (
                  <text key={tk.value} x={tk.position} y={L.legend.y + 22} textAnchor={i === 0 ? 'start' : i === L.legend.ticks.length - 1 ? 'end' : 'middle'}>
                    {tk.label}
                  </text>
                ))}
                <text x={L.legend.x} y={L.legend.y - 4}>
                  {t('charts.heat.legend')}
                </text>
              </g>
            </svg>
          ),
        };
      }}
    </ChartFrame>
  );
}

function FlowSankey({ charts }: { charts: CentreCharts }) {
  const t = useT();
  const { locale } = useLocale();
  const columns = flowColumns();
  const flows = flowList(charts.flows);
  const total = flows.reduce((a, f) => a + f.value, 0);
  if (total <= 0) return <p className="chart-empty">{t('charts.empty')}</p>;
  // cases per trip class (at most one, two, three or more)
  const byClass = FLOW_TRIP_KEYS.map((_k, i) => flows.filter((f) => f.cls === i).reduce((a, f) => a + f.value, 0));
  const name = (id: string) => t(`charts.flow.${id}` as Parameters<typeof t>[0]);
  const n = (v: number) => formatNumber(locale, v, v >= 100 ? 0 : 1);
  const share = (v: number) => formatPercent(locale, v / total, 1);
  // blue, orange, vermillion (Okabe–Ito): from the journey a planner wants to the one that went wrong
  const clsColour = [CATEGORICAL[0], CATEGORICAL[1], CATEGORICAL[3]];
  const title = t('charts.flow.title');
  const colNames = [t('charts.flow.col.entrance'), t('charts.flow.col.window'), t('charts.flow.col.decision'), t('charts.flow.col.result')];
  const table = {
    columns: [...colNames, t('charts.flow.col.trips'), t('charts.flow.col.cases')],
    rows: flows.map((f) => [...f.path.map((k, c) => name(columns[c][k])), name(FLOW_TRIP_KEYS[f.cls]), n(f.value)]),
  };
  return (
    <ChartFrame id="case-flows" title={title} table={table} note={t('charts.flow.tripsNote')} legend={FLOW_TRIP_KEYS.map((k, i) => ({ label: t('charts.flow.legendShare', { name: name(k), share: share(byClass[i]) }), colour: clsColour[i] }))}>
      {(width, point) => {
        const narrow = width < 480;
        const height = narrow ? 380 : 360;
        const top = 22;
        const L = sankeyLayout({ columns, flows, width, height: height - top, nodeWidth: narrow ? 10 : 14, nodePadding: narrow ? 14 : 12 });
        return {
          width,
          height,
          svg: (
            <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}${locale === 'zh-CN' ? '。' : '. '}${t('charts.flow.aria', { n: n(total), one: share(byClass[0]), two: share(byClass[1]), three: share(byClass[2]) })}`}>
              <g aria-hidden="true" fontSize="11" fontWeight="600" fill={INK}>
                {colNames.map((c, i) => (
                  <text key={c} x={i === 0 ? 0 : i === colNames.length - 1 ? width : ((width - 14) * i) / (colNames.length - 1) + 7} y={12} textAnchor={i === 0 ? 'start' : i === colNames.length - 1 ? 'end' : 'middle'}>
                    {c}
                  </text>
                ))}
              </g>
              <g transform={`translate(0,${top})`}>
                {L.links.map((l) => (
                  <path
                    key={`${l.source}>${l.target}>${l.cls}`}
                    d={l.d}
                    fill={clsColour[l.cls]}
                    fillOpacity={0.45}
                    stroke={clsColour[l.cls]}
                    strokeOpacity={0.8}
                    strokeWidth={0.5}
                    {...point(t('charts.flow.point', { from: name(l.sourceId), to: name(l.targetId), cls: name(FLOW_TRIP_KEYS[l.cls]), value: n(l.value), share: share(l.value) }), (l.x0 + l.x1) / 2, top + (l.y0[0] + l.y1[0]) / 2)}
                  />
                ))}
                {L.nodes.map((nd) => {
                  const last = nd.column === columns.length - 1;
                  return (
                    <g key={`${nd.column}:${nd.index}`}>
                      <rect x={nd.x} y={nd.y} width={nd.width} height={Math.max(1, nd.height)} fill="#4d4d4d" {...point(t('charts.flow.node', { name: name(nd.id), value: n(nd.value), share: share(nd.value) }), nd.x + nd.width / 2, top + nd.y)} />
                      <text x={last ? nd.x - 4 : nd.x + nd.width + 4} y={nd.y + nd.height / 2} textAnchor={last ? 'end' : 'start'} fontSize={narrow ? 10 : 11} fill={INK} aria-hidden="true" paintOrder="stroke" stroke="#ffffff" strokeWidth="3">
                        {(narrow ? wrapLabel(name(nd.id), locale === 'zh-CN' ? 7 : 13) : [name(nd.id)]).map((line, i, all) => (
                          <tspan key={i} x={last ? nd.x - 4 : nd.x + nd.width + 4} dy={i === 0 ? `${0.32 - (all.length - 1) * 0.55}em` : '1.1em'}>
                            {line}
                          </tspan>
                        ))}
                      </text>
                    </g>
                  );
                })}
              </g>
            </svg>
          ),
        };
      }}
    </ChartFrame>
  );
}

/** A heat-map row label cut to `max` characters, keeping its resource suffix (" · windows", " · 后台"). */
export function shortLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = label.lastIndexOf(' · ');
  const suffix = cut > 0 ? label.slice(cut) : '';
  const head = cut > 0 ? label.slice(0, cut) : label;
  return `${head.slice(0, Math.max(1, max - suffix.length - 1))}…${suffix}`;
}

/** A label in lines of at most `max` characters: at spaces where there are any (English), else by characters (Chinese). */
export function wrapLabel(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const words = label.split(' ');
  if (words.length > 1) {
    const lines: string[] = [];
    for (const w of words) {
      const last = lines.at(-1);
      if (last !== undefined && `${last} ${w}`.length <= max) lines[lines.length - 1] = `${last} ${w}`;
      else lines.push(w);
    }
    return lines;
  }
  const out: string[] = [];
  for (let i = 0; i < label.length; i += max) out.push(label.slice(i, i + max));
  return out;
}

/** Every chart of a centre run, or nothing when the summary carries no chart data (a run from an older engine). */
export function ResultCharts({ summary, scenario }: { summary: RunSummary; scenario: unknown }) {
  const t = useT();
  const charts = summary.charts;
  if (!charts) return null;
  return (
    <section className="result-charts" aria-labelledby="result-charts-title" data-testid="result-charts">
      <h3 id="result-charts-title">{t('charts.title')}</h3>
      <p className="results-meta">{t('charts.source', { n: summary.replications, seed: summary.seed })}</p>
      <Histogram id="wait-distribution" counts={charts.waitHist} binWidth={charts.waitBinMinutes} digits={0} kind="wait" standard={WAIT_STANDARD_MINUTES} />
      <Histogram id="lead-time-distribution" counts={charts.leadHist} binWidth={charts.leadBinDays} digits={2} kind="lead" />
      <QueueByHour charts={charts} />
      <UtilisationHeatmap charts={charts} scenario={scenario} />
      <FlowSankey charts={charts} />
    </section>
  );
}
