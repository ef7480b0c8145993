// Fluent's Spinner for "loading…" and "working…", loaded when first shown (a panel loading, an action
// running) instead of with the pane: ~2 kB gzip less at start. Until it has loaded, or if it cannot
// be, its label is shown as text (lazyPart.tsx).

import { SpinnerProps, Text } from '@fluentui/react-components';
import { lazyPart } from './lazyPart';

export interface BusySpinnerProps {
  label: string;
  size?: SpinnerProps['size'];
}

const labelOnly = ({ label }: BusySpinnerProps) => (
  <Text size={200} role="status">
    {label}
  </Text>
);

export const BusySpinner = lazyPart<BusySpinnerProps>(
  () => import(/* webpackChunkName: "spinner", webpackExports: ["Spinner"] */ '@fluentui/react-components').then((m) => m.Spinner),
  { loading: labelOnly, failed: labelOnly },
);
