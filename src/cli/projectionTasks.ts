/**
 * The projection and synergy tasks a CLI worker thread (or the main thread, with one worker) runs:
 * trajectories [from, to) of a projection, or replications [from, to) of the synergy variants —
 * both handed the statecharts from models/. Results depend on (seed, index) only.
 */
import { loadScenario } from '../engine/scenario/loadScenario';
import type { CentreScenario } from '../engine/scenario/centreSchema';
import { projectReplications } from '../engine/projection/project';
import { runSynergyReplications } from '../engine/projection/synergy';
import { projectionModels } from '../../models/programmes/projectionModels';
import { InputError } from './errors';

/** A projection-kind job. */
export interface ProjectionTask {
  task: 'projection' | 'synergy';
  input: unknown;
  from: number;
  to: number;
  year?: number;
}

/** Loads a centre scenario, refusing other kinds with an input error. */
export function loadCentre(input: unknown): CentreScenario {
  const s = loadScenario(input);
  if (s.type !== 'onewindow/centre') throw new InputError(`projections need an onewindow/centre scenario, got type ${s.type}`);
  return s as CentreScenario;
}

/** Runs one projection or synergy job in this thread; pure apart from timings. */
export function runProjectionTask(job: ProjectionTask, onProgress?: (done: number) => void): unknown[] {
  const s = loadCentre(job.input);
  if (job.task === 'synergy') return runSynergyReplications(s, job.year ?? s.year, { from: job.from, to: job.to, models: projectionModels, onProgress });
  return projectReplications(s, { from: job.from, to: job.to, models: projectionModels, onProgress });
}
