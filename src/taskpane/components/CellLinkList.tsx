// A list of findings that each point to a cell: clicking one selects the cell in Excel.

import * as React from 'react';
import { Badge, BadgeProps, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CellRef } from '../../core/types';
import { useStrings } from '../hooks/useStrings';

export interface CellLinkItem {
  key: string;
  /** Where it is; null when there is no cell to go to. */
  ref: CellRef | null;
  badge?: { text: string; color: BadgeProps['color'] };
  title?: string;
  text: string;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  button: {
    width: '100%',
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  static: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  text: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

export function CellLinkList({ items, onSelect }: { items: CellLinkItem[]; onSelect: (ref: CellRef) => void }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const body = (
          <span className={styles.body}>
            <span className={styles.head}>
              {item.badge && (
                <Badge appearance="tint" color={item.badge.color} size="small">
                  {item.badge.text}
                </Badge>
              )}
              {item.ref && <Caption1 className={styles.cell}>{item.ref.cell}</Caption1>}
              {item.title && <Text weight="semibold">{item.title}</Text>}
            </span>
            <Text className={styles.text}>{item.text}</Text>
          </span>
        );
        return (
          <li key={item.key}>
            {item.ref ? (
              <Button
                appearance="subtle"
                className={styles.button}
                title={s.check.goToCell(`${item.ref.sheet}!${item.ref.cell}`)}
                onClick={() => item.ref && onSelect(item.ref)}
              >
                {body}
              </Button>
            ) : (
              <div className={styles.static}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
