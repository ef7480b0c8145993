/** @jest-environment jsdom */
// Consolidate panel with the real adapters: district .xlsx files written by the CLI's own code
// (src/xlsx/template + ExcelJS) picked through the file input, read one by one with a progress
// bar, the result written into the Excel stand-in; and the district sheets of the open workbook.

import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { communeSheetPlan, indicatorSheetPlan } from '../../src/core/layout';
import type { Scalar } from '../../src/core/expr';
import { workbookBytes } from '../../src/xlsx/files';
import { buildTemplateWorkbook } from '../../src/xlsx/template';
import { typeIntoCell } from '../excel-standin';
import { insertDistricts, snapshot } from '../excel/districtSheets';
import { actualCell, freshExcel } from '../excel/helpers';
import { DATA, DISTRICTS, PROVINCE_DATA, communeCounts, districtValues } from '../fixtures/consolidation';
import { renderPane } from './render';

beforeEach(() => window.localStorage.clear());

const ACTUAL_COL = 6; // F: `Thực hiện`

/** A district's file as `chitieu template --level district` writes it, with the district's figures and xã counts typed. */
async function districtFile(district: string, name = `${district}.xlsx`): Promise<File> {
  const wb = buildTemplateWorkbook(laiChau2023, { level: 'district', unit: district, lang: 'vi' });
  const [indicators, communes] = wb.worksheets;
  const plan = indicatorSheetPlan(laiChau2023, { level: 'district', unit: district });
  for (const [code, v] of Object.entries(districtValues(DISTRICTS.indexOf(district), DATA))) {
    const row = plan.rowOf[code];
    const cell = indicators.getCell(row, ACTUAL_COL);
    if (v === null || (cell.value !== null && typeof cell.value === 'object')) continue; // formulas stay
    cell.value = v;
  }
  const cplan = communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'district', unit: district });
  const counts = communeCounts(district);
  for (let r = cplan.listRows.first; r <= cplan.listRows.last; r++) {
    const n = cplan.cells[r - 1]?.[cplan.columns.name - 1];
    if (cplan.cells[r - 1]?.[cplan.columns.type - 1] === 'xã' && typeof n === 'string' && n in counts) communes.getCell(r, cplan.columns.criteria).value = counts[n];
  }
  return new File([new Uint8Array(await workbookBytes(wb))], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** The province's own file: province template with GRDP typed. */
async function provinceFile(): Promise<File> {
  const wb = buildTemplateWorkbook(laiChau2023, { level: 'province', lang: 'vi' });
  const plan = indicatorSheetPlan(laiChau2023, { level: 'province' });
  for (const code of ['GRDP_GROWTH', 'GRDP_PER_CAPITA']) wb.worksheets[0].getCell(plan.rowOf[code], ACTUAL_COL).value = PROVINCE_DATA[code] as number;
  return new File([new Uint8Array(await workbookBytes(wb))], 'Tỉnh Lai Châu.xlsx');
}

function panel() {
  return within(screen.getByRole('tabpanel', { hidden: false }));
}

async function openConsolidate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: /Tổng hợp|Consolidate/ }));
  return screen.findByRole('button', { name: 'Chọn tệp .xlsx…' });
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('Tệp .xlsx của các huyện') as HTMLInputElement;
}

async function messageBar(text: string | RegExp): Promise<HTMLElement> {
  const el = await screen.findByText(text, {}, { timeout: 30000 });
  const bar = el.closest('.fui-MessageBar');
  if (!bar) throw new Error(`"${String(text)}" is not inside a MessageBar`);
  return bar as HTMLElement;
}

/** Every progress label the pane shows, in order (each state React commits). */
function recordProgress(): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const look = () => {
    for (const l of Array.from(document.querySelectorAll('label'))) {
      const t = l.textContent ?? '';
      if (/^Đang (đọc|tải|ghi)/.test(t) && seen[seen.length - 1] !== t) seen.push(t);
    }
  };
  const obs = new MutationObserver(look);
  obs.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { seen, stop: () => obs.disconnect() };
}

function value(x: ReturnType<typeof freshExcel>, sheet: string, code: string): Scalar {
  return x.workbook.cell(sheet, actualCell(laiChau2023, code)).value as Scalar;
}

test('eight district files picked: read one by one with progress, consolidated into new sheets whose figures match hand computation', async () => {
  const x = freshExcel();
  const files = [...(await Promise.all(DISTRICTS.map((d) => districtFile(d)))), await provinceFile()];
  const user = userEvent.setup();
  renderPane();
  await openConsolidate(user);

  const progress = recordProgress();
  await user.upload(fileInput(), files);
  const bar = await messageBar('Đã tổng hợp');
  progress.stop();

  expect(bar.dataset.intent).toBe('success');
  expect(bar.textContent).toContain('Đã tổng hợp 8/8 huyện vào trang mới "Tổng hợp 2023"');
  expect(bar.textContent).toContain('"Nguồn số liệu"');
  // One step per file, in order, named; then the write.
  expect(progress.seen).toEqual([
    'Đang tải bộ đọc tệp Excel…',
    ...files.map((f, i) => `Đang đọc tệp ${i + 1}/9: ${f.name}`),
    'Đang ghi kết quả vào sổ làm việc…',
  ]);
  expect(screen.queryByRole('progressbar')).toBeNull();

  expect(x.workbook.sheetNames()).toEqual(['Sheet1', 'Tổng hợp 2023', 'Nguồn số liệu']);
  const ws = 'Tổng hợp 2023';
  expect(value(x, ws, 'CEREAL_OUTPUT')).toBeCloseTo(225, 9); // Σ
  expect(value(x, ws, 'GRID_ELECTRICITY')).toBeCloseTo(96, 9); // 96.000 ÷ 100.000 × 100
  expect(value(x, ws, 'TRADE_GROWTH')).toBeCloseTo((100 / 95 - 1) * 100, 9); // growth of sums
  expect(value(x, ws, 'NTM_AVG_CRITERIA')).toBeCloseTo(1202 / 94, 9); // from the commune lists
  expect(value(x, ws, 'GRDP_GROWTH')).toBe(9.1); // the province's own file
  expect(x.workbook.cell(ws, actualCell(laiChau2023, 'GRID_ELECTRICITY').replace('F', 'H')).value).toBe('Không đạt');
  expect(String(x.workbook.values('Nguồn số liệu', 'A1:A1')[0][0])).toContain('NGUỒN SỐ LIỆU TỔNG HỢP');

  // Every district present, each with its file.
  const list = panel().getByRole('heading', { name: 'Huyện có số liệu: 8/8' }).parentElement as HTMLElement;
  expect(within(list).getAllByText('Có')).toHaveLength(8);
  expect(within(list).getByText('Tam Đường.xlsx')).toBeTruthy();
  expect(screen.getByText(/Số liệu riêng của tỉnh \(GRDP…\) lấy từ "Tỉnh Lai Châu.xlsx"/)).toBeTruthy();
});

test('six districts and a text file: the missing districts are named, the text file is refused by name, the rest is consolidated', async () => {
  const x = freshExcel();
  const six = DISTRICTS.filter((d) => d !== 'Mường Tè' && d !== 'Tân Uyên');
  const files = [...(await Promise.all(six.map((d) => districtFile(d)))), new File(['Báo cáo tháng 12'], 'ghi chu.txt', { type: 'text/plain' })];
  // The picker offers .xlsx files, but a person can switch it to "All files" (applyAccept: false).
  const user = userEvent.setup({ applyAccept: false });
  renderPane();
  await openConsolidate(user);
  await user.upload(fileInput(), files);

  await messageBar('Đã tổng hợp');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1', 'Tổng hợp 2023', 'Nguồn số liệu']);

  const missing = await messageBar('Thiếu 2/8 huyện');
  expect(missing.dataset.intent).toBe('warning');
  expect(missing.textContent).toContain('Chưa có số liệu của Mường Tè, Tân Uyên');
  const refused = await messageBar('1 tệp/trang không được tổng hợp');
  expect(refused.textContent).toContain('Tệp "ghi chu.txt" không phải tệp Excel .xlsx');
  expect(refused.textContent).toContain('lưu lại bằng Excel');

  const list = panel().getByRole('heading', { name: 'Huyện có số liệu: 6/8' }).parentElement as HTMLElement;
  expect(list.querySelector('[data-district="Mường Tè"]')?.getAttribute('data-present')).toBe('no');
  expect(list.querySelector('[data-district="Tân Uyên"]')?.textContent).toContain('Thiếu');

  // Figures that need every district are empty in the sheet and listed with the reason.
  expect(value(x, 'Tổng hợp 2023', 'CEREAL_OUTPUT')).toBe('');
  const empty = panel().getByRole('heading', { name: /Số của tỉnh để trống/ }).parentElement as HTMLElement;
  expect(within(empty).getByText(/Tổng sản lượng lương thực có hạt \(CEREAL_OUTPUT\)/)).toBeTruthy();
  expect(within(empty).getAllByText(/Mường Tè \(không có tệp\)/).length).toBeGreaterThan(0);
  // GRDP: no province file, and the pane says what to do here (not the command line's --province).
  const grdp = within(empty).getByText(/\(GRDP_GROWTH\)/).closest('li') as HTMLElement;
  expect(grdp.textContent).toContain('hãy nhập vào trang tổng hợp vừa tạo');
  expect(grdp.textContent).not.toContain('--province');
});

test('a damaged file and an oversized one are refused with a message; nothing is consolidated from them and the pane keeps working', async () => {
  const x = freshExcel();
  const damaged = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])], 'Sìn Hồ.xlsx');
  const huge = new File([new Uint8Array(51 * 1024 * 1024)], 'Phong Thổ.xlsx');
  const user = userEvent.setup();
  renderPane();
  await openConsolidate(user);
  await user.upload(fileInput(), [damaged, huge]);

  const bar = await messageBar('Chưa tổng hợp được');
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toContain('không ghi gì vào sổ làm việc');
  const refused = await messageBar('2 tệp/trang không được tổng hợp');
  expect(refused.textContent).toContain('Không mở được tệp "Sìn Hồ.xlsx": tệp hỏng');
  expect(refused.textContent).toContain('Tệp "Phong Thổ.xlsx" quá lớn (51 MB; tối đa 50 MB)');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1']);

  // And a good file afterwards still works.
  await user.upload(fileInput(), [await districtFile('Tam Đường')]);
  await messageBar('Đã tổng hợp');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1', 'Tổng hợp 2023', 'Nguồn số liệu']);
});

test('the district sheets of the open workbook: consolidated without touching them; a problem points to its cell, and a click selects it', async () => {
  const x = freshExcel();
  const sheets = await insertDistricts(x);
  // Tam Đường typed its grid-electricity rate but cleared the households on the grid.
  typeIntoCell(x.workbook, sheets[1].indicators, actualCell(laiChau2023, 'HOUSEHOLDS_GRID', 'district'), '');
  const before = sheets.map((d) => snapshot(x, d.indicators));
  const user = userEvent.setup();
  renderPane();
  await openConsolidate(user);
  await user.click(panel().getByRole('button', { name: 'Tổng hợp các trang huyện' }));

  const bar = await messageBar('Đã tổng hợp');
  expect(bar.textContent).toContain('"Tổng hợp 2023"');
  const list = panel().getByRole('heading', { name: 'Huyện có số liệu: 8/8' }).parentElement as HTMLElement;
  expect(within(list).getByText('Chỉ tiêu 2023 - Tam Đường')).toBeTruthy();

  expect(sheets.map((d) => snapshot(x, d.indicators))).toEqual(before);
  expect(x.workbook.sheetNames().slice(-2)).toEqual(['Tổng hợp 2023', 'Nguồn số liệu']);

  const problems = panel().getByRole('heading', { name: /Vấn đề theo tệp, trang và ô/ }).parentElement as HTMLElement;
  const rate = within(problems).getByText(/Tam Đường nhập GRID_ELECTRICITY = 98,3 nhưng thiếu HOUSEHOLDS_GRID/).closest('button') as HTMLElement;
  await user.click(rate);
  await waitFor(() => expect(x.workbook.selectedAddress).toBe(`'${sheets[1].indicators}'!${actualCell(laiChau2023, 'GRID_ELECTRICITY', 'district')}`));
  expect(x.workbook.activeSheetName).toBe(sheets[1].indicators);
});

test('no district sheet in the workbook: an error MessageBar says what to do, nothing is written', async () => {
  const x = freshExcel();
  const user = userEvent.setup();
  renderPane();
  await openConsolidate(user);
  await user.click(panel().getByRole('button', { name: 'Tổng hợp các trang huyện' }));
  const bar = await messageBar('Chưa tổng hợp được');
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toContain('chèn mẫu cấp huyện ở tab Mẫu');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1']);
});

test('an Excel failure while writing is an error MessageBar with what to do; English when the pane is in English', async () => {
  const x = freshExcel();
  const user = userEvent.setup();
  renderPane({ lang: 'en' });
  await user.click(screen.getByRole('tab', { name: 'Consolidate' }));
  await screen.findByRole('button', { name: 'Choose .xlsx files…' });
  x.stats.failNextSync('AccessDenied');
  await user.upload(screen.getByLabelText("The districts' .xlsx files"), [await districtFile('Tam Đường')]);
  const text = await screen.findByText(/Could not write the consolidation/, {}, { timeout: 30000 });
  const bar = text.closest('.fui-MessageBar') as HTMLElement;
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toContain('Unprotect');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1']);
});
