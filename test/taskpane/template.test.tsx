/** @jest-environment jsdom */
// Template panel with the real adapter against the Excel stand-in installed as the global Excel.

import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { actualCell, freshExcel } from '../excel/helpers';
import { typeIntoCell } from '../excel-standin';
import { renderPane } from './render';

beforeEach(() => window.localStorage.clear());

function panel() {
  return within(screen.getByRole('tabpanel'));
}

/** The MessageBar that holds `text`. */
async function messageBar(text: string | RegExp): Promise<HTMLElement> {
  const el = await screen.findByText(text);
  const bar = el.closest('.fui-MessageBar');
  if (!bar) throw new Error(`"${String(text)}" is not inside a MessageBar`);
  return bar as HTMLElement;
}

test('inserts the province template into an empty workbook: the sheet appears with its Đánh giá formulas', async () => {
  const x = freshExcel();
  const user = userEvent.setup();
  renderPane();
  expect(panel().getByText(/Các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2023/)).toBeTruthy();
  expect(panel().getByText(/laichau-2023 · năm 2023/)).toBeTruthy();

  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  const bar = await messageBar('Đã chèn mẫu');
  expect(bar.textContent).toContain('"Chỉ tiêu 2023", "Nông thôn mới 2023"');
  expect(bar.dataset.intent).toBe('success');

  expect(x.workbook.sheetNames()).toEqual(['Sheet1', 'Chỉ tiêu 2023', 'Nông thôn mới 2023']);
  expect(x.workbook.activeSheetName).toBe('Chỉ tiêu 2023');
  const verdict = actualCell(laiChau2023, 'CEREAL_OUTPUT').replace('F', 'H');
  expect(x.workbook.cell('Chỉ tiêu 2023', verdict).formula).toMatch(/^=/);
  typeIntoCell(x.workbook, 'Chỉ tiêu 2023', actualCell(laiChau2023, 'CEREAL_OUTPUT'), '200');
  expect(x.workbook.cell('Chỉ tiêu 2023', verdict).value).toBe('Không đạt');
  // Nothing about older Excel on a current one.
  expect(screen.queryByText('Excel này thiếu một số chức năng')).toBeNull();
});

test('a second insert does not overwrite the first: " (2)"', async () => {
  const x = freshExcel();
  const user = userEvent.setup();
  renderPane();
  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  await messageBar(/"Chỉ tiêu 2023"/);
  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  await messageBar(/"Chỉ tiêu 2023 \(2\)"/);
  expect(x.workbook.sheetNames()).toEqual(['Sheet1', 'Chỉ tiêu 2023', 'Nông thôn mới 2023', 'Chỉ tiêu 2023 (2)', 'Nông thôn mới 2023 (2)']);
});

test('district level: the button waits for a district from the structure, then inserts that district’s sheet', async () => {
  const x = freshExcel();
  const user = userEvent.setup();
  renderPane();
  await user.click(panel().getByRole('radio', { name: 'Huyện' }));
  const insert = panel().getByRole('button', { name: 'Chèn mẫu' });
  expect((insert as HTMLButtonElement).disabled).toBe(true);
  expect(panel().getByText('Hãy chọn một huyện trước khi chèn mẫu cấp huyện.')).toBeTruthy();

  // A native <select> (Fluent Select): its options are the districts; the placeholder is not one.
  const select = panel().getByRole('combobox', { name: /Huyện/ }) as HTMLSelectElement;
  expect(select.value).toBe('');
  const options = panel().getAllByRole('option').map((o) => o.textContent);
  expect(options).toEqual(['Thành phố Lai Châu', 'Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Nậm Nhùn', 'Tân Uyên', 'Than Uyên']);
  await user.selectOptions(select, 'Tam Đường');
  expect(select.value).toBe('Tam Đường');
  expect((insert as HTMLButtonElement).disabled).toBe(false);

  await user.click(insert);
  await messageBar(/"Chỉ tiêu 2023 - Tam Đường"/);
  expect(x.workbook.sheetNames()).toContain('Chỉ tiêu 2023 - Tam Đường');
});

test('older Excel: the template goes in, and the pane says what this Excel cannot do', async () => {
  freshExcel({ requirementSets: { ExcelApi: '1.5' } });
  const user = userEvent.setup();
  renderPane();
  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  await messageBar('Đã chèn mẫu');
  const warn = await messageBar('Excel này thiếu một số chức năng');
  expect(warn.dataset.intent).toBe('warning');
  expect(warn.textContent).toContain('ExcelApi 1.6');
  expect(warn.textContent).toContain('ExcelApi 1.8');
});

test('an Excel error is shown as an error MessageBar with what to do, and follows a language switch', async () => {
  const x = freshExcel();
  const user = userEvent.setup();
  renderPane();
  x.stats.failNextSync('InvalidOperationInCellEditMode');
  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  const bar = await messageBar(/Không chèn được mẫu/);
  expect(bar.textContent).toContain('Hãy nhấn Enter hoặc Esc');
  expect(bar.dataset.intent).toBe('error');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1']);

  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  await user.click(await screen.findByRole('radio', { name: 'English' }));
  await user.click(screen.getByRole('tab', { name: 'Template' }));
  expect((await messageBar(/Could not insert the template/)).textContent).toContain('Press Enter or Esc');

  // Dismissed, and the next try works.
  await user.click(within(await messageBar(/Could not insert the template/)).getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByText(/Could not insert the template/)).toBeNull();
  await user.click(panel().getByRole('button', { name: 'Insert template' }));
  await messageBar(/"Indicators 2023"/);
});

test('outside Excel the pane says so instead of failing silently', async () => {
  const user = userEvent.setup();
  renderPane();
  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  const bar = await messageBar(/chỉ chạy bên trong Excel/);
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toContain('Trang đầu (Home) > Chỉ tiêu KH');
});

test('a unit structure without districts offers the province template only', async () => {
  freshExcel();
  const { laiChauUnits2025 } = await import('../../src/core/catalogue/units');
  const user = userEvent.setup();
  renderPane({ units: laiChauUnits2025 });
  const district = panel().getByRole('radio', { name: 'Huyện' }) as HTMLInputElement;
  expect(district.disabled).toBe(true);
  expect(panel().getByText(/không có cấp huyện: chỉ chèn được mẫu cấp tỉnh/)).toBeTruthy();
  await user.click(panel().getByRole('button', { name: 'Chèn mẫu' }));
  await messageBar(/"Chỉ tiêu 2023"/);
});
