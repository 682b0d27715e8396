/**
 * The views of the app, in navigation order. A view plugs in by adding an entry here (its route
 * id, its nav label key in the i18n dictionaries, its component); the shell builds the nav,
 * the routing and the page title from this list, and mounts a view on its first visit. `startView` is the page for an empty or unknown hash.
 */
import { createElement, use, type ComponentType, type ReactElement } from 'react';
import type { MessageKey } from './i18n/messages';

/** A view whose code is its own chunk, fetched on the first render (or by `preload`). */
export type LazyView = (() => ReactElement) & {
  /** fetches the chunk (once); resolved when the view can render without suspending */
  preload(): Promise<void>;
  /** also fetches the parts the view loads later (its module's `preloadParts`, e.g. Plan's results) */
  preloadAll(): Promise<void>;
};

/**
 * A view's code as its own chunk, fetched on the first visit: the first page loads only the shell
 * and its own view, and ELK (the Learn diagrams) only when Learn is opened. Like React.lazy, it
 * suspends (the shell shows a loading line) until the chunk is there; unlike React.lazy, once the
 * chunk is loaded it renders at once, so `preloadViews()` lets tests render the app synchronously.
 */
function lazyView<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyView {
  let loaded: ComponentType | undefined;
  let parts: (() => Promise<void>) | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then((m) => {
      loaded = m[name];
      parts = (m as { preloadParts?: () => Promise<void> }).preloadParts;
    }));
  const View = (): ReactElement => {
    if (!loaded) use(preload());
    return createElement(loaded!);
  };
  View.displayName = `Lazy(${name})`;
  return Object.assign(View, { preload, preloadAll: () => preload().then(() => parts?.()) });
}

const LearnView = lazyView(() => import('./views/learn/LearnView'), 'LearnView');
const PlanView = lazyView(() => import('./views/plan/PlanView'), 'PlanView');
const EvolutionView = lazyView(() => import('./views/evolution/EvolutionView'), 'EvolutionView');
const CompareView = lazyView(() => import('./views/compare/CompareView'), 'CompareView');
const ResearchView = lazyView(() => import('./views/research/ResearchView'), 'ResearchView');
const GlossaryView = lazyView(() => import('./views/glossary/GlossaryView'), 'GlossaryView');
const SourcesView = lazyView(() => import('./views/sources/SourcesView'), 'SourcesView');

export interface ViewDef {
  /** route id: the view lives at `#/<id>` */
  id: string;
  /** i18n key of its name in the nav and the page title */
  navKey: MessageKey;
  /** loaded on the view's first visit (see `lazyView`) */
  component: LazyView;
}

/** In DESIGN.md's order: Learn, Plan, Evolution, Compare, Research; then the Glossary (Learn's terms link to it) and the source notes every view cites. */
export const views: readonly ViewDef[] = [
  { id: 'learn', navKey: 'nav.learn', component: LearnView },
  { id: 'plan', navKey: 'nav.plan', component: PlanView },
  { id: 'evolution', navKey: 'nav.evolution', component: EvolutionView },
  { id: 'compare', navKey: 'nav.compare', component: CompareView },
  { id: 'research', navKey: 'nav.research', component: ResearchView },
  { id: 'glossary', navKey: 'nav.glossary', component: GlossaryView },
  { id: 'sources', navKey: 'nav.sources', component: SourcesView },
];

/** The start page. */
export const startView: ViewDef = views.find((v) => v.id === 'plan')!;

/** Fetches every view's chunk and the parts they load later (tests that render the whole app call this first). */
export function preloadViews(): Promise<void> {
  return Promise.all(views.map((v) => v.component.preloadAll())).then(() => undefined);
}
