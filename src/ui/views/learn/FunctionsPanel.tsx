/** The five functions of the five-in-one, each a region of the five-functions machine. */
import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { FUNCTION_ROLES, type FiveFunctionsEvent, type fiveFunctionsMachine } from '../../../../models/functions/fiveFunctionsMachine';
import { FUNCTION_IDS, FUNCTION_LEVEL_TERMS, type FunctionId, type FunctionLevel } from '../../../domain/vocabulary';
import { term } from '../../i18n/term';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { pick } from '../../i18n/bilingual';

type FunctionsActor = ActorRefFrom<typeof fiveFunctionsMachine>;

export function FunctionsPanel({ actor, onEvent }: { actor: FunctionsActor; onEvent: (event: FiveFunctionsEvent) => void }) {
  const t = useT();
  return (
    <fieldset className="field-group">
      <legend>{t('learn.functions')}</legend>
      <p className="form-hint">{t('learn.functions.hint')}</p>
      <ul className="function-list">
        {FUNCTION_IDS.map((fn) => (
          <FunctionRow key={fn} fn={fn} actor={actor} onEvent={onEvent} />
        ))}
      </ul>
    </fieldset>
  );
}

function FunctionRow({ fn, actor, onEvent }: { fn: FunctionId; actor: FunctionsActor; onEvent: (event: FiveFunctionsEvent) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const level = useSelector(actor, (s) => (s.value as Record<FunctionId, FunctionLevel>)[fn]);
  const { name, role } = FUNCTION_ROLES[fn];
  return (
    <li className={`function-row function-${level}`} data-function={fn} data-level={level}>
      <span className="function-name">
        {pick(name, locale)} <span className="function-role">{pick(role, locale)}</span>
      </span>
      <span className="function-level">{term(FUNCTION_LEVEL_TERMS[level], locale)}</span>
      <span className="function-actions">
        <button type="button" className="button button-small" disabled={level !== 'separate'} onClick={() => onEvent({ type: 'function.colocate', fn })}>
          {t('learn.colocate')}
        </button>
        <button type="button" className="button button-small" disabled={level !== 'colocated'} onClick={() => onEvent({ type: 'function.integrate', fn })}>
          {t('learn.integrate')}
        </button>
      </span>
    </li>
  );
}
