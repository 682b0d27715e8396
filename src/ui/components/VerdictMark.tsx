/**
 * The shape and word beside a number coloured by its verdict (better/worse/changed), so the
 * meaning never rests on colour alone: the shape is the forest plot's, the word is for screen
 * readers and the tooltip.
 */
import type { Verdict } from '../../domain/significance';
import { JUDGED_MARK } from '../charts/palette';
import { useT } from '../i18n/I18nProvider';

export function VerdictMark({ verdict }: { verdict: Verdict }) {
  const t = useT();
  const mark = JUDGED_MARK[verdict];
  if (!mark) return null;
  const word = t(`compare.verdict.${verdict}`);
  return (
    <>
      {' '}
      <span className="verdict-mark" aria-hidden="true" title={word}>
        {mark}
      </span>
      <span className="visually-hidden">{word}</span>
    </>
  );
}
