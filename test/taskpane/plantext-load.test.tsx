/** @jest-environment jsdom */
// The plan-text reader is a chunk loaded when its section is first opened. A chunk that fails to
// load is reported in the section (the rest of Settings keeps working), and "Thử lại" loads it.

import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPane } from './render';

let mockChunkFails = true;
let mockLoads = 0;
jest.mock('../../src/taskpane/components/PlanTextSection', () => {
  mockLoads++;
  if (mockChunkFails) throw Object.assign(new Error('Loading chunk plantext failed.'), { name: 'ChunkLoadError' });
  return jest.requireActual('../../src/taskpane/components/PlanTextSection');
});

test('the reader is not loaded with Settings; a failed load says so inside the section, and retry loads it', async () => {
  const user = userEvent.setup();
  renderPane();
  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  const open = await screen.findByRole('button', { name: 'Đọc chỉ tiêu từ văn bản' });
  expect(mockLoads).toBe(0);
  expect(open.getAttribute('aria-expanded')).toBe('false');

  await user.click(open);
  const text = await screen.findByText(/ChunkLoadError: Loading chunk plantext failed/);
  const bar = text.closest('.fui-MessageBar') as HTMLElement;
  expect(bar.dataset.intent).toBe('error');
  expect(mockLoads).toBe(1);
  // The rest of Settings still works.
  expect(screen.getByRole('heading', { level: 2, name: 'Cài đặt' })).toBeTruthy();
  await user.click(screen.getByRole('radio', { name: 'English' }));
  expect(screen.getByRole('button', { name: 'Hide reading from text' })).toBeTruthy();
  expect(within(bar).getByText(/Something unexpected went wrong/)).toBeTruthy();

  mockChunkFails = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  const section = await screen.findByTestId('plantext');
  expect(within(section).getByRole('heading', { name: 'Read targets from text' })).toBeTruthy();
  expect(screen.queryByText(/Loading chunk plantext failed/)).toBeNull();

  // Closing hides it without unloading: what was pasted is still there when reopened.
  await user.type(within(section).getByRole('textbox', { name: 'Plan text' }), 'abc');
  await user.click(screen.getByRole('button', { name: 'Hide reading from text' }));
  expect(section.closest('#plantext-region')!.hasAttribute('hidden')).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Read targets from text' }));
  expect((within(screen.getByTestId('plantext')).getByRole('textbox', { name: 'Plan text' }) as HTMLTextAreaElement).value).toBe('abc');
  expect(mockLoads).toBe(2);
});
