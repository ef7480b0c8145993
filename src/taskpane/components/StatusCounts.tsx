// How many indicators are met / not met / missing / unreadable (and without a target), as badges.

import * as React from 'react';
import { Badge, BadgeProps, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Status } from '../../core/types';
import { useStrings } from '../hooks/useStrings';

const ORDER: { status: Status; color: BadgeProps['color'] }[] = [
  { status: 'met', color: 'success' },
  { status: 'not_met', color: 'danger' },
  { status: 'missing', color: 'informative' },
  { status: 'invalid', color: 'warning' },
  { status: 'no_target', color: 'subtle' },
];

const useStyles = makeStyles({
  root: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

export function StatusCounts({ counts }: { counts: Record<Status, number> }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label={s.check.countsLabel}>
      {ORDER.filter(({ status }) => status !== 'no_target' || counts.no_target > 0).map(({ status, color }) => (
        <li key={status} className={styles.item} aria-label={`${s.check.status[status]}: ${counts[status]}`} data-status={status}>
          <Badge appearance={counts[status] > 0 ? 'filled' : 'outline'} color={color} shape="rounded">
            {counts[status]}
          </Badge>
          <Text>{s.check.status[status]}</Text>
        </li>
      ))}
    </ul>
  );
}
