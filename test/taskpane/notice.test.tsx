/** @jest-environment jsdom */
// Notices load Fluent's MessageBar with the first one shown (a lazy chunk). If that chunk cannot be
// loaded the notice is still shown, as plain text, and the next notice tries the chunk again.

import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPane } from './render';

let failLoads = 1;
jest.mock('../../src/taskpane/components/MessageBarNotice', () => {
  if (failLoads-- > 0) throw Object.assign(new Error('Loading chunk notice failed.'), { name: 'ChunkLoadError' });
  return jest.requireActual('../../src/taskpane/components/MessageBarNotice');
});

beforeEach(() => window.localStorage.clear());

test('a notice whose MessageBar cannot load is shown as text; the next one is a MessageBar again', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught load error
  const user = userEvent.setup();
  renderPane();
  const panel = within(screen.getByRole('tabpanel'));

  // Outside Excel: the insert fails, and says so, though the MessageBar did not load.
  await user.click(panel.getByRole('button', { name: 'Chèn mẫu' }));
  const plain = await screen.findByRole('alert');
  expect(plain.textContent).toContain('chỉ chạy bên trong Excel');
  expect(plain.dataset.intent).toBe('error');
  expect(plain.closest('.fui-MessageBar')).toBeNull();

  await user.click(within(plain).getByRole('button', { name: 'Đóng thông báo' }));
  expect(screen.queryByText(/chỉ chạy bên trong Excel/)).toBeNull();

  await user.click(panel.getByRole('button', { name: 'Chèn mẫu' }));
  const bar = (await screen.findByText(/chỉ chạy bên trong Excel/)).closest('.fui-MessageBar') as HTMLElement;
  expect(bar).not.toBeNull();
  expect(bar.dataset.intent).toBe('error');
});
