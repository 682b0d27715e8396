/**
 * The views of the app, in navigation order. A view plugs in by adding an entry here (its route
 * id, its nav label key in the i18n dictionaries, its component); the shell builds the nav,
 * the routing and the page title from this list. `startView` is the page for an empty or unknown hash.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/messages';
import { LearnView } from './views/learn/LearnView';
import { PlanView } from './views/plan/PlanView';
import { EvolutionView } from './views/evolution/EvolutionView';
import { CompareView } from './views/compare/CompareView';
import { ResearchView } from './views/research/ResearchView';
import { GlossaryView } from './views/glossary/GlossaryView';
import { SourcesView } from './views/sources/SourcesView';

export interface ViewDef {
  /** route id: the view lives at `#/<id>` */
  id: string;
  /** i18n key of its name in the nav and the page title */
  navKey: MessageKey;
  component: ComponentType;
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
