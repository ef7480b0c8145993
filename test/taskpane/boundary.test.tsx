/** @jest-environment jsdom */
// A panel whose code cannot load (a blocked lazy chunk) shows an error MessageBar, not a blank pane.

import './setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPane } from './render';

jest.mock('../../src/taskpane/components/SettingsPanel', () => {
  throw Object.assign(new Error('Loading chunk 550 failed.'), { name: 'ChunkLoadError' });
});

test('a panel that fails to load is reported with what to do, and the other tabs still work', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error too
  const user = userEvent.setup();
  renderPane();
  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  const text = await screen.findByText(/Đã xảy ra lỗi không lường trước: ChunkLoadError: Loading chunk 550 failed/);
  const bar = text.closest('.fui-MessageBar') as HTMLElement;
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toContain('đóng rồi mở lại ngăn Chỉ tiêu KH');
  expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));
  expect(screen.getByRole('button', { name: 'Chèn mẫu' })).toBeTruthy();
});
