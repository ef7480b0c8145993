// The proposed rows: each beside its source sentence with the value highlighted, its value, unit
// and rule editable, a checkbox to drop it, and the reader's doubts.

import * as React from 'react';
import {
  Badge,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { PlanRule } from '../../core/plantext';
import { PLAN_RULES, PlanRowView, PlanTextState } from '../hooks/usePlanText';
import { useStrings } from '../hooks/useStrings';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  doubtfulRow: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}` },
  dropped: { opacity: 0.6 },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  doubt: { color: tokens.colorPaletteMarigoldForeground2 },
  source: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Two columns that shrink with the pane (350 px by default): value | unit, then the rule below.
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  rule: { gridColumnStart: 1, gridColumnEnd: -1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function PlanTextRows({ pt }: { pt: PlanTextState }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const rows = pt.rows ?? [];
  return (
    <>
      <Text weight="semibold" id="plantext-rows-heading">
        {s.planText.rowsHeading(rows.length, pt.keptCount)}
      </Text>
      <ul className={styles.list} aria-labelledby="plantext-rows-heading">
        {rows.map((row) => (
          <PlanTextRow key={row.index} row={row} pt={pt} />
        ))}
      </ul>
    </>
  );
}

function PlanTextRow({ row, pt }: { row: PlanRowView; pt: PlanTextState }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const nameId = `plantext-row-${row.index}-name`;
  const off = row.dropped;
  return (
    <li
      className={mergeClasses(styles.row, row.doubts.length > 0 && styles.doubtfulRow, off && styles.dropped)}
      aria-labelledby={nameId}
      data-testid={`plantext-row-${row.code}`}
    >
      <div className={styles.head}>
        <Text weight="semibold" id={nameId}>
          {row.name}
        </Text>
        <Caption1 className={styles.code}>{row.code}</Caption1>
        {row.isNew && (
          <Badge appearance="tint" color="brand" size="small">
            {s.planText.newCode}
          </Badge>
        )}
        {row.doubts.length > 0 && (
          <Badge appearance="filled" color="warning" size="small" data-testid="plantext-doubt-badge">
            {s.planText.doubtful}
          </Badge>
        )}
      </div>
      {row.parentName && <Caption1 className={styles.muted}>{s.planText.subTargetOf(row.parentName)}</Caption1>}
      {row.doubts.map((d, i) => (
        <Caption1 key={i} className={styles.doubt}>
          {d}
        </Caption1>
      ))}
      <SourceSentence source={row.source} label={s.planText.sourceLabel} />
      <div className={styles.fields}>
        <Field
          className={styles.field}
          label={s.planText.value}
          validationState={row.valueError ? 'error' : row.valueNote ? 'warning' : 'none'}
          validationMessage={row.valueError ?? row.valueNote ?? undefined}
        >
          <Input className={styles.input} value={row.valueText} disabled={off || !row.valueEditable} onChange={(_, d) => pt.setValue(row.index, d.value)} />
        </Field>
        <Field className={styles.field} label={s.planText.unit}>
          <Input className={styles.input} value={row.unit} disabled={off || !row.valueEditable} onChange={(_, d) => pt.setUnit(row.index, d.value)} />
        </Field>
        <Field className={styles.rule} label={s.planText.rule}>
          <Select value={row.rule} disabled={off || !row.ruleEditable} onChange={(_, d) => pt.setRule(row.index, d.value as PlanRule)}>
            {PLAN_RULES.map((r) => (
              <option key={r} value={r}>
                {s.planText.rules[r]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox checked={row.dropped} label={s.planText.drop} onChange={(_, d) => pt.setDropped(row.index, d.checked === true)} />
    </li>
  );
}

function SourceSentence({ source, label }: { source: PlanRowView['source']; label: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <blockquote className={styles.source} aria-label={label}>
      {source.before}
      {source.value && <mark className={styles.mark}>{source.value}</mark>}
      {source.after}
    </blockquote>
  );
}
