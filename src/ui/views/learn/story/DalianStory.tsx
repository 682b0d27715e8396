/**
 * The Dalian story (issue 11 item 4): a guided walk, step by step, through the paper's four phases
 * (events, the stage and the five functions moving, projected KPIs changing), then the national
 * picture and the problems and lessons. The projection runs in the worker pool once the story
 * begins. Previous/next buttons, a list of steps and keys; large type for a projector.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../../../i18n/I18nProvider';
import { formatInteger, formatPercent } from '../../../i18n/format';
import { pick } from '../../../i18n/bilingual';
import { term } from '../../../i18n/term';
import { kpiLabel, kpiUnit } from '../../../kpis/kpiLabel';
import { estimateParts } from '../../../kpis/kpiFormat';
import { useSimPool } from '../../../pool/SimPoolProvider';
import { centrePresets } from '../../../library/allPresets';
import { figureText } from '../../../sources/nationalFigures';
import { SourceText } from '../../../sources/SourceText';
import { FUNCTION_IDS, FUNCTION_LEVEL_TERMS, FUNCTION_TERMS, SERVICE_TERMS, STAGE_IDS, STAGE_TERMS, TRADING_SERVICES, type StageId } from '../../../../domain/vocabulary';
import type { ProjectionResult } from '../../../../client/simPool';
import type { Locale } from '../../../i18n/messages';
import { DALIAN_PHASES } from '../../../../../models/programmes/dalian';
import { servicesNeeded, STAGE_THRESHOLDS } from '../../../../../models/stages/stageMachine';
import { STORY_KPIS, phaseProjection, storyScenario, storySteps, type StoryStep } from './storySteps';
import './story.css';
import { StageDiagram } from '../../learn/StagePanel';

/** Trajectories and sampled days a year of the story's projection (a browser runs it in seconds). */
const STORY_REPLICATIONS = 2;
const STORY_SAMPLED_DAYS = 3;

type Projection = { status: 'idle' } | { status: 'running'; done: number; total: number } | { status: 'done'; result: ProjectionResult } | { status: 'failed'; message: string };

export function DalianStory() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const steps = useMemo(() => storySteps(), []);
  const [index, setIndex] = useState(-1);
  const [projection, setProjection] = useState<Projection>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const project = () => {
    const replay = centrePresets.find((p) => p.id === 'dalian-replay');
    if (!replay || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setProjection({ status: 'running', done: 0, total: STORY_REPLICATIONS });
    pool
      .runProjection(storyScenario(replay.json, STORY_SAMPLED_DAYS), {
        replications: STORY_REPLICATIONS,
        signal: controller.signal,
        onProgress: ({ done, total }) => setProjection({ status: 'running', done, total }),
      })
      .then((result) => setProjection({ status: 'done', result }))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setProjection({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
  };

  const go = (i: number) => {
    const next = Math.max(0, Math.min(steps.length - 1, i));
    if (projection.status === 'idle') project();
    setIndex(next);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || index < 0) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') {
      e.preventDefault();
      go(index + 1);
    } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
      e.preventDefault();
      go(index - 1);
    }
  };

  const step = index >= 0 ? steps[index] : undefined;
  return (
    <section className="card story" aria-labelledby="story-title" onKeyDown={onKeyDown} data-testid="story">
      <h2 id="story-title">{t('story.title')}</h2>
      <p className="story-lead">{t('story.intro')}</p>
      {!step ? (
        <button type="button" className="button story-begin" onClick={() => go(0)} data-testid="story-begin">
          {t('story.begin')}
        </button>
      ) : (
        <>
          <nav aria-label={t('story.steps')}>
            <ol className="story-steps">
              {steps.map((s, i) => (
                <li key={s.id}>
                  <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                    {stepTitle(s, t)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div className="story-body" data-testid="story-step" data-step={step.id}>
            <p className="story-count">{t('story.stepOf', { n: index + 1, total: steps.length })}</p>
            <h3 ref={heading} tabIndex={-1} data-testid="story-heading">
              {stepHeading(step, t, locale)}
            </h3>
            {step.kind === 'phase' && <PhaseStep step={step} projection={projection} />}
            {step.kind === 'national' && <NationalStep step={step} />}
            {step.kind === 'lessons' && <LessonsStep step={step} />}
          </div>
          <div className="story-nav">
            <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0} data-testid="story-previous">
              {t('story.previous')}
            </button>
            <button type="button" className="button" onClick={() => go(index + 1)} disabled={index === steps.length - 1} data-testid="story-next">
              {t('story.next')}
            </button>
            {index === steps.length - 1 && (
              <span className="story-end" data-testid="story-end">
                {t('story.end')}
              </span>
            )}
          </div>
          <p className="hint">{t('story.keys')}</p>
        </>
      )}
    </section>
  );
}

type T = ReturnType<typeof useT>;

function stepTitle(s: StoryStep, t: T): string {
  if (s.kind === 'phase') return s.from === s.to ? `${s.from}` : `${s.from}–${s.to}`;
  return s.kind === 'national' ? t('story.national') : `${t('story.problems')} · ${t('story.lessons')}`;
}

/** The phase's number (1–4) in the paper's order. */
const phaseNumber = (s: Extract<StoryStep, { kind: 'phase' }>) => DALIAN_PHASES.findIndex((p) => p.id === s.phase.id) + 1;

function stepHeading(s: StoryStep, t: T, locale: Locale): string {
  if (s.kind === 'phase') {
    const years = s.phase.to === null ? `${s.from}–` : `${s.from}–${s.to}`;
    return t('story.phase', { n: phaseNumber(s), name: locale === 'zh-CN' ? s.phase.zh : s.phase.en, years });
  }
  return s.kind === 'national' ? t('story.national') : t('story.lessons');
}

function PhaseStep({ step, projection }: { step: Extract<StoryStep, { kind: 'phase' }>; projection: Projection }) {
  const t = useT();
  const { locale } = useLocale();
  const projected = projection.status === 'done' ? phaseProjection(projection.result, step) : undefined;
  const stage = projected?.after.stage;
  const trading = step.services.filter((s) => (TRADING_SERVICES as readonly string[]).includes(s)).length;
  return (
    <>
      <p>{t('story.focus', { text: pick(step.phase.focus, locale) })}</p>
      <blockquote lang="zh">
        {pick(step.phase.quote, locale)}
        <footer>{t('story.fromPaper')}</footer>
      </blockquote>
      <div className="story-grid">
        <div>
          <h4>{t('story.events')}</h4>
          <ul className="story-events">
            {step.events.map((e) => (
              <li key={e.id}>
                <strong>
                  {e.yearTo && e.yearTo !== e.year ? `${e.year}–${e.yearTo}` : e.year}
                  {e.month ? ` · ${t('story.month', { m: e.month })}` : ''}
                </strong>{' '}
                {locale === 'zh-CN' ? e.zh : e.en}
                {e.dating === 'planned' || (e.payload as { planned?: boolean }).planned ? ` (${t('story.planned')})` : ''}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('story.stage')}</h4>
          <p className="hint">{t('story.stageAt', { year: step.to })}</p>
          <ol className="story-stages" data-testid="story-stage" data-stage={stage ?? ''}>
            {STAGE_IDS.map((id) => (
              <li key={id} className={id === stage ? 'active' : undefined} aria-current={id === stage ? 'step' : undefined}>
                {term(STAGE_TERMS[id], locale)}
              </li>
            ))}
          </ol>
          {stage && <StageDiagram current={stage as StageId} title={t('story.stageAt', { year: step.to })} testId="story-stage-diagram" />}
          {stage && stage !== 'stage3' && trading > 0 && <p className="hint">{t('story.stageNote', { min: servicesNeeded(STAGE_THRESHOLDS.stage3MinTradingShare.value, TRADING_SERVICES), n: trading })}</p>}
          <h4>{t('story.functions', { year: step.to })}</h4>
          <ul className="story-functions">
            {FUNCTION_IDS.map((fn) => (
              <li key={fn} className={`story-fn-${step.functions[fn]}`} data-function={fn} data-level={step.functions[fn]}>
                {term(FUNCTION_TERMS[fn], locale)}: <strong>{term(FUNCTION_LEVEL_TERMS[step.functions[fn]], locale)}</strong>
              </li>
            ))}
          </ul>
          <p className="hint">
            {t('story.integration', { value: formatPercent(locale, step.integrationIndex, 0) })} ·{' '}
            {t('story.services', { list: step.services.map((s) => term(SERVICE_TERMS[s], locale)).join(locale === 'zh-CN' ? '、' : ', ') })}
          </p>
        </div>
      </div>
      <h4>{t('story.kpis')}</h4>
      {projection.status === 'running' && (
        <p role="status" data-testid="story-projecting">
          {t('story.projecting', { done: projection.done, total: projection.total })}
        </p>
      )}
      {projection.status === 'failed' && (
        <p className="run-error" role="alert">
          {t('story.projectionFailed', { message: projection.message })}
        </p>
      )}
      {projected && (
        <>
          <div className="story-kpis-wrap">
          <table className="story-kpis" data-testid="story-kpis">
            <thead>
              <tr>
                <th scope="col">{t('story.kpi')}</th>
                <th scope="col">{projected.before.year}</th>
                <th scope="col">{projected.after.year}</th>
              </tr>
            </thead>
            <tbody>
              {STORY_KPIS.map((kpi) => {
                const a = projected.before.kpis[kpi];
                const b = projected.after.kpis[kpi];
                return (
                  <tr key={kpi} data-kpi={kpi}>
                    <th scope="row">
                      {kpiLabel(locale, kpi)}
                      {kpiUnit(locale, kpi)}
                    </th>
                    <td>{a ? <Estimate parts={estimateParts(locale, kpi, a)} /> : '—'}</td>
                    <td>{b ? <Estimate parts={estimateParts(locale, kpi, b)} /> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          </div>
          <p className="hint">{t('story.projectionNote', { n: STORY_REPLICATIONS, days: STORY_SAMPLED_DAYS })}</p>
        </>
      )}
    </>
  );
}

/** A mean and, below it, its interval. */
function Estimate({ parts: [mean, ci] }: { parts: [string, string] }) {
  return (
    <>
      {mean} <span className="story-ci">{ci}</span>
    </>
  );
}

function NationalStep({ step }: { step: Extract<StoryStep, { kind: 'national' }> }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <p>{t('story.nationalIntro')}</p>
      <ul className="story-figures" data-testid="story-national">
        {step.figures.map((f) => (
          <li key={f.id} data-figure={f.id}>
            <span className="story-figure-value">{formatInteger(locale, f.value)}</span>
            <span className="story-figure-label">
              {figureText(f, locale).name} · {t('story.yearMonth', { year: f.paper.when.slice(0, 4), month: Number(f.paper.when.slice(5, 7)) })}
            </span>
            <blockquote lang="zh">{pick(f.paper.quote, locale)}</blockquote>
            <span className="story-figure-source">
              <SourceText text={figureText(f, locale).source} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function LessonsStep({ step }: { step: Extract<StoryStep, { kind: 'lessons' }> }) {
  const t = useT();
  const { locale } = useLocale();
  const list = (points: typeof step.problems, id: string) => (
    <ol className="story-points" data-testid={id}>
      {points.map((p) => (
        <li key={p.number}>
          <strong>{locale === 'zh-CN' ? p.zh : p.en}</strong>
          <p>{pick(p.detail, locale)}</p>
        </li>
      ))}
    </ol>
  );
  return (
    <div className="story-grid">
      <div>
        <h4>{t('story.problems')}</h4>
        {list(step.problems, 'story-problems')}
      </div>
      <div>
        <h4>{t('story.lessons')}</h4>
        {list(step.lessons, 'story-lessons')}
      </div>
    </div>
  );
}
