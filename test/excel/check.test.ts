// checkSheet through the real Office.js adapter against the Excel stand-in: typed values of every
// kind, statuses equal to core's on the same cells, problems with their cells, sync counts.

import { columnLetter } from '../../src/core/a1';
import { checkIndicatorTable } from '../../src/core/check';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { templatePlans } from '../../src/core/layout';
import { STATUS_LABELS } from '../../src/core/rules';
import { findIndicatorTable, TemplateError } from '../../src/core/sheet';
import type { NumberLocale } from '../../src/core/types';
import { checkSheet } from '../../src/excel/check';
import { ExcelActionError } from '../../src/excel/errors';
import { selectCell } from '../../src/excel/read';
import { insertTemplate } from '../../src/excel/template';
import { Standin, typeIntoCell } from '../excel-standin';
import { actualCell, bigCatalogue, freshExcel, gridFromState } from './helpers';

const FIVE_MB = 5 * 1024 * 1024;

/** What people type, as Excel stores it (typeIntoCell follows Excel's en-US entry rules). */
const TYPED: Record<string, string> = {
  CEREAL_OUTPUT: '230', // a number: met (≥ 225)
  BUDGET_REVENUE: "'2.450", // text pasted from a Vietnamese document: 2450 in vi-VN (met, ambiguous), 2,45 in en-US
  GRDP_PER_CAPITA: '52,9 triệu đồng', // Vietnamese text with the unit: 52,9, met (about 52,9)
  TRADE_GROWTH: "'2.5", // English-format text: 2,5 with a warning under vi-VN; not met (< 3,0)
  FOREST_COVER: '52.3%', // stored as 0,523 with a percent format: read as 52,3, met
  GRID_ELECTRICITY: 'khoảng chín mươi', // garbage: invalid
  RURAL_CLEAN_WATER: '85', // not met (< 90)
  PRESCHOOL_5Y: 'Đạt', // met
  JOBS_CREATED: '-', // missing
};

async function filledTemplate(): Promise<{ x: Standin; ws: string }> {
  const x = freshExcel();
  const { sheets } = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  const ws = sheets[0];
  for (const [code, typed] of Object.entries(TYPED)) typeIntoCell(x.workbook, ws, actualCell(laiChau2023, code), typed);
  return { x, ws };
}

function coreReport(x: Standin, ws: string, locale: NumberLocale, lang: 'vi' | 'en') {
  return checkIndicatorTable(findIndicatorTable(ws, gridFromState(x, ws)), laiChau2023, { locale, lang });
}

test('statuses, values, reasons and problems equal core on the same cells, in both locales and languages', async () => {
  const { x, ws } = await filledTemplate();
  for (const locale of ['vi-VN', 'en-US'] as const) {
    const r = await checkSheet(laiChau2023, { locale, lang: 'vi' });
    expect(r.sheet).toBe(ws);
    for (const lang of ['vi', 'en'] as const) {
      const expected = coreReport(x, ws, locale, lang);
      const got = r.reports[lang];
      expect(got.indicators.map(({ evaluation, ...i }) => i)).toEqual(expected.indicators.map(({ evaluation, ...i }) => i));
      expect(got.problems).toEqual(expected.problems);
      expect(got.counts).toEqual(expected.counts);
    }
    expect(r.report).toBe(r.reports.vi);
  }
});

test('what the check says about each kind of entry', async () => {
  const { x, ws } = await filledTemplate();
  const before = gridFromState(x, ws);
  const r = await checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' });
  const by = Object.fromEntries(r.report.indicators.map((i) => [i.code, i]));
  expect(by.CEREAL_OUTPUT).toMatchObject({ status: 'met', value: 230 });
  expect(by.BUDGET_REVENUE).toMatchObject({ status: 'met', value: 2450 });
  expect(by.GRDP_PER_CAPITA).toMatchObject({ status: 'met', value: 52.9 });
  expect(by.TRADE_GROWTH).toMatchObject({ status: 'not_met', value: 2.5 });
  expect(by.FOREST_COVER).toMatchObject({ status: 'met' });
  expect(by.FOREST_COVER.value).toBeCloseTo(52.3, 10);
  expect(by.GRID_ELECTRICITY).toMatchObject({ status: 'invalid', value: null });
  expect(by.RURAL_CLEAN_WATER).toMatchObject({ status: 'not_met', value: 85 });
  expect(by.PRESCHOOL_5Y).toMatchObject({ status: 'met' });
  expect(by.JOBS_CREATED).toMatchObject({ status: 'missing' });
  expect(r.report.counts).toMatchObject({ met: 5, not_met: 2, invalid: 1 });

  const problemAt = (code: string) => r.report.problems.filter((p) => p.code === code).map((p) => [p.cell, p.severity]);
  expect(problemAt('GRID_ELECTRICITY')).toEqual([[actualCell(laiChau2023, 'GRID_ELECTRICITY'), 'error']]);
  expect(problemAt('BUDGET_REVENUE')).toEqual([[actualCell(laiChau2023, 'BUDGET_REVENUE'), 'warning']]);
  expect(problemAt('TRADE_GROWTH')).toEqual([[actualCell(laiChau2023, 'TRADE_GROWTH'), 'warning']]);
  expect(r.report.problems.every((p) => p.sheet === ws)).toBe(true);

  // The sheet's own formulas agree where they can see the value, and never show a wrong colour where they cannot.
  const verdict = (code: string) => x.workbook.cell(ws, actualCell(laiChau2023, code).replace('F', 'H')).value;
  expect(verdict('CEREAL_OUTPUT')).toBe(STATUS_LABELS.vi.met);
  expect(verdict('RURAL_CLEAN_WATER')).toBe(STATUS_LABELS.vi.not_met);
  expect(verdict('PRESCHOOL_5Y')).toBe(STATUS_LABELS.vi.met);
  // Text, and a percent cell the formula cannot tell from a fraction: amber, the add-in's check decides.
  for (const code of ['BUDGET_REVENUE', 'GRDP_PER_CAPITA', 'TRADE_GROWTH', 'FOREST_COVER', 'GRID_ELECTRICITY']) {
    expect([code, verdict(code)]).toEqual([code, STATUS_LABELS.vi.check]);
  }

  // A check writes nothing.
  expect(gridFromState(x, ws)).toEqual(before);
});

test('checks a sheet by name as well as the active one', async () => {
  const { x, ws } = await filledTemplate();
  x.workbook.activate(x.workbook.sheet('Sheet1'));
  await expect(checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' })).rejects.toBeInstanceOf(TemplateError);
  const r = await checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' }, ws);
  expect(r.sheet).toBe(ws);
  expect(r.report.counts.met).toBe(5);
});

test('a sheet that is not a template gives a TemplateError saying what to do, in both languages', async () => {
  const x = freshExcel();
  x.workbook.setCells('Sheet1', 'A1', [['Báo cáo tháng', 12]]);
  const p = checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' });
  await expect(p).rejects.toBeInstanceOf(TemplateError);
  await expect(p).rejects.toMatchObject({
    messages: { vi: expect.stringContaining('Hãy chèn mẫu'), en: expect.stringContaining('Insert the template') },
  });
});

test('an Excel failure while reading becomes an ExcelActionError', async () => {
  const x = freshExcel();
  x.stats.failNextSync('GeneralException');
  await expect(checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' })).rejects.toBeInstanceOf(ExcelActionError);
});

test('selectCell activates the sheet and selects the cell', async () => {
  const { x, ws } = await filledTemplate();
  x.workbook.activate(x.workbook.sheet('Sheet1'));
  await selectCell(ws, 'F12');
  expect(x.workbook.activeSheetName).toBe(ws);
  expect(x.workbook.selectedAddress).toBe(`'${ws}'!F12`);
});

/** A minimal indicator table of `n` rows, typed straight into the workbook. */
function minimalTable(x: Standin, n: number): void {
  const c = bigCatalogue(n);
  const rows: (string | number | null)[][] = [['Mã số', 'Chỉ tiêu', 'Kế hoạch 2024', 'Thực hiện 2024']];
  c.indicators.forEach((ind, i) => rows.push([ind.code, ind.name.vi, 50.5, i % 3 === 0 ? 49 : i % 3 === 1 ? 60 : 'abc']));
  x.workbook.setCells('Sheet1', 'A1', rows);
}

test('the sync count of check is the same for 20 and for 2,000 rows, and no request or response passes 5 MB', async () => {
  const counts: number[] = [];
  for (const n of [20, 2000]) {
    const x = freshExcel();
    minimalTable(x, n);
    x.stats.reset();
    const r = await checkSheet(bigCatalogue(n), { locale: 'vi-VN', lang: 'vi' });
    expect(r.report.indicators).toHaveLength(n);
    expect(r.report.counts.met + r.report.counts.not_met + r.report.counts.invalid).toBe(n);
    expect(x.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(Math.max(...x.stats.requests.map((q) => q.responseBytes))).toBeLessThan(FIVE_MB);
    counts.push(x.stats.syncCount);
  }
  expect(counts[1]).toBe(counts[0]);
}, 120_000);

test('the new-rural indicators come from the commune sheet: Excel computes them, the check judges what Excel shows', async () => {
  const x = freshExcel();
  const { sheets } = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  const [ws, communeSheet] = sheets;
  const plan = templatePlans(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' }).communes;
  // Every xã at 14 criteria (average 14,0 ≥ 13,9: met; none at 15–18: not met); wards and towns at 19, not counted.
  const rows = laiChauUnits2020.communes.map((u) => [u.type === 'xã' ? 14 : 19]);
  const first = Math.min(...Object.values(plan.rowOf));
  x.workbook.setCells(communeSheet, `${columnLetter(plan.columns.criteria)}${first}`, rows);

  const r = await checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' }, ws);
  const by = Object.fromEntries(r.report.indicators.map((i) => [i.code, i]));
  expect(by.NTM_AVG_CRITERIA).toMatchObject({ status: 'met', value: 14 });
  expect(by.NTM_COMMUNES_15_18).toMatchObject({ status: 'not_met', value: 0 });
  const verdict = (code: string) => x.workbook.cell(ws, actualCell(laiChau2023, code).replace('F', 'H')).value;
  expect(verdict('NTM_AVG_CRITERIA')).toBe(STATUS_LABELS.vi.met);
  expect(verdict('NTM_COMMUNES_15_18')).toBe(STATUS_LABELS.vi.not_met);
});
