// An action the person starts (insert, check, import): busy while it runs, its result, or the
// notice of its failure. A result or failure that arrives after the panel is gone is dropped.

import * as React from 'react';
import { Notice, noticeFromError } from './notice';
import { useSettings } from './useSettings';
import { useStrings } from './useStrings';

export interface Action<A extends unknown[], T> {
  run(...args: A): Promise<void>;
  busy: boolean;
  result: T | null;
  /** What the last run threw; null after a success. */
  error: unknown;
  /** The same failure as the pane shows it. */
  errorNotice: Notice | null;
  dismissError(): void;
  clear(): void;
}

export function useAction<A extends unknown[], T>(fn: (...args: A) => Promise<T>): Action<A, T> {
  const { lang } = useSettings();
  const strings = useStrings();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<T | null>(null);
  // Wrapped, so that even `throw undefined` is shown as a failure.
  const [failure, setFailure] = React.useState<{ error: unknown } | null>(null);
  const live = React.useRef(true);
  const latest = React.useRef(0);
  React.useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const fnRef = React.useRef(fn);
  fnRef.current = fn;

  const run = React.useCallback(async (...args: A) => {
    const id = ++latest.current;
    setBusy(true);
    setFailure(null);
    try {
      const r = await fnRef.current(...args);
      if (live.current && id === latest.current) setResult(() => r);
    } catch (e) {
      if (live.current && id === latest.current) {
        setResult(null);
        setFailure({ error: e });
      }
    } finally {
      if (live.current && id === latest.current) setBusy(false);
    }
  }, []);

  return {
    run,
    busy,
    result,
    error: failure?.error ?? null,
    // The notice is built at render time so it follows a language switch.
    errorNotice: failure ? noticeFromError(failure.error, lang, strings) : null,
    dismissError: React.useCallback(() => setFailure(null), []),
    clear: React.useCallback(() => {
      setResult(null);
      setFailure(null);
    }, []),
  };
}
