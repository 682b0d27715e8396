/**
 * One simulation pool for the whole app. Workers start lazily on the first run and are
 * terminated when the provider unmounts; a later run (e.g. after React StrictMode's remount)
 * starts a fresh pool, so the handle given to machines never goes stale.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SimPool } from '../../client/simPool';

/** What views and machines get: run and validate; disposal belongs to the provider. */
export type AppPool = Pick<SimPool, 'run' | 'runKept' | 'validate' | 'runProjection' | 'runSynergy' | 'compare' | 'compareMany' | 'dayRecords' | 'windowBrackets'>;

export interface PoolHandle extends AppPool {
  dispose(): void;
}

/** A pool that is created on first use and can be disposed and re-created. */
export function createPoolHandle(factory: () => SimPool | Promise<SimPool>): PoolHandle {
  let pool: Promise<SimPool> | undefined;
  const get = () => (pool ??= Promise.resolve().then(factory));
  return {
    run: async (scenarioJson, options) => (await get()).run(scenarioJson, options),
    runKept: async (scenarioJson, options) => (await get()).runKept(scenarioJson, options),
    validate: async (scenarioJson, signal) => (await get()).validate(scenarioJson, signal),
    runProjection: async (scenarioJson, options) => (await get()).runProjection(scenarioJson, options),
    runSynergy: async (scenarioJson, year, options) => (await get()).runSynergy(scenarioJson, year, options),
    compare: async (a, b, options) => (await get()).compare(a, b, options),
    compareMany: async (base, variants, options) => (await get()).compareMany(base, variants, options),
    dayRecords: async (scenarioJson, options) => (await get()).dayRecords(scenarioJson, options),
    windowBrackets: async (scenarioJson, target, signal) => (await get()).windowBrackets(scenarioJson, target, signal),
    dispose: () => {
      void pool?.then((p) => p.dispose(), () => undefined);
      pool = undefined;
    },
  };
}

/** The pool's code (and the engine's result merging it uses) is its own chunk, fetched on the first run. */
const createSimPool = async (): Promise<SimPool> => (await import('../../client/simPool')).createSimPool();

const PoolContext = createContext<AppPool | null>(null);

export function SimPoolProvider({ children, create = createSimPool }: { children: ReactNode; create?: () => SimPool | Promise<SimPool> }) {
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
