/** The stage machine shown as a track of its four states, the current one with the paper's text and guards. */
import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { STAGE_THRESHOLDS, stageMachine } from '../../../../models/stages/stageMachine';
import { COUNTER_SERVICES, STAGE_IDS, TRADING_SERVICES, type StageId } from '../../../domain/vocabulary';
import type { StateMeta } from '../../../../models/text/types';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { stateText } from './stageText';

type StageActor = ActorRefFrom<typeof stageMachine>;

const metaOf = (id: StageId) => stageMachine.states[id].meta as StateMeta;

export function StageTrack({ actor }: { actor: StageActor }) {
  const t = useT();
  const { locale } = useLocale();
  const current = useSelector(actor, (s) => s.value as StageId);
  const text = stateText(metaOf(current), locale);

  return (
    <section className="card learn-stages" aria-labelledby="learn-stages-title">
      <h2 id="learn-stages-title">{t('learn.stages.title')}</h2>
      <ol className="stage-track">
        {STAGE_IDS.map((id, i) => (
          <li key={id} className={id === current ? 'stage stage-current' : 'stage'} aria-current={id === current ? 'step' : undefined} data-stage={id}>
            <span className="stage-number" aria-hidden="true">
              {i}
            </span>
            <span className="stage-name">{stateText(metaOf(id), locale).name}</span>
            {id === current && <span className="visually-hidden"> ({t('learn.stages.current')})</span>}
          </li>
        ))}
      </ol>
      <div className="stage-detail" data-testid="stage-detail" aria-live="polite">
        <h3>{text.name}</h3>
        {text.quote && (
          <blockquote lang={locale === 'zh-CN' ? 'zh-Hant' : 'en'}>
            <p>{text.quote}</p>
            {text.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
            <footer>
              {t('learn.quote')} · {t('learn.source', { source: text.source })}
            </footer>
          </blockquote>
        )}
        {!text.quote && current === 'dispersed' && (
          <div className="stage-label" data-source="label">
            <p>{t('learn.stage.dispersed')}</p>
            <footer>
              {t('learn.label')} · {t('learn.source', { source: text.source })}
            </footer>
          </div>
        )}
      </div>
      <GuardList actor={actor} />
    </section>
  );
}

function GuardList({ actor }: { actor: StageActor }) {
  const t = useT();
  const { locale } = useLocale();
  const accepted = useSelector(actor, (s) => s.context.acceptedInCentreShare);
  const decided = useSelector(actor, (s) => s.context.decidedInCentreShare);
  const services = useSelector(actor, (s) => s.context.services);
  const functions = useSelector(actor, (s) => s.context.functionsIntegrated.length);
  const th = STAGE_THRESHOLDS;
  const count = (of: readonly string[]) => of.filter((s) => services.includes(s as never)).length;
  // the thresholds are shares of the services; the learner toggles services, so they are shown as counts
  const minTrading = Math.ceil(th.stage3MinTradingShare.value * TRADING_SERVICES.length - 1e-9);
  const minCitizen = Math.ceil(th.stage3MinCitizenShare.value * COUNTER_SERVICES.length - 1e-9);

  const guards: Array<{ key: MessageKey; min: string | number; met: boolean }> = [
    { key: 'learn.guard.accepted', min: formatPercent(locale, th.stage1MinAcceptedShare.value, 0), met: accepted >= th.stage1MinAcceptedShare.value },
    { key: 'learn.guard.decided', min: formatPercent(locale, th.stage2MinDecidedShare.value, 0), met: decided >= th.stage2MinDecidedShare.value },
    { key: 'learn.guard.approval', min: 1, met: services.includes('approval') },
    { key: 'learn.guard.trading', min: minTrading, met: count(TRADING_SERVICES) >= minTrading },
    { key: 'learn.guard.citizen', min: minCitizen, met: count(COUNTER_SERVICES) >= minCitizen },
    { key: 'learn.guard.functions', min: th.stage3MinFunctionsIntegrated.value, met: functions >= th.stage3MinFunctionsIntegrated.value },
  ];
  return (
    <div className="guards">
      <h3>{t('learn.guards.title')}</h3>
      <ul className="guard-list">
        {guards.map((g) => (
          <li key={g.key} className={g.met ? 'guard guard-met' : 'guard'}>
            <span className="guard-mark" aria-hidden="true">
              {g.met ? '✓' : '○'}
            </span>
            {t(g.key, { min: g.min })}
            <span className="visually-hidden"> — {t(g.met ? 'learn.guard.met' : 'learn.guard.unmet')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
