/**
 * Several scenarios run at once in the pool (a sweep's points, a grid's cells), with one progress
 * for all: replications and simulated days summed over the runs. No React.
 */
import type { RunProgress, RunSummary, SimPool } from '../../../client/simPool';

export function runAll(pool: Pick<SimPool, 'run'>, scenarios: readonly unknown[], { replications, signal, onProgress }: { replications: number; signal: AbortSignal; onProgress: (p: RunProgress) => void }): Promise<RunSummary[]> {
  const started = Date.now();
  const parts: RunProgress[] = scenarios.map(() => ({ done: 0, total: replications }));
  const sum = (f: (p: RunProgress) => number) => parts.reduce((a, p) => a + f(p), 0);
  const report = () => {
    const withDays = parts.every((p) => p.daysPerReplication !== undefined && p.daysPerReplication === parts[0].daysPerReplication);
    const days = withDays ? { daysPerReplication: parts[0].daysPerReplication, daysDone: sum((p) => p.daysDone ?? p.done * p.daysPerReplication!) } : {};
    onProgress({ done: sum((p) => p.done), total: sum((p) => p.total), elapsedMs: Date.now() - started, ...days });
  };
  report();
  return Promise.all(
    scenarios.map((s, i) =>
      pool.run(s, {
        replications,
        signal,
        onProgress: (p) => {
          parts[i] = p;
          report();
        },
      }),
    ),
  );
}
