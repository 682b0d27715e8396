/**
 * The Learn view: step the stage machine (models/stages) by changing what a centre does, and see
 * the paper's text for each stage. The stage machine's context *is* the measured state, so the
 * controls read it back with narrow selectors; the five-functions machine feeds its integrated
 * functions into the measurement.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useState } from 'react';
import { fiveFunctionsMachine, integratedFunctions, integrationIndex } from '../../../../models/functions/fiveFunctionsMachine';
import { NO_CENTRE, stageMachine, type MeasuredState } from '../../../../models/stages/stageMachine';
import { SERVICE_IDS, SERVICE_TERMS, type ServiceId } from '../../../domain/vocabulary';
import { term } from '../../i18n/term';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { CaseStepper } from './CaseStepper';
import { FunctionsPanel } from './FunctionsPanel';
import { StageTrack } from './StageTrack';
import { HallSection } from './hall/HallSection';
import { DalianStory } from './story/DalianStory';

export function LearnView() {
  // "Start again" remounts the body: fresh stage and five-functions actors, nothing to undo by hand.
  const [session, setSession] = useState(0);
  const t = useT();
  return (
    <div className="learn-view">
      <section className="intro">
        <h1>{t('learn.title')}</h1>
        <p>{t('learn.intro')}</p>
      </section>
      <LearnBody key={session} onReset={() => setSession((n) => n + 1)} />
      <CaseStepper />
      <HallSection />
      <DalianStory />
    </div>
  );
}

function LearnBody({ onReset }: { onReset: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const stage = useActorRef(stageMachine, { input: NO_CENTRE });
  const functions = useActorRef(fiveFunctionsMachine);

  const accepted = useSelector(stage, (s) => s.context.acceptedInCentreShare);
  const decided = useSelector(stage, (s) => s.context.decidedInCentreShare);
  const services = useSelector(stage, (s) => s.context.services);
  const index = useSelector(functions, integrationIndex);

  const measure = (patch: Partial<MeasuredState>) => {
    const current = stage.getSnapshot().context;
    stage.send({ type: 'centre.measured', measured: { ...current, functionsIntegrated: integratedFunctions(functions.getSnapshot()), ...patch } });
  };
  const toggleService = (id: ServiceId, on: boolean) => {
    const next = on ? [...services, id] : services.filter((s) => s !== id);
    measure({ services: SERVICE_IDS.filter((s) => next.includes(s)) });
  };
  const onFunctionEvent = (event: Parameters<typeof functions.send>[0]) => {
    functions.send(event);
    measure({});
  };

  return (
    <div className="learn-layout">
        <section className="card learn-controls" aria-labelledby="learn-measured-title">
          <h2 id="learn-measured-title">{t('learn.measured.title')}</h2>
          <ShareSlider id="learn-accepted" label={t('learn.accepted')} value={accepted} onChange={(v) => measure({ acceptedInCentreShare: v })} display={t('learn.shareValue', { value: formatPercent(locale, accepted, 0) })} />
          <ShareSlider id="learn-decided" label={t('learn.decided')} value={decided} onChange={(v) => measure({ decidedInCentreShare: v })} display={t('learn.shareValue', { value: formatPercent(locale, decided, 0) })} />
          <fieldset className="field-group">
            <legend>{t('learn.services')}</legend>
            <ul className="check-list">
              {SERVICE_IDS.map((id) => (
                <li key={id}>
                  <label>
                    <input type="checkbox" checked={services.includes(id)} onChange={(e) => toggleService(id, e.target.checked)} /> {term(SERVICE_TERMS[id], locale)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <FunctionsPanel actor={functions} onEvent={onFunctionEvent} />
          <p className="form-hint" data-testid="integration-index">
            {t('learn.integrationIndex', { value: formatPercent(locale, index, 0) })}
          </p>
          <button type="button" className="button" onClick={onReset}>
            {t('learn.reset')}
          </button>
        </section>
        <StageTrack actor={stage} />
    </div>
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
