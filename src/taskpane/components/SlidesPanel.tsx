// Trình chiếu / Slides: from the indicator sheet, a dashboard sheet with Excel charts, the charts
// as PNG files, and the meeting deck (.pptx); the summary a person would say at the meeting.

import * as React from 'react';
import { Button, Caption1, Link, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { Download } from '../hooks/useSlides';
import { useSlides } from '../hooks/useSlides';
import { useStrings } from '../hooks/useStrings';
import { NoticeBar } from './NoticeBar';
import { StatusCounts } from './StatusCounts';
import { usePanelStyles } from './styles';

function DownloadList({ items, label }: { items: Download[]; label: string }): React.JSX.Element {
  const s = useStrings();
  const styles = usePanelStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((d) => (
        <li key={d.url}>
          <Link href={d.url} download={d.fileName} aria-label={s.slides.downloadLabel(d.fileName)}>
            {d.fileName}
          </Link>{' '}
          <Caption1 className={styles.muted}>({Math.max(1, Math.round(d.bytes.length / 1024))} kB)</Caption1>
        </li>
      ))}
    </ul>
  );
}

export default function SlidesPanel(): React.JSX.Element {
  const s = useStrings();
  const styles = usePanelStyles();
  const v = useSlides();
  const t = s.slides;

  return (
    <section className={styles.panel} aria-labelledby="slides-heading">
      <Subtitle2 as="h2" id="slides-heading">
        {t.heading}
      </Subtitle2>
      <Text className={styles.muted}>{t.intro}</Text>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={v.busy} onClick={() => void v.makeDashboard()}>
          {t.makeDashboard}
        </Button>
        <Button disabled={v.busy || v.imagesUnavailable !== null} onClick={() => void v.exportImages()}>
          {t.exportImages}
        </Button>
        <Button disabled={v.busy} onClick={() => void v.makeDeck()}>
          {t.makeDeck}
        </Button>
      </div>
      {v.busy && <Spinner size="tiny" label={v.phase ? t.working[v.phase] : undefined} />}
      {v.imagesUnavailable && (
        <Text size={200} className={styles.muted}>
          {v.imagesUnavailable}
        </Text>
      )}

      {v.errorNotices.map((e, i) => (
        <NoticeBar key={i} notice={e.notice} onDismiss={e.dismiss} />
      ))}
      {v.stale && <NoticeBar notice={{ intent: 'info', lines: [t.stale] }} />}

      {v.dashboard && (
        <NoticeBar
          notice={{ intent: 'success', title: t.dashboardTitle, lines: [t.dashboardDone(v.dashboard.sheet, v.dashboard.charts)] }}
          onDismiss={v.dismissDashboard}
        />
      )}
      {v.dashboard && v.dashboard.missing.length > 0 && <NoticeBar notice={{ intent: 'warning', title: t.olderExcelTitle, lines: v.dashboard.missing }} />}
      {v.skipped && <NoticeBar notice={v.skipped} />}

      {v.deck && (
        <div className={styles.section}>
          <NoticeBar notice={{ intent: 'success', title: t.deckTitle, lines: [t.deckDone(v.deck.slides, v.deck.charts)] }} />
          <DownloadList items={[v.deck]} label={t.deckTitle} />
        </div>
      )}
      {v.images && (
        <div className={styles.section}>
          <NoticeBar notice={{ intent: 'success', title: t.imagesTitle, lines: [t.imagesReady(v.images.length)] }} />
          <DownloadList items={v.images} label={t.imagesLabel} />
        </div>
      )}
      {v.macDownloads && (v.deck || v.images) && <NoticeBar notice={{ intent: 'info', lines: [t.macDownloads] }} />}

      {v.summary && (
        <div className={styles.section}>
          <Subtitle2 as="h3">{t.summaryHeading}</Subtitle2>
          {v.sourceSheet && <Caption1 className={styles.muted}>{t.source(v.sourceSheet, v.catalogueId ?? '')}</Caption1>}
          <StatusCounts counts={v.summary.counts} />
          <div className={styles.section} lang={v.summary.lang}>
            {v.summary.sentences.map((sentence, i) => (
              <Text key={i} as="p" weight={i === 0 ? 'semibold' : 'regular'} style={{ margin: 0 }}>
                {sentence}
              </Text>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
