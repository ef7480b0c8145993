// A panel that fails to load (a lazy chunk blocked by the network) or to render is replaced by an
// error MessageBar with a retry, instead of a blank pane.

import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import type { Strings } from '../i18n';
import { noticeFromError } from '../hooks/notice';
import { NoticeBar } from './NoticeBar';

interface Props {
  lang: Lang;
  strings: Strings;
  children?: React.ReactNode;
}

export class PanelBoundary extends React.Component<Props, { failure: { error: unknown } | null }> {
  state = { failure: null as { error: unknown } | null };

  static getDerivedStateFromError(error: unknown) {
    return { failure: { error } };
  }

  render(): React.ReactNode {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const { lang, strings } = this.props;
    return (
      <>
        <NoticeBar notice={noticeFromError(failure.error, lang, strings)} />
        <Button onClick={() => this.setState({ failure: null })}>{strings.app.retry}</Button>
      </>
    );
  }
}
