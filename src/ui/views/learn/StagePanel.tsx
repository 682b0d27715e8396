/**
 * The stage machine drawn from its definition: the four states, the arrows between them with their
 * conditions, the current stage filled; the arrows that can be taken now as buttons (each makes the
 * smallest change to what the centre does that takes it); the paper's text for the stage; and for
 * each condition the measured values that decide it.
 */
import { useMemo } from 'react';
import { stageMachine } from '../../../../models/stages/stageMachine';
import type { StateMeta } from '../../../../models/text/types';
import type { StageId } from '../../../domain/vocabulary';
import { pick } from '../../i18n/bilingual';
import type { MessageKey } from '../../i18n/messages';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { diagramText, guardText, nodeName, stageEvidence } from './diagram/conditions';
import { edgesFrom, machineGraph } from './diagram/machineGraph';
import { StatechartDiagram } from './diagram/StatechartDiagram';
import type { LearnPoint } from './stageSteps';
import { StageTerm } from './glossary/Term';
import { sourceText } from '../../i18n/sourceText';

const graph = machineGraph(stageMachine);
const ORDER: readonly StageId[] = ['dispersed', 'stage1', 'stage2', 'stage3'];

/** The stage machine's diagram with `current` filled and the arrows out of it marked (Learn's stage panel, the Dalian story). */
export function StageDiagram({ current, title, testId }: { current: StageId; title: string; testId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const text = useMemo(() => diagramText(graph, locale, t), [locale, t]);
  const id = `stage.${current}`;
  return <StatechartDiagram graph={graph} title={title} text={text} active={new Set([id])} possible={new Set(edgesFrom(graph, id).map((e) => e.id))} testId={testId} />;
}

export function StagePanel({ point, onStep, onBack, onReset, canBack }: { point: LearnPoint; onStep: (target: StageId) => void; onBack: () => void; onReset: () => void; canBack: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const current = point.stage.value as StageId;
  const id = `stage.${current}`;
  const name = (nodeId: string) => nodeName(graph, nodeId, locale);
  const out = edgesFrom(graph, id);
  const meta = stageMachine.states[current].meta as StateMeta;
  const m = point.stage.context;

  return (
    <section className="card learn-stages" aria-labelledby="learn-stages-title">
      <h2 id="learn-stages-title">{t('learn.stages.title')}</h2>
      <StageDiagram current={current} title={t('learn.stages.title')} testId="stage-diagram" />
      <div className="stage-steps">
        <h3>{t('diagram.events')}</h3>
        <div className="run-buttons">
          {out.map((e) => {
            const target = e.target.slice('stage.'.length) as StageId;
            const up = ORDER.indexOf(target) > ORDER.indexOf(current);
            return (
              <button key={e.id} type="button" className={up ? 'button button-primary' : 'button'} data-target={target} onClick={() => onStep(target)}>
                {t(up ? 'learn.stageStep.up' : 'learn.stageStep.down', { target: name(e.target), how: t((up ? `learn.stageHow.${target}` : `learn.stageHow.down.${target}`) as MessageKey) })}
              </button>
            );
          })}
          <button type="button" className="button" onClick={onBack} disabled={!canBack}>
            {t('diagram.back')}
          </button>
          <button type="button" className="button" onClick={onReset}>
            {t('learn.reset')}
          </button>
        </div>
      </div>
      <div className="stage-detail" data-testid="stage-detail" data-stage={current} aria-live="polite">
        <h3>
          <StageTerm stage={current}>{locale === 'zh-CN' ? meta.zh : meta.en}</StageTerm>
        </h3>
        {meta.quote && (
          <blockquote lang={locale === 'zh-CN' ? 'zh-CN' : 'en'}>
            <p>{pick(meta.quote, locale)}</p>
            {(meta.notes ?? []).map((n) => (
              <p key={n.en}>{pick(n, locale)}</p>
            ))}
            <footer>
              {t('learn.quote')} · {t('learn.source', { source: sourceText(meta.source, t, locale) })}
            </footer>
          </blockquote>
        )}
        {!meta.quote && current === 'dispersed' && (
          <div className="stage-label" data-source="label">
            <p>{t('learn.stage.dispersed')}</p>
            <footer>
              {t('learn.label')} · {t('learn.source', { source: sourceText(meta.source, t, locale) })}
            </footer>
          </div>
        )}
      </div>
      <div className="guards">
        <h3>{t('learn.guards.title')}</h3>
        <ul className="guard-list">
          {out.map((e) => {
            const lines = stageEvidence(e.guard, m, t, locale);
            return (
              <li key={e.id} className="guard">
                <strong>
                  {name(e.target)} ← {guardText(e.guard, t)}
                </strong>
                <ul>
                  {lines.map((l) => (
                    <li key={l.text} className={l.met ? 'guard-met' : undefined}>
                      <span className="guard-mark" aria-hidden="true">
                        {l.met ? '✓' : '○'}
                      </span>
                      {l.text}
                      <span className="visually-hidden"> — {t(l.met ? 'learn.guard.met' : 'learn.guard.unmet')}</span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
