/**
 * The Learn view, for a trainer at a projector: the stage machine and the five functions drawn
 * from their definitions and stepped by what the centre does (with step back and reset); the five
 * models side by side with the same city's demand run under each; one case stepped through any
 * model's diagram; a glossary one click from every underlined term; presenter mode (full screen,
 * large text). The walk through the stage and five-functions machines is a list of snapshots from
 * their pure step functions (stageSteps.ts), so stepping back drops the last one.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { fiveFunctionsMachine, functionLevels, integrationIndex } from '../../../../models/functions/fiveFunctionsMachine';
import type { MeasuredState } from '../../../../models/stages/stageMachine';
import { SERVICE_IDS, SERVICE_TERMS, type ServiceId, type StageId } from '../../../domain/vocabulary';
import { term } from '../../i18n/term';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { hrefFor } from '../../hashRoute';
import { CaseStepper } from './CaseStepper';
import { FunctionsPanel } from './FunctionsPanel';
import { HallSection } from './hall/HallSection';
import { DalianStory } from './story/DalianStory';
import { StagePanel } from './StagePanel';
import { functionEvent, learnStart, measure, stepToward, type LearnPoint } from './stageSteps';
import { diagramText } from './diagram/conditions';
import { machineGraph } from './diagram/machineGraph';
import { StatechartDiagram } from './diagram/StatechartDiagram';
import { ModelsSideBySide } from './ModelsSideBySide';
import { Term } from './glossary/Term';

export function LearnView() {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const [presenter, setPresenter] = useState(false);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const togglePresenter = () => {
    const on = !presenter;
    setPresenter(on);
    if (on) root.current?.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  };
  // Escape leaves presenter mode also when the browser did not grant full screen (which would
  // otherwise handle Escape itself)
  useEffect(() => {
    if (!presenter) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      setPresenter(false);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenter]);

  return (
    <div className={presenter ? 'learn-view presenter' : 'learn-view'} ref={root} data-presenter={presenter ? 'on' : 'off'}>
      <section className="intro learn-intro">
        <div>
          <h1>{t('learn.title')}</h1>
          <p>{t('learn.intro')}</p>
        </div>
        <div className="learn-tools">
          <button type="button" className="button" aria-pressed={presenter} onClick={togglePresenter} title={t('presenter.hint')}>
            {presenter ? t('presenter.off') : t('presenter.on')}
          </button>
          <a className="button" href={hrefFor('glossary')}>
            {t('nav.glossary')}
          </a>
        </div>
      </section>
      <StageSection />
      <ModelsSideBySide />
      <CaseStepper />
      <HallSection />
      <DalianStory />
    </div>
  );
}

const functionsGraph = machineGraph(fiveFunctionsMachine);

function StageSection() {
  const t = useT();
  const { locale } = useLocale();
  const [walk, setWalk] = useState<LearnPoint[]>(() => [learnStart()]);
  const point = walk[walk.length - 1];
  const push = (next: LearnPoint) => setWalk((w) => (next.cause && w[w.length - 1].cause === next.cause ? [...w.slice(0, -1), next] : [...w, next]));
  const m = point.stage.context;
  const levels = functionLevels(point.functions);
  const index = integrationIndex(point.functions);

  const onMeasure = (patch: Partial<MeasuredState>, cause?: string) => push(measure(point, patch, cause));
  const toggleService = (id: ServiceId, on: boolean) => {
    const next = on ? [...m.services, id] : m.services.filter((s) => s !== id);
    onMeasure({ services: SERVICE_IDS.filter((s) => next.includes(s)) });
  };

  const fnActive = useMemo(() => {
    const ids = new Set<string>();
    for (const n of functionsGraph.nodes) {
      if (n.parent === null) ids.add(n.id);
      else if (levels[n.parent.split('.')[1] as keyof typeof levels] === n.key) ids.add(n.id);
    }
    return ids;
  }, [levels]);
  const fnText = useMemo(() => diagramText(functionsGraph, locale, t), [locale, t]);
  const fnPossible = new Set(functionsGraph.edges.filter((e) => fnActive.has(e.source)).map((e) => e.id));

  return (
    <>
      <div className="learn-layout">
        <section className="card learn-controls" aria-labelledby="learn-measured-title">
          <h2 id="learn-measured-title">{t('learn.measured.title')}</h2>
          <ShareSlider
            id="learn-accepted"
            label={t('learn.accepted')}
            value={m.acceptedInCentreShare}
            onChange={(v) => onMeasure({ acceptedInCentreShare: v }, 'accepted')}
            display={t('learn.shareValue', { value: formatPercent(locale, m.acceptedInCentreShare, 0) })}
          />
          <ShareSlider
            id="learn-decided"
            label={t('learn.decided')}
            value={m.decidedInCentreShare}
            onChange={(v) => onMeasure({ decidedInCentreShare: v }, 'decided')}
            display={t('learn.shareValue', { value: formatPercent(locale, m.decidedInCentreShare, 0) })}
          />
          <fieldset className="field-group">
            <legend>{t('learn.services')}</legend>
            <ul className="check-list">
              {SERVICE_IDS.map((id) => (
                <li key={id}>
                  <label>
                    <input type="checkbox" checked={m.services.includes(id)} onChange={(e) => toggleService(id, e.target.checked)} /> {term(SERVICE_TERMS[id], locale)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <FunctionsPanel levels={levels} onEvent={(ev) => push(functionEvent(point, ev))} />
          <p className="form-hint" data-testid="integration-index">
            {t('learn.integrationIndex', { value: formatPercent(locale, index, 0) })}
          </p>
        </section>
        <StagePanel point={point} onStep={(target: StageId) => push(stepToward(point, target))} onBack={() => setWalk((w) => (w.length > 1 ? w.slice(0, -1) : w))} onReset={() => setWalk([learnStart()])} canBack={walk.length > 1} />
      </div>
      <section className="card learn-functions" aria-labelledby="learn-functions-title">
        <h2 id="learn-functions-title">
          <Term zh="五合一">{t('learn.functions.diagram')}</Term>
        </h2>
        <StatechartDiagram graph={functionsGraph} title={t('learn.functions.diagram')} text={fnText} active={fnActive} possible={fnPossible} testId="functions-diagram" />
      </section>
    </>
  );
}

function ShareSlider({ id, label, value, display, onChange }: { id: string; label: string; value: number; display: string; onChange: (v: number) => void }) {
  return (
    <div className="field slider">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={0} max={100} step={5} value={Math.round(value * 100)} onChange={(e) => onChange(Number(e.target.value) / 100)} aria-valuetext={display} />
      <span className="field-unit">{display}</span>
    </div>
  );
}
