// The reading's year and province (editable); the known indicators the text did not mention.

import * as React from 'react';
import { Caption1, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PlanTextState } from '../hooks/usePlanText';
import { useStrings } from '../hooks/useStrings';
import { usePanelStyles } from './styles';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)', columnGap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function PlanTextMeta({ pt }: { pt: PlanTextState }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field
        className={styles.field}
        label={s.planText.yearLabel}
        validationState={pt.yearError ? 'error' : pt.yearGuessed ? 'warning' : 'none'}
        validationMessage={pt.yearError ?? (pt.yearGuessed ? s.planText.yearGuessed(pt.year) : undefined)}
        hint={pt.yearGuessed ? undefined : s.planText.yearFromText}
      >
        <Input className={styles.input} value={pt.year} inputMode="numeric" onChange={(_, d) => pt.setYear(d.value)} />
      </Field>
      <Field className={styles.field} label={s.planText.provinceLabel}>
        <Input className={styles.input} value={pt.province} onChange={(_, d) => pt.setProvince(d.value)} />
      </Field>
    </div>
  );
}

export function PlanTextUnmentioned({ pt }: { pt: PlanTextState }): React.JSX.Element | null {
  const s = useStrings();
  const panel = usePanelStyles();
  const styles = useStyles();
  if (pt.unmentioned.length === 0) return null;
  return (
    <div className={panel.section} data-testid="plantext-unmentioned">
      <Text weight="semibold">{s.planText.unmentionedHeading(pt.unmentioned.length)}</Text>
      <ul className={styles.list}>
        {pt.unmentioned.map((u) => (
          <li key={u.code}>
            <Text>{u.name}</Text> <Caption1 className={panel.muted}>({u.code})</Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={panel.muted}>{s.planText.unmentionedHint}</Caption1>
    </div>
  );
}
