// Pieces of the first screen that are not needed until they show (a notice's MessageBar, a spinner):
// loaded with import() when first rendered, not with the pane.
//
// React.lazy plus two things: what to show while the chunk loads and if it cannot be loaded (offline,
// blocked), so a missing chunk never takes the panel around it down; and a failed load is tried again
// by the next part that mounts (a React.lazy whose import failed stays failed).

import * as React from 'react';

export interface LazyPartFallbacks<P> {
  /** Shown while the chunk loads. */
  loading(props: P): React.ReactNode;
  /** Shown instead of the part when its chunk cannot be loaded. */
  failed(props: P): React.ReactNode;
}

export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>, fallbacks: LazyPartFallbacks<P>): React.FunctionComponent<P> {
  // A lazy component takes the props of the one it loads; TypeScript cannot see that for a generic P.
  const make = () => React.lazy(() => load().then((component) => ({ default: component }))) as unknown as React.ComponentType<P>;
  let Part = make();
  return function LazyPart(props: P): React.JSX.Element {
    return (
      <LoadFailure fallback={fallbacks.failed(props)} onFailure={() => (Part = make())}>
        <React.Suspense fallback={fallbacks.loading(props)}>
          <Part {...props} />
        </React.Suspense>
      </LoadFailure>
    );
  };
}

interface LoadFailureProps {
  fallback: React.ReactNode;
  onFailure(): void;
  children?: React.ReactNode;
}

class LoadFailure extends React.Component<LoadFailureProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(): void {
    this.props.onFailure();
  }

  render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
