/** The five functions of the five-in-one, each a region of the five-functions machine: buttons for the events each region can take now. */
import { FUNCTION_ROLES, type FiveFunctionsEvent } from '../../../../models/functions/fiveFunctionsMachine';
import { FUNCTION_IDS, FUNCTION_LEVEL_TERMS, type FunctionId, type FunctionLevel } from '../../../domain/vocabulary';
import { term } from '../../i18n/term';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { pick } from '../../i18n/bilingual';
import { Term } from './glossary/Term';

export function FunctionsPanel({ levels, onEvent }: { levels: Record<FunctionId, FunctionLevel>; onEvent: (event: FiveFunctionsEvent) => void }) {
  const t = useT();
  return (
    <fieldset className="field-group">
      <legend>
        <Term zh="五合一">{t('learn.functions')}</Term>
      </legend>
      <p className="form-hint">{t('learn.functions.hint')}</p>
      <ul className="function-list">
        {FUNCTION_IDS.map((fn) => (
          <FunctionRow key={fn} fn={fn} level={levels[fn]} onEvent={onEvent} />
        ))}
      </ul>
    </fieldset>
  );
}

function FunctionRow({ fn, level, onEvent }: { fn: FunctionId; level: FunctionLevel; onEvent: (event: FiveFunctionsEvent) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { name, role } = FUNCTION_ROLES[fn];
  return (
    <li className={`function-row function-${level}`} data-function={fn} data-level={level}>
      <span className="function-name">
        <Term zh={name.zh}>{pick(name, locale)}</Term>{' '}
        <span className="function-role">
          <Term zh={role.zh}>{pick(role, locale)}</Term>
        </span>
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
