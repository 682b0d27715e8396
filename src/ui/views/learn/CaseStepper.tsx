/**
 * The five models for trainers: pick a centre type and a case, step the case through the type's
 * statechart (one event per state), and compare the same case across all six types.
 */
import { initialTransition, transition } from 'xstate';
import { useMemo, useState } from 'react';
import { DEFAULT_CASE, type CaseAttributes } from '../../../../models/centreTypes/caseJourney';
import {
  CASE_SERVICES,
  CASE_SERVICE_TERMS,
  CENTRE_TYPE_IDS,
  CHANNELS,
  CHANNEL_TERMS,
  ITEM_CLASSES,
  ITEM_CLASS_TERMS,
  MECHANISM_TERMS,
  ROUTING_MECHANISMS,
  STATIONINGS,
  STATIONING_TERMS,
  type CentreTypeId,
} from '../../../domain/vocabulary';
import { term } from '../../i18n/term';
import { kpiLabel } from '../../kpis/kpiLabel';
import { KPIS } from '../../../domain/kpis';
import { Term } from './glossary/Term';
import { sourceText } from '../../i18n/sourceText';
import { CENTRE_TYPES } from '../../../../models/centreTypes/registry';
import { pick } from '../../i18n/bilingual';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { applicantPlace, caseForType, caseStateMeta, nextEvent, routesByType } from './caseModel';
import { caseEvidence, caseGuardHolds, diagramText, eventText, guardText, nodeName } from './diagram/conditions';
import { edgesFrom, machineGraph } from './diagram/machineGraph';
import { StatechartDiagram } from './diagram/StatechartDiagram';
import { TableScroll } from '../../components/TableScroll';

type Mechanism = keyof CaseAttributes['mechanisms'];
const MECHANISMS: readonly Mechanism[] = ROUTING_MECHANISMS;

export function CaseStepper() {
  const t = useT();
  const { locale } = useLocale();
  const [type, setType] = useState<CentreTypeId>('functionIntegration');
  const [attrs, setAttrs] = useState<CaseAttributes>({ ...DEFAULT_CASE, stationing: 'reception', needsHeadquartersVisit: true });
  /** bumped by "start again": a new key gives the walk a fresh actor */
  const [walk, setWalk] = useState(0);
  const { profile } = CENTRE_TYPES[type];
  const effective = caseForType(type, attrs);
  const set = (patch: Partial<CaseAttributes>) => setAttrs((a) => ({ ...a, ...patch }));
  const setMechanism = (m: Mechanism, on: boolean) => setAttrs((a) => ({ ...a, mechanisms: { ...a.mechanisms, [m]: on } }));

  return (
    <section className="card case-stepper" aria-labelledby="learn-models-title">
      <h2 id="learn-models-title">{t('learn.models.title')}</h2>
      <p className="form-intro">{t('learn.models.intro')}</p>
      <div className="case-layout">
        <div className="case-controls">
          <div className="field">
            <label htmlFor="case-type">{t('learn.models.type')}</label>
            <select id="case-type" value={type} onChange={(e) => setType(e.target.value as CentreTypeId)}>
              {CENTRE_TYPE_IDS.map((id) => (
                <option key={id} value={id}>
                  {pick(CENTRE_TYPES[id].profile.model, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="model-profile" data-testid="model-profile">
            <p>{t('learn.models.mark', { text: pick(profile.distinguishingMark, locale) })}</p>
            <p>{pick(profile.whatItDoes, locale)}</p>
            <p>{t('learn.models.representative', { name: pick(profile.representative, locale) })}</p>
          </div>
          <fieldset className="field-group">
            <legend>{t('learn.case.title')}</legend>
            <Choice id="case-service" label={t('learn.case.service')} value={attrs.service} options={CASE_SERVICES} text={(v) => term(CASE_SERVICE_TERMS[v], locale)} onChange={(service) => set({ service })} />
            <Choice id="case-item" label={t('learn.case.itemClass')} value={attrs.itemClass} options={ITEM_CLASSES} text={(v) => term(ITEM_CLASS_TERMS[v], locale)} onChange={(itemClass) => set({ itemClass })} />
            <Choice id="case-stationing" label={t('learn.case.stationing')} value={attrs.stationing} options={STATIONINGS} text={(v) => term(STATIONING_TERMS[v], locale)} onChange={(stationing) => set({ stationing })} />
            {effective.stationing !== attrs.stationing && <p className="form-hint">{t('learn.case.adjusted', { value: term(STATIONING_TERMS[effective.stationing], locale) })}</p>}
            <Choice id="case-channel" label={t('learn.case.channel')} value={attrs.channel} options={CHANNELS} text={(v) => term(CHANNEL_TERMS[v], locale)} onChange={(channel) => set({ channel })} />
            <ul className="check-list">
              <li>
                <label>
                  <input type="checkbox" checked={attrs.materialsComplete} onChange={(e) => set({ materialsComplete: e.target.checked })} /> {t('learn.case.materialsComplete')}
                </label>
              </li>
              <li>
                <label>
                  <input type="checkbox" checked={attrs.needsHeadquartersVisit} onChange={(e) => set({ needsHeadquartersVisit: e.target.checked })} /> {t('learn.case.needsHeadquartersVisit')}
                </label>
              </li>
              <li>
                <label>
                  <input type="checkbox" checked={attrs.withinWindowAuthority} onChange={(e) => set({ withinWindowAuthority: e.target.checked })} /> {t('learn.case.withinWindowAuthority')}
                </label>
              </li>
              {MECHANISMS.map((m) => (
                <li key={m}>
                  <label>
                    <input type="checkbox" checked={attrs.mechanisms[m]} onChange={(e) => setMechanism(m, e.target.checked)} /> {term(MECHANISM_TERMS[m], locale)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
        <CaseWalk key={`${type}|${JSON.stringify(effective)}|${walk}`} type={type} attrs={effective} onRestart={() => setWalk((n) => n + 1)} />
      </div>
      <CompareRoutes attrs={attrs} current={type} />
    </section>
  );
}

function Choice<V extends string>({ id, label, value, options, text, onChange }: { id: string; label: string; value: V; options: readonly V[]; text: (v: V) => string; onChange: (v: V) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One case stepping through one model's diagram. The walk is a list of snapshots computed with the
 * machine's own pure step function, so stepping back is dropping the last one; remounted (fresh
 * walk) whenever the type or case changes, or on restart.
 */
function CaseWalk({ type, attrs, onRestart }: { type: CentreTypeId; attrs: CaseAttributes; onRestart: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const machine = CENTRE_TYPES[type].machine;
  const graph = useMemo(() => machineGraph(machine), [machine]);
  const [history, setHistory] = useState(() => [initialTransition(machine, attrs)[0]]);
  const snap = history[history.length - 1];
  const state = snap.value as unknown as string;
  const done = snap.status === 'done';
  const event = done ? undefined : nextEvent(machine, state);
  const stateId = `${machine.id}.${state}`;
  const choices = event ? edgesFrom(graph, stateId).filter((e) => e.event === event) : [];
  const holds = choices.map((e) => caseGuardHolds(machine, e.guard, snap.context, { type: event! }));
  const takenIndex = holds.indexOf(true);
  const taken = takenIndex >= 0 ? choices[takenIndex] : undefined;
  const text = useMemo(() => diagramText(graph, locale, t), [graph, locale, t]);

  const step = () => {
    if (!event) return;
    setHistory((h) => [...h, transition(machine, h[h.length - 1], { type: event } as never)[0]]);
  };
  const back = () => setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h));
  const current = caseStateMeta(machine, state);
  const visited = new Set(history.map((h) => `${machine.id}.${h.value as unknown as string}`));

  return (
    <div className="case-walk" data-testid="case-walk" data-state={state}>
      <StatechartDiagram
        graph={graph}
        title={pick(CENTRE_TYPES[type].profile.model, locale)}
        text={text}
        active={new Set([stateId])}
        possible={new Set(choices.map((e) => e.id))}
        taken={new Set(taken ? [taken.id] : [])}
        visited={visited}
        testId="case-diagram"
      />
      <div className="case-detail">
        <div className="state-detail" aria-live="polite">
          <h3>{t('diagram.stateText', { name: locale === 'zh-CN' ? current.zh : current.en })}</h3>
          {current.quote ? (
            <blockquote lang={locale === 'zh-CN' ? 'zh-CN' : 'en'}>
              <p>{pick(current.quote, locale)}</p>
              <footer>
                {t('learn.quote')} · {t('learn.source', { source: sourceText(current.source, t, locale) })}
              </footer>
            </blockquote>
          ) : (
            <p className="case-source">
              {t('diagram.ownText')} · {t('learn.source', { source: sourceText(current.source, t, locale) })}
            </p>
          )}
        </div>
        {choices.length > 0 && (
          <div className="conditions">
            <h4>{t('diagram.conditions')}</h4>
            <ol className="condition-list">
              {choices.map((e, i) => {
                const g = guardText(e.guard, t) ?? (choices.length > 1 ? t('guard.otherwise') : eventText(e.event, t));
                const isTaken = taken?.id === e.id;
                return (
                  <li key={e.id} className={isTaken ? 'condition condition-taken' : 'condition'} data-taken={isTaken ? 'true' : 'false'}>
                    <span className="guard-mark" aria-hidden="true">
                      {isTaken ? '➜' : holds[i] ? '✓' : '○'}
                    </span>
                    <span>
                      <strong>{g}</strong> — {t('diagram.takes', { target: nodeName(graph, e.target, locale) })}
                      <span className="visually-hidden"> ({t(isTaken ? 'diagram.taken' : 'diagram.notTaken')})</span>
                      {caseEvidence(e.guard, snap.context.case, t, locale).map((line) => (
                        <span key={line} className="evidence">
                          {line}
                        </span>
                      ))}
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        )}
        <h4>{t('diagram.events')}</h4>
        <div className="run-buttons">
          {done ? (
            <p className="run-status run-status-done" role="status">
              {t('learn.step.done')}
            </p>
          ) : (
            <button type="button" className="button button-primary" onClick={step} disabled={!event}>
              {t('learn.step.next', { event: event ? t(`event.${event}`) : '' })}
            </button>
          )}
          <button type="button" className="button" onClick={back} disabled={history.length < 2}>
            {t('diagram.back')}
          </button>
          <button type="button" className="button" onClick={onRestart} disabled={history.length < 2}>
            {t('learn.step.restart')}
          </button>
        </div>
        <h4>{t('learn.step.path')}</h4>
        <ol className="case-path">
          {history.map((h, i) => {
            const s = h.value as unknown as string;
            const meta = caseStateMeta(machine, s);
            const place = applicantPlace(h.tags);
            return (
              <li key={i} className={i === history.length - 1 ? 'case-step case-step-current' : 'case-step'} data-state={s}>
                <span className="case-step-name">{locale === 'zh-CN' ? meta.zh : meta.en}</span>
                {place && <span className="case-step-place">{t(`where.${place}`)}</span>}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

function CompareRoutes({ attrs, current }: { attrs: CaseAttributes; current: CentreTypeId }) {
  const t = useT();
  const { locale } = useLocale();
  const routes = useMemo(() => routesByType(attrs), [attrs]);
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  return (
    <TableScroll className="compare-routes">
      <table className="kpi-table">
        <caption>{t('learn.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('learn.compare.model')}</th>
            <th scope="col">{t('learn.compare.stationing')}</th>
            <th scope="col" className="num">{t('learn.compare.steps')}</th>
            <th scope="col" className="num">
              <Term zh={KPIS.tripsPerCase.zh}>{kpiLabel(locale, 'tripsPerCase')}</Term>
            </th>
            <th scope="col">{t('learn.compare.inCentre')}</th>
            <th scope="col">{t('learn.compare.onTheSpot')}</th>
            <th scope="col">
              <Term zh="两头办理">{t('learn.compare.twoEnd')}</Term>
            </th>
          </tr>
        </thead>
        <tbody>
          {routes.map(({ type, attrs: a, route }) => (
            <tr key={type} data-type={type} aria-current={type === current ? 'true' : undefined} className={type === current ? 'row-current' : undefined}>
              <th scope="row">{pick(CENTRE_TYPES[type].profile.model, locale)}</th>
              <td>{term(STATIONING_TERMS[a.stationing], locale)}</td>
              <td className="num" data-col="steps">{route ? route.states.length - 1 : t('kpi.none')}</td>
              <td className="num" data-col="trips">{route ? route.trips : t('kpi.none')}</td>
              <td data-col="inCentre">{route ? yesNo(route.decidedInCentre) : t('kpi.none')}</td>
              <td data-col="onTheSpot">{route ? yesNo(route.decidedOnTheSpot) : t('kpi.none')}</td>
              <td data-col="twoEnd">{route ? yesNo(route.visitsHeadquarters) : t('kpi.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
