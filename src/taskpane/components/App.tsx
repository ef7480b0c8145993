// The task pane: settings for the whole pane, a tab list, and the panel of the chosen tab.
// A panel stays mounted once opened (hidden when another tab is chosen), so a check report or a
// notice is still there when the person comes back to its tab.

import * as React from 'react';
import { Title3, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import type { Strings } from '../i18n';
import type { Notice } from '../hooks/notice';
import type { StorageIssue } from '../hooks/settingsStorage';
import { Settings, SettingsProvider, useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { BusySpinner } from './BusySpinner';
import { NoticeBar } from './NoticeBar';
import { PaneTabList } from './PaneTabs';
import { PanelBoundary } from './PanelBoundary';
import { staticClasses } from './staticStyles';
import { TabId, TABS } from './tabs';

// Static classes, not makeStyles: see staticStyles.ts.
const styles = staticClasses('app', {
  root: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalM,
    boxSizing: 'border-box',
    minWidth: 0,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
  notice: { marginTop: tokens.spacingVerticalS },
});

export interface AppProps {
  /** Settings to start with instead of the stored ones (tests). */
  initialSettings?: Partial<Settings>;
}

export default function App({ initialSettings }: AppProps = {}): React.JSX.Element {
  return (
    <SettingsProvider initial={initialSettings}>
      <Pane />
    </SettingsProvider>
  );
}

/** Saved settings that could not be read or written: said on every tab, until dismissed. */
function storageNotice(issue: StorageIssue, s: Strings, lang: Lang): Notice {
  switch (issue.kind) {
    case 'read':
      return { intent: 'warning', lines: [s.settings.storageReadFailed] };
    case 'write':
      return { intent: 'warning', lines: [s.settings.storageWriteFailed] };
    case 'catalogue':
      return { intent: 'warning', lines: [s.settings.storedCatalogueFailed(issue.detail[lang])] };
  }
}

function Pane(): React.JSX.Element {
  const s = useStrings();
  const { lang, storageIssue, dismissStorageIssue } = useSettings();
  const [tab, setTab] = React.useState<TabId>(TABS[0].id);
  const [opened, setOpened] = React.useState<ReadonlySet<TabId>>(() => new Set([TABS[0].id]));

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const choose = (id: TabId) => {
    setTab(id);
    setOpened((o) => (o.has(id) ? o : new Set(o).add(id)));
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1">{s.app.title}</Title3>
      {/* Fluent's TabList and Tab without Tabster: see PaneTabs.tsx. */}
      <PaneTabList
        className={styles.tabs}
        aria-label={s.app.tabsLabel}
        selectedValue={tab}
        onTabSelect={choose}
        tabs={TABS.map((t) => ({ value: t.id, label: s.tabs[t.id], id: `tab-${t.id}`, controls: `panel-${t.id}` }))}
      />
      {storageIssue && (
        <div className={styles.notice}>
          <NoticeBar notice={storageNotice(storageIssue, s, lang)} onDismiss={dismissStorageIssue} />
        </div>
      )}
      {TABS.filter((t) => opened.has(t.id)).map(({ id, Panel }) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== tab}>
          <PanelBoundary lang={lang} strings={s}>
            <React.Suspense fallback={<BusySpinner size="small" label={s.app.loadingPanel} />}>
              <Panel />
            </React.Suspense>
          </PanelBoundary>
        </div>
      ))}
    </main>
  );
}
