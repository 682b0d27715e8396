/**
 * The views of the app, in navigation order. A view plugs in by adding an entry here (its route
 * id, its nav label key in the i18n dictionaries, its component); the shell builds the nav,
 * the routing and the page title from this list. The first entry is the start page.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/messages';
import { PlanView } from './views/plan/PlanView';

export interface ViewDef {
  /** route id: the view lives at `#/<id>` */
  id: string;
  /** i18n key of its name in the nav and the page title */
  navKey: MessageKey;
  component: ComponentType;
}

export const views: readonly ViewDef[] = [{ id: 'plan', navKey: 'nav.plan', component: PlanView }];

export const startView = views[0];
