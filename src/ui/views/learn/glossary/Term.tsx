/** Learn's shortcuts to the shared <Term>: a stage by its id. */
import type { ReactNode } from 'react';
import { STAGES } from '../../../../../models/text/paperFacts';
import type { StageId } from '../../../../domain/vocabulary';
import { Term } from '../../../components/Term';

export { Term };

/** A stage's name linked to its glossary entry (the baseline has none). */
export function StageTerm({ stage, children }: { stage: StageId; children: ReactNode }) {
  const entry = STAGES.find((s) => s.id === stage);
  return entry ? <Term zh={entry.zh}>{children}</Term> : <>{children}</>;
}
