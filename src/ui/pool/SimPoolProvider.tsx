/**
 * One simulation pool for the whole app. Workers start lazily on the first run and are
 * terminated when the provider unmounts; a later run (e.g. after React StrictMode's remount)
 * starts a fresh pool, so the handle given to machines never goes stale.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createSimPool, type SimPool } from '../../client/simPool';

/** What views and machines get: run and validate; disposal belongs to the provider. */
export type AppPool = Pick<SimPool, 'run' | 'runKept' | 'validate' | 'runProjection' | 'runSynergy' | 'compare' | 'compareMany' | 'dayRecords' | 'windowBrackets'>;

export interface PoolHandle extends AppPool {
  dispose(): void;
}

/** A pool that is created on first use and can be disposed and re-created. */
export function createPoolHandle(factory: () => SimPool): PoolHandle {
  let pool: SimPool | undefined;
  const get = () => (pool ??= factory());
  return {
    run: (scenarioJson, options) => get().run(scenarioJson, options),
    runKept: (scenarioJson, options) => get().runKept(scenarioJson, options),
    validate: (scenarioJson, signal) => get().validate(scenarioJson, signal),
    runProjection: (scenarioJson, options) => get().runProjection(scenarioJson, options),
    runSynergy: (scenarioJson, year, options) => get().runSynergy(scenarioJson, year, options),
    compare: (a, b, options) => get().compare(a, b, options),
    compareMany: (base, variants, options) => get().compareMany(base, variants, options),
    dayRecords: (scenarioJson, options) => get().dayRecords(scenarioJson, options),
    windowBrackets: (scenarioJson, target, signal) => get().windowBrackets(scenarioJson, target, signal),
    dispose: () => {
      pool?.dispose();
      pool = undefined;
    },
  };
}

const PoolContext = createContext<AppPool | null>(null);

export function SimPoolProvider({ children, create = createSimPool }: { children: ReactNode; create?: () => SimPool }) {
  const [handle] = useState(() => createPoolHandle(create));
  useEffect(() => () => handle.dispose(), [handle]);
  return <PoolContext.Provider value={handle}>{children}</PoolContext.Provider>;
}

/** The app's simulation pool. */
export function useSimPool(): AppPool {
  const pool = useContext(PoolContext);
  if (!pool) throw new Error('useSimPool must be used inside <SimPoolProvider>');
  return pool;
}
