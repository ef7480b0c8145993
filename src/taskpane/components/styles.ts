// Layout shared by the panels: Fluent tokens only, so the pane follows the Office theme. Static
// classes, not makeStyles, because the Template panel is on the first screen (see staticStyles.ts).

import { tokens } from '@fluentui/react-components';
import { staticClasses } from './staticStyles';

const panelClasses = staticClasses('panel', {
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

/** The panels' class names (a hook, as makeStyles' were, so panels call it the same way). */
export function usePanelStyles(): typeof panelClasses {
  return panelClasses;
}
