// One notice (success, info, warning, error) as a Fluent MessageBar, optionally dismissible.
//
// The MessageBar (its styles, intent icons and motion) is not part of the pane's first bundle: it
// is loaded with the first notice shown (MessageBarNotice, ~4 kB gzip). Nothing is shown while that
// small chunk loads; if it cannot load (offline, blocked), the same text is shown without the
// MessageBar, so a notice, above all the one that says a panel failed to load, is never lost; the
// next notice tries the chunk again (lazyPart.tsx).

import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Notice } from '../hooks/notice';
import { useStrings } from '../hooks/useStrings';
import { lazyPart } from './lazyPart';

export interface NoticeBarProps {
  notice: Notice;
  onDismiss?: () => void;
}

export const NoticeBar = lazyPart<NoticeBarProps>(() => import(/* webpackChunkName: "notice" */ './MessageBarNotice').then((m) => m.default), {
  loading: () => null,
  failed: (props) => <PlainNotice {...props} />,
});

/** The notice as plain text, for when the MessageBar's chunk cannot be loaded. */
function PlainNotice({ notice, onDismiss }: NoticeBarProps): React.JSX.Element {
  const s = useStrings();
  return (
    <div role={notice.intent === 'error' ? 'alert' : 'status'} data-intent={notice.intent}>
      {notice.title && (
        <Text as="p" weight="semibold">
          {notice.title}
        </Text>
      )}
      {notice.lines.map((line, i) => (
        <Text as="p" key={i}>
          {line}
        </Text>
      ))}
      {onDismiss && (
        <Button appearance="transparent" size="small" aria-label={s.common.dismiss} title={s.common.dismiss} onClick={onDismiss}>
          ✕
        </Button>
      )}
    </div>
  );
}
