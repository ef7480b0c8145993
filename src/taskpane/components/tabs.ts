// The pane's tabs, in order. Adding a tab is one line here (its panel is loaded on first use)
// plus its label under `tabs` in i18n/vi.ts and i18n/en.ts. For example:
//   { id: 'slides', Panel: React.lazy(() => import('./SlidesPanel')) },
//   { id: 'consolidate', Panel: React.lazy(() => import('./ConsolidatePanel')) },

import * as React from 'react';
import type { Strings } from '../i18n';
import TemplatePanel from './TemplatePanel';

export type TabId = keyof Strings['tabs'];

export interface TabDef {
  id: TabId;
  /** A panel takes no props: it reads settings and texts from the hooks. */
  Panel: React.ComponentType;
}

export const TABS: TabDef[] = [
  // The first tab is what the pane opens on: bundled with the pane, not loaded later.
  { id: 'template', Panel: TemplatePanel },
  { id: 'check', Panel: React.lazy(() => import('./CheckPanel')) },
  { id: 'consolidate', Panel: React.lazy(() => import('./ConsolidatePanel')) },
  { id: 'slides', Panel: React.lazy(() => import('./SlidesPanel')) },
  { id: 'settings', Panel: React.lazy(() => import('./SettingsPanel')) },
];
