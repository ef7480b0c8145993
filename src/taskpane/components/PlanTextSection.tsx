// "Đọc chỉ tiêu từ văn bản": paste a plan's text, read it, review the proposed rows, confirm.
// Loaded lazily by PlanTextEntry; all state lives in usePlanText.

import * as React from 'react';
import { Button, Field, Subtitle2, Text, Textarea } from '@fluentui/react-components';
import { usePlanText } from '../hooks/usePlanText';
import { useStrings } from '../hooks/useStrings';
import { NoticeBar } from './NoticeBar';
import { PlanTextConfirm } from './PlanTextConfirm';
import { PlanTextMeta, PlanTextUnmentioned } from './PlanTextMeta';
import { PlanTextRows } from './PlanTextRow';
import { usePanelStyles } from './styles';

export default function PlanTextSection(): React.JSX.Element {
  const s = useStrings();
  const styles = usePanelStyles();
  const pt = usePlanText();

  return (
    <section className={styles.section} aria-labelledby="plantext-heading" data-testid="plantext">
      <Subtitle2 as="h4" id="plantext-heading">
        {s.planText.heading}
      </Subtitle2>
      <Text className={styles.muted}>{s.planText.intro}</Text>
      <Field label={s.planText.textLabel}>
        <Textarea
          value={pt.text}
          onChange={(_, d) => pt.setText(d.value)}
          placeholder={s.planText.textPlaceholder}
          resize="vertical"
          rows={6}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!pt.canRead} onClick={pt.read}>
          {s.planText.read}
        </Button>
      </div>
      {pt.readNotice && <NoticeBar notice={pt.readNotice} onDismiss={pt.dismissReadNotice} />}

      {pt.rows && (
        <>
          <PlanTextMeta pt={pt} />
          <PlanTextRows pt={pt} />
          <PlanTextUnmentioned pt={pt} />
          <PlanTextConfirm pt={pt} />
        </>
      )}
    </section>
  );
}
