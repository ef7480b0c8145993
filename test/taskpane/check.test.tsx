/** @jest-environment jsdom */
// Check panel with the real adapter against the Excel stand-in: counts, problems, not-met
// indicators, a click that selects the cell, language switch, errors as MessageBars.

import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { insertTemplate } from '../../src/excel/template';
import { Standin, typeIntoCell } from '../excel-standin';
import { actualCell, freshExcel } from '../excel/helpers';
import { renderPane } from './render';

beforeEach(() => window.localStorage.clear());

const TYPED: Record<string, string> = {
  CEREAL_OUTPUT: '230', // met
  BUDGET_REVENUE: "'2.450", // Vietnamese text: met, ambiguous (warning)
  GRDP_PER_CAPITA: '52,9 triệu đồng', // Vietnamese text with unit: met
  TRADE_GROWTH: "'2.5", // English text: 2,5 < 3,0, not met (warning)
  FOREST_COVER: '52.3%', // percent cell: 52,3, met
  GRID_ELECTRICITY: 'không rõ', // garbage: invalid (error)
  RURAL_CLEAN_WATER: '85', // not met
  PRESCHOOL_5Y: 'Đạt', // met
};

async function filled(): Promise<{ x: Standin; ws: string }> {
  const x = freshExcel();
  const { sheets } = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  for (const [code, typed] of Object.entries(TYPED)) typeIntoCell(x.workbook, sheets[0], actualCell(laiChau2023, code), typed);
  return { x, ws: sheets[0] };
}

function panel() {
  return within(screen.getByRole('tabpanel'));
}

async function messageBar(text: string | RegExp): Promise<HTMLElement> {
  const el = await screen.findByText(text);
  const bar = el.closest('.fui-MessageBar');
  if (!bar) throw new Error(`"${String(text)}" is not inside a MessageBar`);
  return bar as HTMLElement;
}

async function openCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: /Kiểm tra|Check/ }));
  return screen.findByRole('button', { name: /Kiểm tra trang đang mở|Check the open sheet/ });
}

/** The problem or not-met entry whose text matches, as the button a person clicks. */
function entry(list: HTMLElement, text: RegExp): HTMLElement {
  const hit = within(list).getByText(text).closest('button');
  if (!hit) throw new Error(`no clickable entry for ${text}`);
  return hit as HTMLElement;
}

function listUnder(heading: RegExp): HTMLElement {
  return panel().getByRole('heading', { name: heading }).parentElement as HTMLElement;
}

test('checks the open sheet: counts, problems, not-met indicators with reasons; a click selects the cell', async () => {
  const { x, ws } = await filled();
  const user = userEvent.setup();
  renderPane();
  await user.click(await openCheck(user));

  const counts = await screen.findByRole('list', { name: 'Số chỉ tiêu theo kết quả' });
  expect(within(counts).getByLabelText('Đạt: 5')).toBeTruthy();
  expect(within(counts).getByLabelText('Không đạt: 2')).toBeTruthy();
  expect(within(counts).getByLabelText('Không đọc được: 1')).toBeTruthy();
  const headline = laiChau2023.indicators.filter((i) => i.parentCode === undefined).length;
  expect(within(counts).getByLabelText(`Chưa có số liệu: ${headline - 8}`)).toBeTruthy();
  expect(panel().getByText(`Trang "${ws}", theo danh mục laichau-2023`)).toBeTruthy();

  const problems = listUnder(/^Vấn đề cần xem \(3\)$/);
  expect(within(problems).getByText(/Không đọc được "không rõ" thành số/)).toBeTruthy();
  expect(within(problems).getByText(/"2\.450" đọc theo kiểu Việt Nam là 2\.450, theo kiểu tiếng Anh là 2,45/)).toBeTruthy();
  expect(within(problems).getByText(/"2\.5" không phải cách viết số kiểu Việt Nam/)).toBeTruthy();

  const notMet = listUnder(/^Chỉ tiêu không đạt \(2\)$/);
  expect(within(notMet).getByText('Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh')).toBeTruthy();
  expect(within(notMet).getByText(/85(,0)? % < 90(,0)? %/)).toBeTruthy();

  // Clicking a problem selects its cell in Excel.
  x.workbook.activate(x.workbook.sheet('Sheet1'));
  await user.click(entry(problems, /không rõ/));
  const garbage = actualCell(laiChau2023, 'GRID_ELECTRICITY');
  await waitFor(() => expect(x.workbook.selectedAddress).toBe(`'${ws}'!${garbage}`));
  expect(x.workbook.activeSheetName).toBe(ws);
  // And a not-met indicator too.
  await user.click(entry(notMet, /nước sinh hoạt/));
  await waitFor(() => expect(x.workbook.selectedAddress).toBe(`'${ws}'!${actualCell(laiChau2023, 'RURAL_CLEAN_WATER')}`));
});

test('the report follows a language switch without reading Excel again', async () => {
  const { x } = await filled();
  const user = userEvent.setup();
  renderPane();
  await user.click(await openCheck(user));
  await screen.findByLabelText('Đạt: 5');
  const syncs = x.stats.syncCount;

  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  await user.click(await screen.findByRole('radio', { name: 'English' }));
  await user.click(screen.getByRole('tab', { name: 'Check' }));
  expect(panel().getByLabelText('Met: 5')).toBeTruthy();
  expect(panel().getByLabelText('Not met: 2')).toBeTruthy();
  expect(panel().getByRole('heading', { name: 'Problems to look at (3)' })).toBeTruthy();
  expect(panel().getByText(/Cannot read "không rõ" as a number/)).toBeTruthy();
  expect(panel().getByText('Share of the rural population using hygienic domestic water')).toBeTruthy();
  expect(panel().getByText(/85(\.0)? % < 90(\.0)? %/)).toBeTruthy();
  expect(x.stats.syncCount).toBe(syncs);
});

test('a spinner while checking', async () => {
  const { x } = await filled();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const run = x.Excel.run;
  (globalThis as Record<string, unknown>).Excel = new Proxy(x.Excel, {
    get: (t, p) => (p === 'run' ? async (...a: unknown[]) => (await gate, (run as (...b: unknown[]) => unknown)(...a)) : Reflect.get(t, p)),
  });
  const user = userEvent.setup();
  renderPane();
  await user.click(await openCheck(user));
  expect(await screen.findByText('Đang kiểm tra…')).toBeTruthy();
  expect((panel().getByRole('button', { name: 'Kiểm tra trang đang mở' }) as HTMLButtonElement).disabled).toBe(true);
  release();
  await screen.findByLabelText('Đạt: 5');
  expect(screen.queryByText('Đang kiểm tra…')).toBeNull();
});

test('a sheet that is not a template: a warning MessageBar saying what to do', async () => {
  const x = freshExcel();
  x.workbook.setCells('Sheet1', 'A1', [['Báo cáo', 1]]);
  const user = userEvent.setup();
  renderPane();
  await user.click(await openCheck(user));
  const bar = await messageBar('Trang này không phải mẫu Chỉ tiêu KH');
  expect(bar.dataset.intent).toBe('warning');
  expect(bar.textContent).toContain('Hãy chèn mẫu bằng Chỉ tiêu KH');
});

test('an Excel error while checking, and while selecting a cell, each reach the person as an error MessageBar', async () => {
  const { x } = await filled();
  const user = userEvent.setup();
  renderPane();
  const run = await openCheck(user);
  x.stats.failNextSync('GeneralException', 'There was an internal error while processing the request.');
  await user.click(run);
  const bar = await messageBar(/Không đọc được trang tính/);
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toMatch(/Hãy thử lại/);

  await user.click(run);
  await screen.findByLabelText('Đạt: 5');
  expect(screen.queryByText(/Không đọc được trang tính/)).toBeNull();

  x.stats.failNextSync('ItemNotFound');
  await user.click(entry(listUnder(/^Vấn đề cần xem/), /không rõ/));
  const sel = await messageBar(/Không chọn được ô/);
  expect(sel.dataset.intent).toBe('error');
  expect(sel.textContent).toContain('có thể trang đã bị đổi tên hoặc xoá');
});

test('changing the number locale after a check marks the report as stale', async () => {
  await filled();
  const user = userEvent.setup();
  renderPane();
  await user.click(await openCheck(user));
  await screen.findByLabelText('Đạt: 5');
  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  await user.click(await screen.findByRole('radio', { name: /Tiếng Anh \(Mỹ\)/ }));
  await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  expect(panel().getByText(/Danh mục hoặc cách đọc số đã đổi sau lần kiểm tra này/)).toBeTruthy();
  // Checking again under en-US: "2.450" is now 2,45 — not met.
  await user.click(panel().getByRole('button', { name: 'Kiểm tra trang đang mở' }));
  await waitFor(() => expect(panel().queryByText(/Danh mục hoặc cách đọc số đã đổi/)).toBeNull());
  await waitFor(() => expect(within(listUnder(/^Chỉ tiêu không đạt/)).getByText('Thu ngân sách nhà nước trên địa bàn')).toBeTruthy());
});
