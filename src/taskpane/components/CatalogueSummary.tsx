// The active catalogue in one block: its title in the pane's language, id, year, size.

import * as React from 'react';
import { Badge, Body1Strong, Caption1, tokens } from '@fluentui/react-components';
import { useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { staticClasses } from './staticStyles';

// Static classes, not makeStyles: the summary is on the first screen (see staticStyles.ts).
const styles = staticClasses('catalogue', {
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function CatalogueSummary(): React.JSX.Element {
  const s = useStrings();
  const { catalogue, lang, isDefaultCatalogue } = useSettings();
  const headline = catalogue.indicators.filter((i) => i.parentCode === undefined).length;
  return (
    <div className={styles.root} data-testid="catalogue-summary">
      <div className={styles.line}>
        <Body1Strong>{catalogue.title[lang]}</Body1Strong>
        <Badge appearance="tint" color={isDefaultCatalogue ? 'informative' : 'brand'} size="small">
          {isDefaultCatalogue ? s.catalogue.embedded : s.catalogue.imported}
        </Badge>
      </div>
      <Caption1 className={styles.muted}>{s.catalogue.summary(catalogue.id, catalogue.year, headline)}</Caption1>
    </div>
  );
}
