// Tổng hợp / Consolidate: the district sheets of the open workbook, or the districts' .xlsx files
// picked here, consolidated by core into a new province sheet and a sources sheet. A progress bar
// while files are read; the result (districts present and missing, problems by file and cell,
// figures left empty and why) in ConsolidateResult.

import * as React from 'react';
import { Button, Field, ProgressBar, Subtitle2, Text } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { ConsolidationProgress, useConsolidation } from '../hooks/useConsolidation';
import { useStrings } from '../hooks/useStrings';
import { ConsolidateResult } from './ConsolidateResult';
import { NoticeBar } from './NoticeBar';
import { usePanelStyles } from './styles';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function progressText(p: ConsolidationProgress, s: Strings): string {
  switch (p.phase) {
    case 'workbook':
      return s.consolidate.readingWorkbook;
    case 'loader':
      return s.consolidate.loadingReader;
    case 'file':
      return s.consolidate.readingFile(p.index, p.total, p.name);
    case 'writing':
      return s.consolidate.writing;
  }
}

/** The bar's fill: files read so far; no value (moving bar) when the length of a step is unknown. */
function progressValue(p: ConsolidationProgress): number | undefined {
  return p.phase === 'file' ? (p.index - 1) / p.total : undefined;
}

export default function ConsolidatePanel(): React.JSX.Element {
  const s = useStrings();
  const styles = usePanelStyles();
  const c = useConsolidation();
  const input = React.useRef<HTMLInputElement>(null);

  const onPicked = (e: React.ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    // Cleared, so that choosing the same files again (after fixing them) starts a new run.
    e.target.value = '';
    if (files.length > 0) void c.fromFiles(files);
  };

  return (
    <section className={styles.panel} aria-labelledby="consolidate-heading">
      <Subtitle2 as="h2" id="consolidate-heading">
        {s.consolidate.heading}
      </Subtitle2>
      <Text className={styles.muted}>{s.consolidate.intro}</Text>

      <div className={styles.section}>
        <Subtitle2 as="h3">{s.consolidate.workbookHeading}</Subtitle2>
        <Text size={200} className={styles.muted}>
          {s.consolidate.workbookHint}
        </Text>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={c.busy} onClick={() => void c.fromWorkbook()}>
            {s.consolidate.fromWorkbook}
          </Button>
        </div>
      </div>

      <div className={styles.section}>
        <Subtitle2 as="h3">{s.consolidate.filesHeading}</Subtitle2>
        <Text size={200} className={styles.muted}>
          {s.consolidate.filesHint}
        </Text>
        <div className={styles.actions}>
          <Button disabled={c.busy} onClick={() => input.current?.click()}>
            {s.consolidate.pickFiles}
          </Button>
          <input ref={input} type="file" multiple accept={XLSX_TYPES} hidden aria-label={s.consolidate.filesInputLabel} onChange={onPicked} />
        </div>
      </div>

      {c.progress && (
        <Field label={progressText(c.progress, s)} aria-label={s.consolidate.progressLabel}>
          <ProgressBar value={progressValue(c.progress)} max={1} thickness="large" />
        </Field>
      )}

      {c.errorNotice && <NoticeBar notice={c.errorNotice} onDismiss={c.dismissError} />}
      {c.selectErrorNotice && <NoticeBar notice={c.selectErrorNotice} onDismiss={c.dismissSelectError} />}
      {c.run && !c.busy && <ConsolidateResult run={c.run} missingFeatures={c.missingFeatures} onSelect={(r) => void c.select(r)} onDismiss={c.dismissResult} />}
    </section>
  );
}
