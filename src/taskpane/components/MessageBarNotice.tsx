// The Fluent MessageBar behind NoticeBar, in its own chunk: loaded with the first notice the pane
// shows, not with the pane.

import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../hooks/useStrings';
import type { NoticeBarProps } from './NoticeBar';

export default function MessageBarNotice({ notice, onDismiss }: NoticeBarProps): React.JSX.Element {
  const s = useStrings();
  return (
    <MessageBar intent={notice.intent} data-intent={notice.intent} layout="multiline" politeness={notice.intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={s.common.dismiss} title={s.common.dismiss} onClick={onDismiss}>
              ✕
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}
