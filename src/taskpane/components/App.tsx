// The task pane: settings for the whole pane, a tab list, and the panel of the chosen tab.
// A panel stays mounted once opened (hidden when another tab is chosen), so a check report or a
// notice is still there when the person comes back to its tab.

import * as React from 'react';
import { makeStyles, Spinner, Tab, TabList, Title3, tokens } from '@fluentui/react-components';
import { Settings, SettingsProvider, useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { PanelBoundary } from './PanelBoundary';
import { TabId, TABS } from './tabs';

const useStyles = makeStyles({
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

function Pane(): React.JSX.Element {
  const s = useStrings();
  const { lang } = useSettings();
  const styles = useStyles();
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
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => choose(d.value as TabId)} aria-label={s.app.tabsLabel}>
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
            {s.tabs[t.id]}
          </Tab>
        ))}
      </TabList>
      {TABS.filter((t) => opened.has(t.id)).map(({ id, Panel }) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== tab}>
          <PanelBoundary lang={lang} strings={s}>
            <React.Suspense fallback={<Spinner size="small" label={s.app.loadingPanel} />}>
              <Panel />
            </React.Suspense>
          </PanelBoundary>
        </div>
      ))}
    </main>
  );
}
