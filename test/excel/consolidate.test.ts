// Consolidation in the open workbook (way in (a)) through the real Office.js adapter against the
// Excel stand-in: eight district templates inserted with insertTemplate and filled as people do,
// then consolidateWorkbook. Province figures by hand (the same figures as test/core/consolidate).

import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { indicatorSheetPlan } from '../../src/core/layout';
import { consolidateWorkbook, workbookSources } from '../../src/excel/consolidate';
import { ExcelActionError } from '../../src/excel/errors';
import { insertTemplate } from '../../src/excel/template';
import { typeIntoCell } from '../excel-standin';
import { DISTRICTS } from '../fixtures/consolidation';
import { insertDistricts, snapshot } from './districtSheets';
import { actualCell, freshExcel } from './helpers';

const opts = { catalogue: laiChau2023, units: laiChauUnits2020, lang: 'vi' as const, locale: 'vi-VN' as const, label: '(sổ đang mở)' };

/** The province sheet's `Thực hiện` of a code, as Excel holds it. */
function actual(x: ReturnType<typeof freshExcel>, sheet: string, code: string) {
  return x.workbook.cell(sheet, actualCell(laiChau2023, code)).value;
}

function verdict(x: ReturnType<typeof freshExcel>, sheet: string, code: string) {
  return x.workbook.cell(sheet, actualCell(laiChau2023, code).replace('F', 'H')).value;
}

test('eight district sheets → a new province sheet whose Thực hiện equal hand computation, and the sources sheet', async () => {
  const x = freshExcel();
  const districts = await insertDistricts(x);
  const before = new Map(districts.flatMap((d) => [d.indicators, d.communes]).map((s) => [s, snapshot(x, s)]));
  const sheetsBefore = x.workbook.sheetNames();

  const r = await consolidateWorkbook(opts);

  expect(r.written).toMatchObject({ provinceSheet: 'Tổng hợp 2023', sourcesSheet: 'Nguồn số liệu' });
  expect(x.workbook.sheetNames()).toEqual([...sheetsBefore, 'Tổng hợp 2023', 'Nguồn số liệu']);
  expect(x.workbook.activeSheetName).toBe('Tổng hợp 2023');
  expect(r.result.missingDistricts).toEqual([]);
  expect(r.result.sources.filter((s) => s.used).map((s) => s.district)).toEqual(DISTRICTS);
  expect(r.sources.districts.every((d) => d.communes && d.communes.length > 0)).toBe(true);

  const ws = 'Tổng hợp 2023';
  // sum: 10,5 + 30 + 35,2 + 40 + 25 + 20 + 34,3 + 30 = 225 ≥ 225 → Đạt
  expect(actual(x, ws, 'CEREAL_OUTPUT')).toBeCloseTo(225, 9);
  expect(verdict(x, ws, 'CEREAL_OUTPUT')).toBe('Đạt');
  // sum: 800 + 250 + 200 + 180 + 150 + 120 + 400 + 300 = 2.400 < 2.450 → Không đạt
  expect(actual(x, ws, 'BUDGET_REVENUE')).toBe(2400);
  expect(verdict(x, ws, 'BUDGET_REVENUE')).toBe('Không đạt');
  // ratio of sums: Σ households on the grid ÷ Σ households = 96.000 ÷ 100.000 × 100 = 96,0 < 96,5,
  // although the mean of the districts' own rates (95,6…) is not what is written either
  expect(actual(x, ws, 'HOUSEHOLDS_GRID')).toBe(96000);
  expect(actual(x, ws, 'HOUSEHOLDS')).toBe(100000);
  expect(actual(x, ws, 'GRID_ELECTRICITY')).toBeCloseTo(96, 9);
  expect(verdict(x, ws, 'GRID_ELECTRICITY')).toBe('Không đạt');
  // ratio: 600 doctors ÷ 480.000 people × 10.000 = 12,5 < 13,0
  expect(actual(x, ws, 'DOCTORS_PER_10K')).toBeCloseTo(12.5, 9);
  // growth of sums: (Σ 100 ÷ Σ 95 − 1) × 100 = 5,263… ≥ 3,0 (never the sum of district growth rates)
  expect(actual(x, ws, 'TRADE_GROWTH')).toBeCloseTo((100 / 95 - 1) * 100, 9);
  expect(verdict(x, ws, 'TRADE_GROWTH')).toBe('Đạt');
  // growth: (300.000 ÷ 280.000 − 1) × 100 = 7,14… < 7,6
  expect(actual(x, ws, 'TOURIST_GROWTH')).toBeCloseTo((300000 / 280000 - 1) * 100, 9);
  expect(verdict(x, ws, 'TOURIST_GROWTH')).toBe('Không đạt');
  // new rural, from the merged commune lists typed in the commune sheets: 1.202 criteria ÷ 94 xã; 23 xã at 15–18
  expect(actual(x, ws, 'NTM_AVG_CRITERIA')).toBeCloseTo(1202 / 94, 9);
  expect(actual(x, ws, 'NTM_COMMUNES_15_18')).toBe(23);
  // maintain: every district Đạt
  expect(actual(x, ws, 'PRESCHOOL_5Y')).toBe('Đạt');
  // province only: no province sheet in this workbook → empty, with the reason in Ghi chú (column I)
  expect(actual(x, ws, 'GRDP_GROWTH')).toBe('');
  expect(String(x.workbook.cell(ws, actualCell(laiChau2023, 'GRDP_GROWTH').replace('F', 'I')).value)).toMatch(/chỉ lấy số của tỉnh/i);

  // The sources sheet traces each figure to each district's sheet and cell.
  const src = x.workbook.values('Nguồn số liệu', 'A1:I600');
  expect(String(src[0][0])).toContain('NGUỒN SỐ LIỆU TỔNG HỢP');
  const tamDuong = src.find((row) => row[0] === 'CEREAL_OUTPUT' && row[3] === 'Tam Đường');
  expect(tamDuong).toEqual(['CEREAL_OUTPUT', '', '', 'Tam Đường', 30, '(sổ đang mở)', 'Chỉ tiêu 2023 - Tam Đường', actualCell(laiChau2023, 'CEREAL_OUTPUT', 'district'), '']);

  // The source sheets are exactly as they were.
  for (const [sheet, snap] of before) expect(snapshot(x, sheet)).toEqual(snap);
});

test('the number of syncs is the same for 2 and for 8 district sheets', async () => {
  const counts: number[] = [];
  for (const n of [2, 8]) {
    const x = freshExcel();
    await insertDistricts(x, DISTRICTS.slice(0, n));
    const start = x.stats.syncCount;
    const r = await consolidateWorkbook(opts);
    expect(r.written).not.toBeNull();
    counts.push(x.stats.syncCount - start);
  }
  expect(counts[0]).toBe(counts[1]);
  // Read: sheet names, used ranges, values and formats (3). Write: sheet names, then everything queued in one request (2).
  expect(counts[0]).toBe(5);
});

test('missing districts are named, and their figures wait with the reason', async () => {
  const x = freshExcel();
  await insertDistricts(x, DISTRICTS.filter((d) => d !== 'Mường Tè' && d !== 'Tân Uyên'));
  const r = await consolidateWorkbook(opts);
  expect(r.result.missingDistricts).toEqual(['Mường Tè', 'Tân Uyên']);
  expect(actual(x, 'Tổng hợp 2023', 'CEREAL_OUTPUT')).toBe('');
  const f = r.result.figures.find((g) => g.code === 'CEREAL_OUTPUT')!;
  expect(f.reason?.vi).toContain('Mường Tè (không có tệp)');
});

test('a rate typed without its parts is reported with its sheet and cell; the province value stays empty', async () => {
  const x = freshExcel();
  const [first] = await insertDistricts(x);
  // Thành phố Lai Châu clears its households on the grid but keeps its own rate.
  typeIntoCell(x.workbook, first.indicators, actualCell(laiChau2023, 'HOUSEHOLDS_GRID', 'district'), '');
  const r = await consolidateWorkbook(opts);
  const p = r.result.problems.find((q) => q.kind === 'rate_without_parts')!;
  expect(p).toMatchObject({ sheet: first.indicators, cell: actualCell(laiChau2023, 'GRID_ELECTRICITY', 'district'), source: '(sổ đang mở)' });
  expect(actual(x, 'Tổng hợp 2023', 'GRID_ELECTRICITY')).toBe('');
});

test('the province’s own sheet gives the province-only figures; a second run does not overwrite the first', async () => {
  const x = freshExcel();
  await insertDistricts(x);
  const p = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  x.workbook.setCells(p.sheets[0], actualCell(laiChau2023, 'GRDP_GROWTH'), [[9.1]]);
  const r = await consolidateWorkbook(opts);
  expect(r.sources.province?.table.sheet).toBe('Chỉ tiêu 2023');
  expect(actual(x, 'Tổng hợp 2023', 'GRDP_GROWTH')).toBe(9.1);
  expect(verdict(x, 'Tổng hợp 2023', 'GRDP_GROWTH')).toBe('Đạt');

  const again = await consolidateWorkbook(opts);
  expect(again.written).toMatchObject({ provinceSheet: 'Tổng hợp 2023 (2)', sourcesSheet: 'Nguồn số liệu (2)' });
  // The first result (province level, the same GRDP copied) is neither a district nor a second province entry.
  expect(again.sources.districts).toHaveLength(8);
  expect(again.sources.province?.table.sheet).toBe('Chỉ tiêu 2023');
  expect(again.sources.provinceCandidates).toEqual([]);
  expect(actual(x, 'Tổng hợp 2023 (2)', 'GRDP_GROWTH')).toBe(9.1);

  // Someone types another GRDP into the first result: two different province entries, neither used.
  x.workbook.setCells('Tổng hợp 2023', actualCell(laiChau2023, 'GRDP_GROWTH'), [[8.5]]);
  const third = await consolidateWorkbook(opts);
  expect(third.sources.province).toBeUndefined();
  expect(third.sources.provinceCandidates).toEqual(['Chỉ tiêu 2023', 'Tổng hợp 2023', 'Tổng hợp 2023 (2)']);
});

test('no district sheet: nothing is written, and the result says so', async () => {
  const x = freshExcel();
  await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  const names = x.workbook.sheetNames();
  const r = await consolidateWorkbook(opts);
  expect(r.written).toBeNull();
  expect(r.sources.districts).toEqual([]);
  expect(r.result.missingDistricts).toEqual(DISTRICTS);
  expect(x.workbook.sheetNames()).toEqual(names);
});

test('province sheets with GRDP typed: the same figures are one entry, different figures are not guessed at', () => {
  const same = workbookSources([provinceGrid('A', 9), provinceGrid('B', 9)], laiChau2023, 'wb');
  expect(same.province?.table.sheet).toBe('A');
  expect(same.provinceCandidates).toEqual([]);
  const differ = workbookSources([provinceGrid('A', 9), provinceGrid('B', 9.5)], laiChau2023, 'wb');
  expect(differ.province).toBeUndefined();
  expect(differ.provinceCandidates).toEqual(['A', 'B']);
  const none = workbookSources([provinceGrid('A', null)], laiChau2023, 'wb');
  expect(none.province).toBeUndefined();
  expect(none.provinceCandidates).toEqual([]);
});

/** The province template's cells (metadata, header), GRDP growth typed. */
function provinceGrid(sheet: string, grdp: number | null) {
  const plan = indicatorSheetPlan(laiChau2023, { level: 'province' });
  const grid = plan.cells.map((row) => row.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : v })));
  grid[plan.rowOf.GRDP_GROWTH - 1][5] = { value: grdp };
  return { sheet, grid };
}

test('an Excel failure becomes an ExcelActionError that says what was being done; nothing half-written is left unreported', async () => {
  const x = freshExcel();
  await insertDistricts(x, DISTRICTS.slice(0, 1));
  x.stats.failNextSync('AccessDenied');
  const q = consolidateWorkbook(opts);
  await expect(q).rejects.toBeInstanceOf(ExcelActionError);
  await expect(q).rejects.toMatchObject({ messages: { vi: expect.stringContaining('Không đọc được trang tính'), en: expect.stringContaining('Unprotect') } });
});
