// Kiểm tra / Check: check the open sheet; counts, problems and the indicators not met, each
// pointing to its cell.

import * as React from 'react';
import { BadgeProps, Button, Caption1, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { CheckReport } from '../../core/check';
import type { Severity } from '../../core/types';
import type { Strings } from '../i18n';
import { useSheetCheck } from '../hooks/useSheetCheck';
import { useStrings } from '../hooks/useStrings';
import { CellLinkItem, CellLinkList } from './CellLinkList';
import { NoticeBar } from './NoticeBar';
import { StatusCounts } from './StatusCounts';
import { usePanelStyles } from './styles';

const SEVERITY_COLOUR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

function problemItems(report: CheckReport, s: Strings): CellLinkItem[] {
  return report.problems.map((p, i) => ({
    key: `${i}-${p.cell}`,
    ref: { sheet: p.sheet, cell: p.cell },
    badge: { text: s.check.severity[p.severity], color: SEVERITY_COLOUR[p.severity] },
    text: p.message,
  }));
}

function notMetItems(report: CheckReport): CellLinkItem[] {
  return report.indicators
    .filter((i) => i.status === 'not_met')
    .map((i) => ({ key: i.code, ref: i.cell ? { sheet: i.sheet, cell: i.cell } : null, title: i.name, text: i.message }));
}

export default function CheckPanel(): React.JSX.Element {
  const s = useStrings();
  const styles = usePanelStyles();
  const c = useSheetCheck();
  const report = c.report;
  const problems = report ? problemItems(report, s) : [];
  const notMet = report ? notMetItems(report) : [];

  return (
    <section className={styles.panel} aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading">
        {s.check.heading}
      </Subtitle2>
      <Text className={styles.muted}>{s.check.intro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={c.busy} onClick={() => void c.check()}>
          {s.check.run}
        </Button>
        {c.busy && <Spinner size="tiny" label={s.check.running} />}
      </div>

      {c.errorNotice && <NoticeBar notice={c.errorNotice} onDismiss={c.dismissError} />}
      {c.selectErrorNotice && <NoticeBar notice={c.selectErrorNotice} onDismiss={c.dismissSelectError} />}
      {c.stale && <NoticeBar notice={{ intent: 'info', lines: [s.check.stale] }} />}

      {report && (
        <>
          <Caption1 className={styles.muted}>{s.check.sheetChecked(report.sheet, c.catalogueId ?? '')}</Caption1>
          <StatusCounts counts={report.counts} />

          <div className={styles.section}>
            <Subtitle2 as="h3">{s.check.problemsHeading(problems.length)}</Subtitle2>
            {problems.length > 0 ? <CellLinkList items={problems} onSelect={(r) => void c.select(r)} /> : <Text>{s.check.noProblems}</Text>}
          </div>

          <div className={styles.section}>
            <Subtitle2 as="h3">{s.check.notMetHeading(notMet.length)}</Subtitle2>
            {notMet.length > 0 ? <CellLinkList items={notMet} onSelect={(r) => void c.select(r)} /> : <Text>{s.check.noNotMet}</Text>}
          </div>
        </>
      )}
    </section>
  );
}
