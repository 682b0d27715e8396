/**
 * The frame every Research tool shares (sensitivity, the 2-D sweep, each mechanism alone, the
 * synergy): a form card with its title and introduction, the tool's own fields, the failed job's
 * message, Run/Cancel/progress, and the last result — marked stale while a new run is under way.
 * `useResearchTask` is its task actor with the narrow selectors; `KpiSelect` the indicator picker
 * (the catalogue's KPIs with a better direction).
 */
import { useActorRef, useSelector } from '@xstate/react';
import type { ReactNode } from 'react';
import { selectTaskResult, selectTaskStatus, taskMachine, type TaskActor } from '../../../app/taskMachine';
import { DIRECTED_KPIS } from '../../../domain/kpis';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { kpiLabel } from '../../kpis/kpiLabel';
import { RunControls } from '../../run/RunControls';
import { TaskError } from '../../run/TaskError';
import type { RunSettings } from '../../run/runSettings';
import type { ScenarioJson } from '../../draft/leverDraft';

/**
 * The base scenario and run settings of Research's sweep form for a tool below it, or undefined
 * when that form has errors (it shows them at its fields).
 */
export type PrepareBase = () => { json: ScenarioJson; name: string; settings: RunSettings } | undefined;

/** A Research tool's task: the actor, whether its last result is current, and that result. */
export function useResearchTask<Outcome>(): { task: TaskActor; stale: boolean; outcome: Outcome | undefined } {
  const task = useActorRef(taskMachine);
  const status = useSelector(task, selectTaskStatus);
  const outcome = useSelector(task, selectTaskResult) as Outcome | undefined;
  return { task, stale: status !== 'done', outcome };
}

export interface ResearchPanelProps {
  /** the form's class (and `<id>-title` names its heading) */
  id: string;
  className: string;
  title: string;
  intro: ReactNode;
  task: TaskActor;
  stale: boolean;
  onRun: () => void;
  runLabel: string;
  /** test id of the run status line */
  statusTestId: string;
  /** the tool's fields */
  children: ReactNode;
  /** the class and test id of the results block */
  resultsClass: string;
  /** the last result, or nothing before the first run */
  results?: ReactNode;
  errorTestId?: string;
}

export function ResearchPanel({ id, className, title, intro, task, stale, onRun, runLabel, statusTestId, children, resultsClass, results, errorTestId }: ResearchPanelProps) {
  return (
    <form
      className={`card ${className}`}
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {intro}
      {children}
      <TaskError task={task} testId={errorTestId} />
      <RunControls task={task} runLabel={runLabel} testId={statusTestId} />
      {results && (
        <div className={stale ? `${resultsClass} results-stale` : resultsClass} data-testid={resultsClass}>
          {results}
        </div>
      )}
    </form>
  );
}

/** The indicator picker of a Research tool: the catalogue's KPIs with a better direction. */
export function KpiSelect({ id, value, onChange }: { id: string; value: string; onChange: (kpi: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="field">
      <label htmlFor={id}>{t('research.oat.kpi')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {DIRECTED_KPIS.map((k) => (
          <option key={k} value={k}>
            {kpiLabel(locale, k)}
          </option>
        ))}
      </select>
    </div>
  );
}
