/**
 * A component whose code is its own chunk, fetched the first time it renders (or by `preload`):
 * a part of a view that shows only later — Plan's results, after a run — stays out of the first
 * page. Like React.lazy it suspends until the chunk is there (wrap it in a <Suspense>); unlike
 * React.lazy, once loaded it renders at once, so tests that `preload()` render synchronously.
 */
import { createElement, use, type ComponentType, type ReactElement } from 'react';

export type LazyPart<P extends object> = ((props: P) => ReactElement) & {
  /** fetches the chunk (once); resolved when the part can render without suspending */
  preload(): Promise<void>;
};

export function lazyPart<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then((m) => {
      loaded = m[name];
    }));
  const Part = (props: P): ReactElement => {
    if (!loaded) use(preload());
    return createElement(loaded!, props);
  };
  Part.displayName = `Lazy(${name})`;
  return Object.assign(Part, { preload });
}
