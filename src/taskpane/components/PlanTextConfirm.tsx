// Confirm (the catalogue changes only here) and save the confirmed catalogue as JSON.

import * as React from 'react';
import { Button, Caption1 } from '@fluentui/react-components';
import type { PlanTextState } from '../hooks/usePlanText';
import { useStrings } from '../hooks/useStrings';
import { NoticeBar } from './NoticeBar';
import { usePanelStyles } from './styles';

export function PlanTextConfirm({ pt }: { pt: PlanTextState }): React.JSX.Element {
  const s = useStrings();
  const styles = usePanelStyles();
  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={pt.confirm}>
          {s.planText.confirm}
        </Button>
        {pt.download && (
          <Button as="a" href={pt.download.href} download={pt.download.fileName} data-testid="plantext-save">
            {s.planText.save}
          </Button>
        )}
      </div>
      {pt.download && <Caption1 className={styles.muted}>{s.planText.saveHint}</Caption1>}
      {pt.confirmNotice && <NoticeBar notice={pt.confirmNotice} onDismiss={pt.dismissConfirmNotice} />}
      {pt.confirmedNotice && <NoticeBar notice={pt.confirmedNotice} />}
      {pt.changedSinceConfirm && <NoticeBar notice={{ intent: 'info', lines: [s.planText.changedSinceConfirm] }} />}
    </>
  );
}
