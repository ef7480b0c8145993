/** @jest-environment jsdom */
// Settings panel without Excel: language switch, number locale, catalogue import (good file, bad
// JSON, a CatalogueError), reset, persistence in localStorage, and storage failures shown.

import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogueToJson } from '../../src/core/catalogue/catalogue';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { TABS } from '../../src/taskpane/components/tabs';
import { STORAGE_KEY } from '../../src/taskpane/hooks/settingsStorage';
import { STRINGS } from '../../src/taskpane/i18n';
import { renderPane } from './render';

function smallCatalogue(id = 'test-2024', year = 2024) {
  return {
    id,
    province: 'Tỉnh Thử',
    year,
    indicators: [
      { code: 'CEREAL_OUTPUT', name: { vi: 'Sản lượng lương thực', en: 'Cereal output' }, unit: 'nghìn tấn', target: 230 },
      { code: 'FOREST_COVER', name: 'Tỷ lệ che phủ rừng', unit: '%', target: '53,0' },
    ],
  };
}

/** The panel on show (the others stay mounted, hidden). */
function panel() {
  return within(screen.getByRole('tabpanel'));
}

/** Tab labels (Fluent renders each label twice: once visible, once to reserve the bold width). */
function tabNames() {
  return screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content')!.textContent);
}

function jsonFile(name: string, content: string): File {
  return new File([content], name, { type: 'application/json' });
}

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: /Cài đặt|Settings/ }));
  return screen.findByRole('heading', { level: 2, name: /Cài đặt|Settings/ });
}

beforeEach(() => {
  window.localStorage.clear();
  jest.restoreAllMocks();
});

test('opens in Vietnamese with its tabs; switching to English changes every label, and back', async () => {
  const user = userEvent.setup();
  renderPane();
  // Every tab of tabs.ts with its label (other panels add tabs); Mẫu first, Cài đặt last.
  expect(tabNames()).toEqual(TABS.map((t) => STRINGS.vi.tabs[t.id]));
  expect(tabNames()).toEqual(expect.arrayContaining(['Mẫu', 'Kiểm tra', 'Tổng hợp', 'Cài đặt']));
  expect([tabNames()[0], tabNames()[TABS.length - 1]]).toEqual(['Mẫu', 'Cài đặt']);
  expect(panel().getByText(/Các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2023/)).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Chèn mẫu chỉ tiêu' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Chèn mẫu' })).toBeTruthy();

  await openSettings(user);
  await user.click(screen.getByRole('radio', { name: 'English' }));

  expect(tabNames()).toEqual(TABS.map((t) => STRINGS.en.tabs[t.id]));
  expect(tabNames()).toEqual(expect.arrayContaining(['Template', 'Check', 'Consolidate', 'Settings']));
  expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toBeTruthy();
  expect(screen.getByText('How numbers typed as text are read')).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
  // The other panels follow too.
  await user.click(screen.getByRole('tab', { name: 'Template' }));
  expect(screen.getByRole('heading', { name: 'Insert the indicator template' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Insert template' })).toBeTruthy();
  expect(panel().getByText('Main indicators of the 2023 socio-economic development plan, Lai Châu province')).toBeTruthy();
  expect(panel().getByText(/written in English/)).toBeTruthy();

  await user.click(screen.getByRole('tab', { name: 'Settings' }));
  await user.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));
  expect(screen.getByRole('tab', { name: 'Mẫu' })).toBeTruthy();
});

test('language and number locale are remembered in localStorage', async () => {
  const user = userEvent.setup();
  const first = renderPane();
  await openSettings(user);
  await user.click(screen.getByRole('radio', { name: 'English' }));
  await user.click(screen.getByRole('radio', { name: /English \(US\)/ }));
  expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)).toMatchObject({ lang: 'en', locale: 'en-US' });
  first.unmount();

  renderPane();
  expect(screen.getByRole('tab', { name: 'Template' })).toBeTruthy();
  await openSettings(user);
  expect((screen.getByRole('radio', { name: /English \(US\)/ }) as HTMLInputElement).checked).toBe(true);
});

test('importing a catalogue file puts it in use, shows its id and year, survives a reload; reset goes back', async () => {
  const user = userEvent.setup();
  const first = renderPane();
  await openSettings(user);
  await user.upload(screen.getByTestId('catalogue-file'), jsonFile('kh2024.json', JSON.stringify(smallCatalogue())));

  const done = await screen.findByText(/Đang dùng danh mục test-2024, năm 2024, 2 chỉ tiêu/);
  expect(done.closest('[role="group"], .fui-MessageBar')).toBeTruthy();
  expect(panel().getByTestId('catalogue-summary').textContent).toContain('test-2024 · năm 2024');
  // The Template panel shows the new catalogue.
  await user.click(screen.getByRole('tab', { name: 'Mẫu' }));
  expect(panel().getByTestId('catalogue-summary').textContent).toContain('test-2024');
  first.unmount();

  renderPane();
  expect(panel().getByTestId('catalogue-summary').textContent).toContain('test-2024 · năm 2024');
  await openSettings(user);
  await user.click(screen.getByRole('button', { name: /Dùng lại danh mục Lai Châu 2023/ }));
  expect(await screen.findByText(/Đã quay về danh mục có sẵn laichau-2023/)).toBeTruthy();
  expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).catalogue).toBeUndefined();
});

test('a catalogue with a mistake is refused with its message in the UI language; the old catalogue stays', async () => {
  const user = userEvent.setup();
  renderPane();
  await openSettings(user);
  const bad = smallCatalogue();
  (bad.indicators[0] as Record<string, unknown>).rule = 'atleast';
  await user.upload(screen.getByTestId('catalogue-file'), jsonFile('bad.json', JSON.stringify(bad)));

  const title = await screen.findByText('Không nhập được danh mục');
  const bar = title.closest('.fui-MessageBar') as HTMLElement;
  expect(bar).toBeTruthy();
  expect(bar.textContent).toContain('indicators[0].rule');
  expect(bar.textContent).toMatch(/Danh mục chỉ tiêu/);
  expect(panel().getByTestId('catalogue-summary').textContent).toContain('laichau-2023');

  // The same error follows a language switch.
  await user.click(screen.getByRole('radio', { name: 'English' }));
  const en = screen.getByText('The catalogue was not imported').closest('.fui-MessageBar') as HTMLElement;
  expect(en.textContent).toMatch(/^.*Catalogue, indicators\[0\]\.rule/);
});

test('a file that is not JSON is refused, naming the file and what to choose instead', async () => {
  const user = userEvent.setup();
  renderPane({ lang: 'en' });
  await openSettings(user);
  await user.upload(screen.getByTestId('catalogue-file'), jsonFile('plan.json', '{"id": "x", '));
  const bar = (await screen.findByText('The catalogue was not imported')).closest('.fui-MessageBar') as HTMLElement;
  expect(bar.textContent).toContain('"plan.json" is not valid JSON');
  expect(bar.textContent).toContain('chitieu catalogue');
});

test('an unreadable stored catalogue falls back to the embedded one and says so', async () => {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ lang: 'vi', catalogue: catalogueToJson(laiChau2023).replace('"at_least"', '"sometimes"') }));
  const user = userEvent.setup();
  renderPane();
  expect(panel().getByTestId('catalogue-summary').textContent).toContain('laichau-2023');
  // Said on the tab the pane opens on, not only in Settings.
  const bar = screen.getByText(/Danh mục đã nhập lần trước không còn đọc được/).closest('.fui-MessageBar') as HTMLElement;
  expect(bar.dataset.intent).toBe('warning');
  expect(bar.textContent).toContain('Hãy nhập lại tệp danh mục');
  await user.click(within(bar).getByRole('button', { name: 'Đóng thông báo' }));
  expect(screen.queryByText(/Danh mục đã nhập lần trước không còn đọc được/)).toBeNull();
});

test('storage that refuses writes is reported in the Settings panel, and the setting still applies', async () => {
  const user = userEvent.setup();
  renderPane();
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('quota', 'QuotaExceededError');
  });
  await openSettings(user);
  await user.click(screen.getByRole('radio', { name: 'English' }));
  expect(screen.getByRole('tab', { name: 'Settings' })).toBeTruthy();
  await waitFor(() => expect(screen.getByText(/Settings cannot be saved on this computer/)).toBeTruthy());
});

test('a broken stored value does not stop the pane', async () => {
  window.localStorage.setItem(STORAGE_KEY, '{not json');
  const user = userEvent.setup();
  renderPane();
  expect(screen.getByRole('tab', { name: 'Mẫu' })).toBeTruthy();
  expect(screen.getByText(/Không đọc được cài đặt đã lưu/)).toBeTruthy();
  // Choosing a setting again saves a good value.
  await openSettings(user);
  await user.click(screen.getByRole('radio', { name: 'English' }));
  expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)).toMatchObject({ lang: 'en' });
});
