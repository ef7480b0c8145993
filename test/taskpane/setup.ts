// What Fluent UI v9 (and the Excel stand-in) need from a browser that jsdom lacks. Imported first by every
// test/taskpane/*.test.tsx (the jest config is shared with node-only tests, so no global setup).

import { TextDecoder, TextEncoder } from 'util';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
// jest-environment-jsdom has no TextEncoder; the Excel stand-in counts request bytes with it.
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
if (typeof g.ResizeObserver === 'undefined') g.ResizeObserver = ResizeObserverStub;

if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

export {};
