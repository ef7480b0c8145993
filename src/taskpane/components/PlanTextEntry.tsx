// Settings → catalogue: the button that opens "Đọc chỉ tiêu từ văn bản". The reader (its UI and
// core/plantext) is a chunk of its own, loaded the first time the section is opened, so neither the
// pane's first load nor the Settings panel carries it. Once opened it stays mounted (hidden when
// closed), so a reading and its edits survive closing and reopening.
//
// The chunk is loaded with import() rather than React.lazy: a lazy component whose import failed
// stays failed, whereas webpack retries a failed chunk on the next import(), so "Thử lại" works.

import * as React from 'react';
import { Button, Spinner } from '@fluentui/react-components';
import { noticeFromError } from '../hooks/notice';
import { useSettings } from '../hooks/useSettings';
import { useStrings } from '../hooks/useStrings';
import { NoticeBar } from './NoticeBar';
import { PanelBoundary } from './PanelBoundary';

const loadSection = () => import(/* webpackChunkName: "plantext" */ './PlanTextSection').then((m) => m.default);

type Load = { state: 'idle' | 'loading' } | { state: 'ready'; Section: React.ComponentType } | { state: 'failed'; error: unknown };

export function PlanTextEntry(): React.JSX.Element {
  const s = useStrings();
  const { lang } = useSettings();
  const [open, setOpen] = React.useState(false);
  const [load, setLoad] = React.useState<Load>({ state: 'idle' });
  const live = React.useRef(true);
  React.useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const start = React.useCallback(() => {
    setLoad({ state: 'loading' });
    loadSection().then(
      (Section) => live.current && setLoad({ state: 'ready', Section }),
      (error: unknown) => live.current && setLoad({ state: 'failed', error }),
    );
  }, []);

  const toggle = () => {
    setOpen(!open);
    if (!open && (load.state === 'idle' || load.state === 'failed')) start();
  };

  return (
    <>
      <div>
        <Button aria-expanded={open} aria-controls="plantext-region" onClick={toggle}>
          {open ? s.planText.close : s.planText.open}
        </Button>
      </div>
      {load.state !== 'idle' && (
        <div id="plantext-region" hidden={!open}>
          {load.state === 'loading' && <Spinner size="tiny" label={s.planText.loading} />}
          {load.state === 'failed' && (
            <>
              <NoticeBar notice={noticeFromError(load.error, lang, s)} />
              <div>
                <Button onClick={start}>{s.app.retry}</Button>
              </div>
            </>
          )}
          {load.state === 'ready' && (
            <PanelBoundary lang={lang} strings={s}>
              <load.Section />
            </PanelBoundary>
          )}
        </div>
      )}
    </>
  );
}
