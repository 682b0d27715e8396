/**
 * The five models side by side: each one's distinguishing mark, representative centre, strengths
 * and problems (models/centreTypes profiles, models/text/modelAssessments.ts), and one city's demand
 * run under each model and the dispersed baseline through the worker pool, with the main KPIs and
 * their 95% CIs in one chart. The default city is Dalian's in 2002 — half its departments only
 * receive files, so the models' routes differ — with its complaint centre co-located (as in 2007), so
 * the models that handle complaints in the centre differ from those that forward them.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import dalian2002 from '../../../../models/presets/dalian-2002.scenario.json';
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import { MODEL_ASSESSMENTS } from '../../../../models/text/modelAssessments';
import type { Estimate } from '../../../engine/types';
import { CENTRE_TYPE_IDS, type CentreTypeId } from '../../../domain/vocabulary';
import { KPIS, type KpiName } from '../../../domain/kpis';
import { usePick } from './usePick';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { kpiLabel } from '../../kpis/kpiLabel';
import { formatNumber } from '../../i18n/format';
import { formatKpi } from '../../kpis/kpiFormat';
import { useSimPool } from '../../pool/SimPoolProvider';
import { modelsChartLayout } from './modelsChartLayout';
import { wrapText } from './diagram/diagramLayout';
import { modelsScenarios } from './modelsScenario';
import { Term } from './glossary/Term';
import { sourceText } from '../../i18n/sourceText';
import { ChartDataTable } from '../../charts/ChartDataTable';

/** The KPIs the chart shows: trips, two-end processing, lead time, waiting, on-the-spot decisions, complaint resolution. */
export const MODELS_KPIS: readonly KpiName[] = ['tripsPerCase', 'twoEndRate', 'leadTimeDays', 'meanWaitMinutes', 'onTheSpotRate', 'complaintResolutionDays'];

type Json = Record<string, unknown>;

/** The teaching city: Dalian 2002's departments and demand, complaint centre co-located (2007). */
export function teachingCity(): Json {
  const base = dalian2002 as unknown as Json;
  return { ...base, functions: { ...(base.functions as Json), complaints: 'colocated' } };
}

/** What the text says about the city, read from the scenario itself. */
function cityFacts(locale: 'zh-CN' | 'en') {
  const city = teachingCity();
  const deps = city.departments as Array<{ stationing: string }>;
  const n = (s: string) => deps.filter((d) => d.stationing === s).length;
  return { departments: deps.length, volume: formatNumber(locale, (city.demand as { annualVolume: number }).annualVolume, 0), authorised: n('authorised'), reception: n('reception'), absent: n('absent') };
}

const ROWS: readonly CentreTypeId[] = ['dispersed', ...CENTRE_TYPE_IDS.filter((t) => t !== 'dispersed')];

interface Outcome {
  kpis: Record<CentreTypeId, Record<string, Estimate>>;
  replications: number;
  days: number;
}

export function ModelsSideBySide() {
  const t = useT();
  const { locale } = useLocale();
  const pick = usePick();
  const pool = useSimPool();
  const [replications, setReplications] = useState('4');
  const [days, setDays] = useState('5');
  const [status, setStatus] = useState<'idle' | 'running' | 'done' | 'failed'>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState('');
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const r = Number(replications);
  const d = Number(days);
  const issue = !Number.isInteger(r) || r < 2 || r > 30 ? t('models.issue.replications') : !Number.isInteger(d) || d < 1 || d > 60 ? t('models.issue.days') : '';

  const run = (e: FormEvent) => {
    e.preventDefault();
    if (issue) return;
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setStatus('running');
    setError('');
    const runs = modelsScenarios(teachingCity()).map(({ type, json }) => ({ type, json: { ...json, seed: 1, replications: r, simulation: { ...(json.simulation as Json), days: d, warmupDays: 0 } } }));
    pool
      .compareMany(runs[0].json, runs.slice(1).map((x) => x.json), { replications: r, seed: 1, signal: ctrl.signal, onProgress: setProgress })
      .then((res) => {
        if (ctrl.signal.aborted) return;
        const kpis = Object.fromEntries([[runs[0].type, res.base.kpis], ...res.variants.map((v, i) => [runs[i + 1].type, v.summary.kpis])]) as Outcome['kpis'];
        setOutcome({ kpis, replications: r, days: d });
        setStatus('done');
      })
      .catch((err: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(err instanceof Error ? err.message : String(err));
        setStatus('failed');
      });
  };
  const cancel = () => {
    abort.current?.abort();
    setStatus('idle');
  };

  return (
    <section className="card models-side" aria-labelledby="models-side-title">
      <h2 id="models-side-title">{t('models.title')}</h2>
      <p>{t('models.intro')}</p>
      <div className="models-cards">
        {ROWS.map((type) => {
          const { profile } = CENTRE_TYPES[type];
          const a = MODEL_ASSESSMENTS[type];
          return (
            <article key={type} className="model-card" data-type={type}>
              <h3>
                <Term zh={profile.model.zh}>{pick(profile.model)}</Term>
              </h3>
              <dl>
                <dt>{t('models.mark')}</dt>
                <dd>{pick(profile.distinguishingMark)}</dd>
                <dt>{t('models.representative')}</dt>
                <dd>{pick(profile.representative)}</dd>
                <dt>{t('models.strengths')}</dt>
                <dd>{pick(a.strengths)}</dd>
                <dt>{t('models.problems')}</dt>
                <dd>
                  {pick(a.problems)}
                  {a.problemsQuote && (
                    <blockquote lang={locale === 'zh-CN' ? 'zh-CN' : 'en'} className="model-quote">
                      {pick(a.problemsQuote)}
                    </blockquote>
                  )}
                  <span className="glossary-source">{t('learn.source', { source: sourceText(a.problemsSource, t, locale) })}</span>
                </dd>
              </dl>
            </article>
          );
        })}
      </div>
      <form className="models-run" onSubmit={run} noValidate>
        <h3>{t('models.run.title')}</h3>
        <p className="form-hint">{t('models.run.city', cityFacts(locale))}</p>
        <div className="field-grid">
          <div className="field">
            <label htmlFor="models-replications">{t('models.replications')}</label>
            <input id="models-replications" inputMode="numeric" value={replications} onChange={(e) => setReplications(e.target.value)} aria-invalid={issue === t('models.issue.replications') || undefined} />
          </div>
          <div className="field">
            <label htmlFor="models-days">{t('models.days')}</label>
            <input id="models-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={issue === t('models.issue.days') || undefined} />
          </div>
        </div>
        {issue && (
          <p className="form-error" role="alert">
            {issue}
          </p>
        )}
        <div className="run-buttons">
          <button type="submit" className="button button-primary" disabled={status === 'running' || !!issue}>
            {t('models.run')}
          </button>
          <button type="button" className="button" disabled={status !== 'running'} onClick={cancel}>
            {t('run.cancel')}
          </button>
          {status === 'running' && <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('run.progress')} />}
          <span className="run-status" role="status" data-testid="models-status" data-status={status}>
            {status === 'running' ? t('models.running', { done: progress.done, total: progress.total }) : status === 'done' ? t('models.done') : ''}
          </span>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {outcome && <ModelsChart outcome={outcome} />}
      <p className="form-hint">{t('models.coincide')}</p>
    </section>
  );
}

function ModelsChart({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const { locale } = useLocale();
  const pick = usePick();
  const width = 360;
  const labelWidth = locale === 'zh-CN' ? 118 : 140;
  const name = (type: CentreTypeId) => pick(CENTRE_TYPES[type].profile.model).replace(/（.*?）|\s*\(.*?\)/g, '');
  const panels = modelsChartLayout({
    rows: ROWS,
    width,
    labelWidth,
    rowHeight: 30,
    panels: MODELS_KPIS.map((kpi) => ({
      kpi,
      label: kpiLabel(locale, kpi),
      estimates: Object.fromEntries(ROWS.map((type) => {
        const e = outcome.kpis[type]?.[kpi];
        return [type, e ? { mean: e.mean, lo: e.ci95[0], hi: e.ci95[1] } : undefined];
      })),
    })),
  });
  return (
    <figure className="models-chart" data-testid="models-chart">
      <figcaption>{t('models.chart.caption', { n: outcome.replications, days: outcome.days })}</figcaption>
      <div className="models-panels">
        {panels.map((p) => (
          <div key={p.kpi} className="models-panel-box">
          <p className="models-panel-title">
            <Term zh={KPIS[p.kpi as KpiName].zh}>{p.label}</Term>
          </p>
          <svg role="img" aria-label={p.label} viewBox={`0 0 ${p.width} ${p.height}`} width="100%" style={{ maxWidth: p.width }} data-kpi={p.kpi} className="models-panel">
            <g>
              {p.ticks.map((tk) => (
                <g key={tk.value}>
                  <line x1={tk.x} x2={tk.x} y1={4} y2={p.axisY} className="models-grid" />
                  <text x={tk.x} y={p.axisY + 14} textAnchor="middle" className="models-tick">
                    {formatKpi(locale, p.kpi as KpiName, tk.value)}
                  </text>
                </g>
              ))}
              {p.rows.map((row) => {
                const lines = wrapText(name(row.id as CentreTypeId), 11, labelWidth - 10).slice(0, 2);
                return (
                  <text key={row.id} x={p.plotLeft - 6} y={row.y + 4 - (lines.length - 1) * 6.5} textAnchor="end" className="models-row-label">
                    {lines.map((l, i) => (
                      <tspan key={i} x={p.plotLeft - 6} dy={i ? 13 : 0}>
                        {l}
                      </tspan>
                    ))}
                  </text>
                );
              })}
              {p.points.map((pt) => (
                <g key={pt.row} className={`models-point models-point-${pt.row}`} data-type={pt.row} data-mean={pt.estimate.mean}>
                  <line x1={pt.x0} x2={pt.x1} y1={pt.y} y2={pt.y} className="models-ci" />
                  <circle cx={pt.x} cy={pt.y} r={4.5} />
                  <title>
                    {name(pt.row as CentreTypeId)}: {formatKpi(locale, p.kpi as KpiName, pt.estimate.mean)} ({formatKpi(locale, p.kpi as KpiName, pt.estimate.lo)} – {formatKpi(locale, p.kpi as KpiName, pt.estimate.hi)})
                  </title>
                </g>
              ))}
            </g>
          </svg>
          </div>
        ))}
      </div>
      <ChartDataTable
        caption={t('models.chart.caption', { n: outcome.replications, days: outcome.days })}
        table={{
          columns: [t('learn.compare.model'), ...MODELS_KPIS.map((k) => kpiLabel(locale, k))],
          rows: ROWS.map((type) => [
            name(type as CentreTypeId),
            ...MODELS_KPIS.map((k) => {
              const e = outcome.kpis[type]?.[k];
              return e ? `${formatKpi(locale, k, e.mean)} [${formatKpi(locale, k, e.ci95[0])}, ${formatKpi(locale, k, e.ci95[1])}]` : t('kpi.none');
            }),
          ]),
        }}
      />
    </figure>
  );
}
