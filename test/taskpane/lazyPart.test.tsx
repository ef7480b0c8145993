/** @jest-environment jsdom */
// lazyPart (the notice's MessageBar, the busy spinner): its loading fallback, then the part; its failure
// fallback when the chunk cannot load, without an error reaching the panel; the next mount loads again.

import './setup';
import { act, render, screen } from '@testing-library/react';
import { lazyPart } from '../../src/taskpane/components/lazyPart';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test('shows the loading fallback, then the part', async () => {
  const d = deferred<typeof Hello>();
  const Part = lazyPart(() => d.promise, { loading: ({ name }) => <p>loading {name}</p>, failed: () => <p>failed</p> });
  render(<Part name="Lai Châu" />);
  expect(screen.getByText('loading Lai Châu')).toBeTruthy();
  await act(async () => d.resolve(Hello));
  expect(screen.getByText('Hello Lai Châu')).toBeTruthy();
});

test('a chunk that cannot load shows the failure fallback; the next mount tries again and succeeds', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught load error
  const loads = [deferred<typeof Hello>(), deferred<typeof Hello>()];
  let n = 0;
  const Part = lazyPart(() => loads[n++].promise, { loading: () => null, failed: ({ name }) => <p>plain {name}</p> });

  const first = render(<Part name="A" />);
  await act(async () => loads[0].reject(Object.assign(new Error('Loading chunk 7 failed.'), { name: 'ChunkLoadError' })));
  expect(screen.getByText('plain A')).toBeTruthy();
  first.unmount();

  render(<Part name="B" />);
  expect(n).toBe(2);
  await act(async () => loads[1].resolve(Hello));
  expect(screen.getByText('Hello B')).toBeTruthy();
});
