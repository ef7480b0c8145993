// Settings → catalogue: the button that opens "Đọc chỉ tiêu từ văn bản". The reader (its UI and
// core/plantext) is a chunk of its own, loaded the first time the section is opened, so neither the
// pane's first load nor the Settings panel carries it. Once opened it stays mounted (hidden when
// closed), so a reading and its edits survive closing and reopening.

import * as React from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { PanelBoundary } from './PanelBoundary';

const PlanTextSection = React.lazy(() => import(/* webpackChunkName: "plantext" */ './PlanTextSection'));

export function PlanTextEntry(): React.JSX.Element {
  const s = useStrings();
  const { lang } = useSettings();
  const [open, setOpen] = React.useState(false);
  const [opened, setOpened] = React.useState(false);

  return (
    <>
      <div>
        <Button
          aria-expanded={open}
          aria-controls="plantext-region"
          onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          {open ? s.planText.close : s.planText.open}
        </Button>
      </div>
      {opened && (
        <div id="plantext-region" hidden={!open}>
          <PanelBoundary lang={lang} strings={s}>
            <React.Suspense fallback={<Spinner size="tiny" label={s.planText.loading} />}>
              <PlanTextSection />
            </React.Suspense>
          </PanelBoundary>
        </div>
      )}
    </>
  );
}
