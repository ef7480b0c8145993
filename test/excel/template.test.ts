// insertTemplate through the real Office.js adapter against the Excel stand-in.

import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020, laiChauUnits2025 } from '../../src/core/catalogue/units';
import { indicatorSheetPlan } from '../../src/core/layout';
import { ExcelActionError } from '../../src/excel/errors';
import { missingFeatures } from '../../src/excel/requirements';
import { insertTemplate } from '../../src/excel/template';
import { typeIntoCell } from '../excel-standin';
import { actualCell, bigCatalogue, freshExcel } from './helpers';

const FIVE_MB = 5 * 1024 * 1024;

test('inserts the province template into a new sheet of an empty workbook, with live Đánh giá formulas', async () => {
  const x = freshExcel();
  const r = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });

  // The indicator sheet and the commune sheet its new-rural indicators read; the indicator sheet first.
  expect(r.sheets).toEqual(['Chỉ tiêu 2023', 'Nông thôn mới 2023']);
  expect(x.workbook.sheetNames()).toEqual(['Sheet1', 'Chỉ tiêu 2023', 'Nông thôn mới 2023']);
  expect(x.workbook.activeSheetName).toBe('Chỉ tiêu 2023');
  expect(x.workbook.usedRect(x.workbook.sheet('Sheet1'), false)).toBeNull();

  const ws = 'Chỉ tiêu 2023';
  const plan = indicatorSheetPlan(laiChau2023, { level: 'province' });
  expect(x.workbook.cell(ws, 'A4').value).toBe('Mã số');
  expect(x.workbook.cell(ws, 'F4').value).toBe('Thực hiện 2023');
  expect(x.workbook.cell(ws, 'H4').value).toBe('Đánh giá');
  for (const ind of laiChau2023.indicators.filter((i) => i.parentCode === undefined)) {
    const row = plan.rowOf[ind.code];
    expect(x.workbook.cell(ws, `A${row}`).value).toBe(ind.code);
    expect(x.workbook.cell(ws, `H${row}`).formula).toMatch(/^=/);
  }
  expect(x.workbook.conditionalFormats(ws)).toHaveLength(3);
  expect(x.workbook.dataValidations(ws).length).toBeGreaterThan(0);
  expect(x.workbook.frozenRows(ws)).toBe(4);
  expect(JSON.parse(x.workbook.customProperties(ws)['chitieu-kh'])).toMatchObject({ catalogueId: 'laichau-2023', level: 'province', year: 2023 });

  // The two new-rural indicators read the commune sheet's aggregates.
  expect(x.workbook.cell(ws, actualCell(laiChau2023, 'NTM_AVG_CRITERIA')).formula).toContain("'Nông thôn mới 2023'!");
  expect(x.workbook.cell(ws, actualCell(laiChau2023, 'NTM_COMMUNES_15_18')).formula).toContain("'Nông thôn mới 2023'!");

  // The formulas answer as people type, and the colours follow.
  const cereal = actualCell(laiChau2023, 'CEREAL_OUTPUT');
  const verdict = cereal.replace('F', 'H');
  typeIntoCell(x.workbook, ws, cereal, '230');
  expect(x.workbook.cell(ws, verdict).value).toBe('Đạt');
  expect(x.workbook.cell(ws, verdict).conditionalFill).toBe('#C6EFCE');
  typeIntoCell(x.workbook, ws, cereal, '224.9');
  expect(x.workbook.cell(ws, verdict).value).toBe('Không đạt');
  expect(x.workbook.cell(ws, verdict).conditionalFill).toBe('#FFC7CE');
});

test('a taken sheet name gets " (2)" and the existing sheet is left exactly as it was', async () => {
  const x = freshExcel({ sheets: ['Chỉ tiêu 2023'] });
  x.workbook.setCells('Chỉ tiêu 2023', 'A1', [
    ['Số liệu cũ', 123],
    [null, '=B1*2'],
  ]);
  const before = ['A1', 'B1', 'B2', 'A4', 'F4'].map((a) => x.workbook.cell('Chỉ tiêu 2023', a));

  const r = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });

  expect(r.sheets).toEqual(['Chỉ tiêu 2023 (2)', 'Nông thôn mới 2023']);
  expect(x.workbook.sheetNames()).toEqual(['Chỉ tiêu 2023', 'Chỉ tiêu 2023 (2)', 'Nông thôn mới 2023']);
  expect(['A1', 'B1', 'B2', 'A4', 'F4'].map((a) => x.workbook.cell('Chỉ tiêu 2023', a))).toEqual(before);
  expect(x.workbook.usedRect(x.workbook.sheet('Chỉ tiêu 2023'), false)).toMatchObject({ rows: 2, cols: 2 });
  expect(x.workbook.cell('Chỉ tiêu 2023 (2)', 'A4').value).toBe('Mã số');

  // And again: " (3)".
  const again = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  expect(again.sheets).toEqual(['Chỉ tiêu 2023 (3)', 'Nông thôn mới 2023 (2)']);
  expect(x.workbook.activeSheetName).toBe('Chỉ tiêu 2023 (3)');
});

test('district template: the sheet is named after the district and says so in its metadata', async () => {
  const x = freshExcel();
  const r = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'district', unit: 'Tam Đường', lang: 'vi' });
  expect(r.sheets).toEqual(['Chỉ tiêu 2023 - Tam Đường', 'NTM 2023 - Tam Đường']);
  const meta = JSON.parse(x.workbook.customProperties(r.sheets[0])['chitieu-kh']);
  expect(meta).toMatchObject({ level: 'district', unit: 'Tam Đường' });
});

test('English template: English headers', async () => {
  const x = freshExcel();
  const r = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'en' });
  expect(r.sheets).toEqual(['Indicators 2023', 'New rural 2023']);
  expect(x.workbook.cell('Indicators 2023', 'F4').value).toBe('Actual 2023');
});

test('a district that is not in the structure, or a structure without districts, is refused before Excel is touched', async () => {
  const x = freshExcel();
  const unknown = insertTemplate(laiChau2023, laiChauUnits2020, { level: 'district', unit: 'Hà Nội', lang: 'vi' });
  await expect(unknown).rejects.toBeInstanceOf(ExcelActionError);
  await expect(unknown).rejects.toMatchObject({ messages: { vi: expect.stringContaining('Tam Đường') } });
  const none = insertTemplate(laiChau2023, laiChauUnits2025, { level: 'district', unit: 'Tam Đường', lang: 'en' });
  await expect(none).rejects.toMatchObject({ messages: { en: expect.stringContaining('Choose the province level') } });
  expect(x.stats.runCount).toBe(0);
  expect(x.workbook.sheetNames()).toEqual(['Sheet1']);
});

test('older Excel: the template is inserted without conditional formats and validation, and the pane can say what is missing', async () => {
  const x = freshExcel({ requirementSets: { ExcelApi: '1.4' } });
  const r = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  expect(x.workbook.conditionalFormats(r.sheets[0])).toHaveLength(0);
  expect(missingFeatures(r.capabilities)).toHaveLength(4);
  expect(x.workbook.frozenRows(r.sheets[0])).toBe(0);
  expect(x.workbook.cell(r.sheets[0], 'H4').value).toBe('Đánh giá');
});

test('an Excel failure becomes an ExcelActionError in both languages', async () => {
  const x = freshExcel();
  x.stats.failNextSync('AccessDenied');
  const p = insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  await expect(p).rejects.toBeInstanceOf(ExcelActionError);
  await expect(p).rejects.toMatchObject({
    messages: { vi: expect.stringContaining('Không chèn được mẫu'), en: expect.stringContaining('Unprotect') },
  });
});

test('outside Excel: a message saying to open the add-in from Excel, not a ReferenceError', async () => {
  await expect(insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' })).rejects.toMatchObject({
    code: 'NotInExcel',
    messages: { en: expect.stringContaining('Open Excel') },
  });
});

test('the sync count of insert is the same for 20 and for 2,000 rows, and no request passes 5 MB', async () => {
  const counts: number[] = [];
  for (const n of [20, 2000]) {
    const x = freshExcel();
    const r = await insertTemplate(bigCatalogue(n), laiChauUnits2020, { level: 'province', lang: 'vi' });
    expect(x.workbook.cell(r.sheets[0], `A${4 + 1 + n}`).value).toBe(`IND_${String(n - 1).padStart(5, '0')}`);
    expect(x.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    counts.push(x.stats.syncCount);
  }
  expect(counts[1]).toBe(counts[0]);
  // The stand-in writes cell by cell into HyperFormula, which is slow for 2,000 rows × 9 columns.
}, 240_000);
