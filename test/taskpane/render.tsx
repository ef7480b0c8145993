// Renders the pane as index.tsx does (FluentProvider around App), with a fresh localStorage.

import { render, RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import App from '../../src/taskpane/components/App';
import type { Settings } from '../../src/taskpane/hooks/useSettings';

export function renderPane(initialSettings?: Partial<Settings>): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App initialSettings={initialSettings} />
    </FluentProvider>,
  );
}
