/**
 * The Evolution view: project a centre with a reform timeline year by year (the Dalian replay by
 * default) through the worker pool, and show the stage timeline with its events and per-year KPI
 * charts with 95% CI bands. The run is a task (src/app/taskMachine.ts) running `projectionJob`. `#/evolution/run` starts the Dalian replay at once (the start page
 * links there: one click).
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { projectionJob, selectProjection } from '../../../app/runJob';
import { selectTaskError, selectTaskProgress, selectTaskStatus, taskMachine } from '../../../app/taskMachine';
import { useHash } from '../../hashRoute';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSimPool } from '../../pool/SimPoolProvider';
import { formatNumber } from '../../i18n/format';
import { progressDetail } from '../../run/progressDetail';
import { presetText } from '../../library/presets';
import { centrePresets } from '../../library/allPresets';
import { PresetTextSpan } from '../../components/PresetTextSpan';
import { CityLevels } from './CityLevels';
import { Downloads } from './Downloads';
import { EvolutionCharts } from './EvolutionCharts';
import { NationalPanel } from './NationalPanel';
import { StageTimeline } from './StageTimeline';
import { ProjectionAssumptions } from './ProjectionAssumptions';
import { TimelineEditor } from '../../timeline/TimelineEditor';
import { useTimelineDraft } from '../../timeline/useTimelineDraft';
import './evolution.css';

/** Presets with a reform timeline, the Dalian replay first. */
export const timelinePresets = centrePresets
  .filter((p) => Array.isArray((p.json as { timeline?: unknown }).timeline))
  .sort((a, b) => (a.id === 'dalian-replay' ? -1 : b.id === 'dalian-replay' ? 1 : a.id.localeCompare(b.id)));

/** Trajectories a browser run uses by default (the CLI's default is the file's 10). */
export const DEFAULT_BROWSER_REPLICATIONS = 4;

export function EvolutionView() {
  const t = useT();
  const { locale } = useLocale();
  const pool = useSimPool();
  const hash = useHash();
  const actor = useActorRef(taskMachine);
  const status = useSelector(actor, selectTaskStatus);
  const result = useSelector(actor, selectProjection);
  const error = useSelector(actor, (s) => selectTaskError(s)?.message);
  const progress = useSelector(actor, selectTaskProgress);
  const detail = progressDetail(progress);
  const [presetId, setPresetId] = useState(timelinePresets[0]?.id ?? '');
  const [replications, setReplications] = useState(String(DEFAULT_BROWSER_REPLICATIONS));
  const preset = timelinePresets.find((p) => p.id === presetId);
  const timeline = useTimelineDraft(pool, preset);
  const [ranEdited, setRanEdited] = useState(false);
  const reps = Number(replications);
  const repsOk = Number.isInteger(reps) && reps >= 1 && reps <= 100;

  // one click from the start page: #/evolution/run replays Dalian
  const autoStarted = useRef(false);
  useEffect(() => {
    if (autoStarted.current || !/^#\/evolution\/run\b/.test(hash)) return;
    autoStarted.current = true;
    const first = timelinePresets[0];
    if (first) actor.send({ type: 'task.start', job: projectionJob(pool, first.json, DEFAULT_BROWSER_REPLICATIONS) });
  }, [hash, actor, pool]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!repsOk || !preset) return;
    // the edited timeline (the preset's own when nothing was changed)
    setRanEdited(!!timeline?.edited);
    actor.send({ type: 'task.start', job: projectionJob(pool, timeline?.scenario ?? preset.json, reps) });
  };
  const cancel = () => actor.send({ type: 'task.cancel' });
  const name = useMemo(() => {
    if (!result) return '';
    const p = timelinePresets.find((x) => x.name === result.name);
    return p && locale === 'zh-CN' ? p.nameZh : result.name;
  }, [result, locale]);

  return (
    <div className="evolution-view">
      <section className="intro">
        <h1>{t('evolution.title')}</h1>
        <p>{t('evolution.intro')}</p>
      </section>
      <form className="card evolution-form" onSubmit={submit} noValidate aria-labelledby="evolution-form-title">
        <h2 id="evolution-form-title">{t('evolution.form.title')}</h2>
        <div className="field">
          <label htmlFor="evolution-scenario">{t('evolution.scenario')}</label>
          <select id="evolution-scenario" value={presetId} onChange={(e) => setPresetId(e.target.value)}>
            {timelinePresets.map((p) => (
              <option key={p.id} value={p.id}>
                {locale === 'zh-CN' ? p.nameZh : p.name}
              </option>
            ))}
          </select>
          {preset && presetText(preset, locale).description && (
            <p className="hint">
              <PresetTextSpan text={presetText(preset, locale).description!} />
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="evolution-replications">{t('evolution.replications')}</label>
          <input id="evolution-replications" inputMode="numeric" value={replications} onChange={(e) => setReplications(e.target.value)} aria-invalid={!repsOk} aria-describedby="evolution-replications-hint" />
          <p className="hint" id="evolution-replications-hint">
            {repsOk ? t('evolution.replications.hint') : t('evolution.replications.bad')}
          </p>
        </div>
        <div className="run-controls">
          <button type="submit" disabled={status === 'running' || !repsOk}>
            {t('evolution.run')}
          </button>
          {status === 'running' && (
            <>
              <button type="button" onClick={cancel}>
                {t('evolution.cancel')}
              </button>
              <span role="status" data-testid="evolution-progress">
                {t('evolution.running', { done: progress.done, total: progress.total })}
                {detail.daysTotal !== undefined && (
                  <span className="run-progress-days" data-testid="run-progress-days">
                    {' · '}
                    {t('run.progressDays', { done: formatNumber(locale, detail.daysDone ?? 0, 0), total: formatNumber(locale, detail.daysTotal, 0) })}
                    {detail.secondsLeft !== undefined && ` · ${t('run.timeLeft', { s: detail.secondsLeft })}`}
                  </span>
                )}
              </span>
            </>
          )}
        </div>
        {status === 'cancelled' && (
          <p className="run-status run-status-cancelled" role="status" data-testid="evolution-cancelled">
            {t('status.cancelled')}
          </p>
        )}
        {status === 'failed' && (
          <p className="run-error" role="alert" data-testid="evolution-error">
            {t('evolution.failed', { message: error ?? '' })}
          </p>
        )}
        {timeline?.edited && <p className="hint" data-testid="evolution-edited">{t('timeline.edited')}</p>}
      </form>
      {timeline && <TimelineEditor api={timeline} />}
      {preset && <ProjectionAssumptions scenario={timeline?.scenario ?? preset.json} file={`models/presets/${preset.id}.scenario.json`} />}
      {result ? (
        <section className={`card evolution-results${status === 'done' ? '' : ' stale'}`} data-testid="evolution-results" aria-labelledby="evolution-results-title">
          <h2 id="evolution-results-title">
            {t('evolution.results', { name })}
            {ranEdited ? ` (${t('timeline.edited')})` : ''}
          </h2>
          <p className="hint">
            {t('evolution.sampling', { start: result.startYear, end: result.endYear, n: result.replications, days: result.sampledDays, warmup: result.warmupDays })}
          </p>
          <Downloads result={result} />
          <StageTimeline result={result} />
          <EvolutionCharts result={result} />
          <CityLevels result={result} />
        </section>
      ) : (
        <section className="card results-empty">
          <p>{t('evolution.empty')}</p>
        </section>
      )}
      <NationalPanel />
    </div>
  );
}

