// The dashboard sheet through the real Office.js adapter against the Excel stand-in: a new sheet
// (never over data), one chart per group drawn from its table with the series and values core
// computes, bars coloured by status, the 100 % line, the summary and the not-met table; older
// Excel; sync counts for small and large catalogues; chart images.

import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { dashboardData, meetingSummary } from '../../src/core/summary';
import { TemplateError } from '../../src/core/sheet';
import { checkSheet } from '../../src/excel/check';
import { CHART_MAX, chartImages, COLOURS, createDashboard, fileSlug, IMAGE_BATCH } from '../../src/excel/dashboard';
import { ExcelActionError } from '../../src/excel/errors';
import { insertTemplate } from '../../src/excel/template';
import { PLACEHOLDER_PNG_BASE64, Standin, typeIntoCell } from '../excel-standin';
import { actualCell, bigCatalogue, freshExcel, gridFromState } from './helpers';

const FIVE_MB = 5 * 1024 * 1024;
const DATE = new Date(2024, 2, 5);

/** What people type (as in test/excel/check.test.ts): met, not met, invalid, missing, pass/fail. */
const TYPED: Record<string, string> = {
  GRDP_GROWTH: '9,2',
  CEREAL_OUTPUT: '230',
  BUDGET_REVENUE: '2300', // not met: 93,9 % of plan
  TRADE_GROWTH: "'2.5", // not met
  FOREST_COVER: '52.3%', // met
  GRID_ELECTRICITY: 'khoảng chín mươi', // invalid
  RURAL_CLEAN_WATER: '85', // not met
  PRESCHOOL_5Y: 'Đạt', // met, pass/fail: not on a chart
  JOBS_CREATED: '-', // missing
  DOCTORS_PER_10K: '13,5',
};

async function filled(opts: Parameters<typeof freshExcel>[0] = {}): Promise<{ x: Standin; ws: string }> {
  const x = freshExcel(opts);
  const { sheets } = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  for (const [code, typed] of Object.entries(TYPED)) typeIntoCell(x.workbook, sheets[0], actualCell(laiChau2023, code), typed);
  return { x, ws: sheets[0] };
}

/** Every non-empty cell text of column A, top to bottom. */
function columnA(x: Standin, sheet: string): string[] {
  const used = x.workbook.usedRect(x.workbook.sheet(sheet), true)!;
  return x.workbook
    .values(sheet, `A1:A${used.row + used.rows}`)
    .map((r) => r[0])
    .filter((v) => v !== '')
    .map(String);
}

test('a new dashboard sheet: one chart per group from its table, % of target as core computes it, bars coloured by status, a 100 % line', async () => {
  const { x, ws } = await filled();
  const before = gridFromState(x, ws);
  const r = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE });

  expect(r.sheet).toBe('Tổng quan 2023');
  expect(x.workbook.activeSheetName).toBe('Tổng quan 2023');
  expect(gridFromState(x, ws)).toEqual(before); // the indicator sheet is untouched
  expect(r.missing).toEqual([]);

  const check = await checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' }, ws);
  const data = dashboardData(check.report, laiChau2023, { lang: 'vi', locale: 'vi-VN' });
  const charts = x.workbook.charts(r.sheet);
  const drawnGroups = data.groups.filter((g) => g.items.some((i) => i.percentOfTarget !== null && (i.status === 'met' || i.status === 'not_met')));
  expect(charts.map((c) => c.name)).toEqual(drawnGroups.map((g) => g.name));
  expect(r.charts.map((c) => c.name)).toEqual(charts.map((c) => c.name));

  for (const [k, g] of drawnGroups.entries()) {
    const drawn = g.items.filter((i) => i.percentOfTarget !== null && (i.status === 'met' || i.status === 'not_met'));
    const chart = charts[k];
    expect(chart).toMatchObject({ chartType: 'ColumnClustered', seriesBy: 'Columns', title: g.name, legendVisible: false });
    expect(chart.valueAxis.minimum).toBe(0);
    expect(chart.position?.startCell).toMatch(/^F\d+$/);
    const [bars, line, ...more] = x.workbook.chartSeries(r.sheet, chart.name);
    expect(more).toEqual([]);
    expect(bars).toMatchObject({
      name: '% so với KH',
      categories: drawn.map((i) => i.shortName),
      values: drawn.map((i) => i.percentOfTarget),
      chartType: 'ColumnClustered',
      hasDataLabels: true,
      pointFills: Object.fromEntries(drawn.map((i, p) => [p, i.status === 'met' ? COLOURS.met : COLOURS.not_met])),
    });
    expect(line).toMatchObject({ name: 'Kế hoạch (100 %)', values: drawn.map(() => 100), chartType: 'Line', lineColor: COLOURS.line, hasDataLabels: false });
  }

  // The economy chart, by hand: budget revenue 2.300 of 2.450 is 93,9 %, red; cereals 230 of 225 is 102,2 %, green.
  const economy = x.workbook.chartSeries(r.sheet, 'Kinh tế')[0];
  const at = (name: RegExp) => economy.categories.findIndex((c) => name.test(String(c)));
  expect(economy.values[at(/^Thu ngân sách/)]).toBe(93.9);
  expect(economy.pointFills[at(/^Thu ngân sách/)]).toBe('#C0392B');
  expect(economy.values[at(/^Tổng sản lượng lương thực/)]).toBe(102.2);
  expect(economy.pointFills[at(/^Tổng sản lượng lương thực/)]).toBe('#2E8B57');

  // Not charted: no data, unreadable, the pass/fail target; said in the result and on the sheet.
  const notCharted = r.notCharted.map((i) => i.code);
  expect(notCharted).toEqual(expect.arrayContaining(['JOBS_CREATED', 'GRID_ELECTRICITY', 'PRESCHOOL_5Y']));
  const textA = columnA(x, r.sheet);
  expect(textA.some((t) => /^Không vẽ trên biểu đồ: .*Giữ vững phổ cập giáo dục mầm non.*\(đạt\)/.test(t))).toBe(true);
  // The new-rural group has no commune figures yet: a note instead of a chart.
  expect(charts.map((c) => c.name)).not.toContain('Nông thôn mới');
  expect(textA[textA.indexOf('Nông thôn mới') + 1]).toMatch(/^Không có chỉ tiêu nào của nhóm này vẽ được trên biểu đồ: .*\(chưa có số liệu\)/);

  // Title, summary sentences (numbers in vi-VN), the not-met table with its reasons.
  const summary = meetingSummary(check.report, laiChau2023, { lang: 'vi', locale: 'vi-VN' });
  expect(textA[0]).toBe('Tổng quan kết quả thực hiện các chỉ tiêu kế hoạch năm 2023 – Lai Châu');
  expect(textA[1]).toMatch(/^Số liệu lấy từ trang "Chỉ tiêu 2023" \(danh mục laichau-2023\), ngày 5 tháng 3 năm 2024\./);
  for (const s of summary.sentences) expect(textA).toContain(s);
  expect(textA).toContain('Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh đạt 85,0 % so với kế hoạch 90,0 % (thiếu 5,0 điểm %).');
  const notMetHead = textA.indexOf(`Chỉ tiêu không đạt (${data.notMet.length})`);
  expect(notMetHead).toBeGreaterThan(0);
  expect(textA.slice(notMetHead + 2)).toEqual(data.notMet.map((n) => n.name));
  const used = x.workbook.usedRect(x.workbook.sheet(r.sheet), true)!;
  const lastRows = x.workbook.values(r.sheet, `A${used.row + used.rows - data.notMet.length + 1}:D${used.row + used.rows}`);
  expect(lastRows).toEqual(data.notMet.map((n) => [n.name, n.value, n.target, n.reason]));

  // Status cells coloured by conditional formats; text columns stay text.
  const statusCell = (code: string) => {
    const item = data.groups.flatMap((g) => g.items).find((i) => i.code === code)!;
    const rows = x.workbook.values(r.sheet, `A1:A${used.row + used.rows}`).map((v) => v[0]);
    return x.workbook.cell(r.sheet, `D${rows.indexOf(item.shortName) + 1}`);
  };
  expect(statusCell('BUDGET_REVENUE')).toMatchObject({ value: 'Không đạt', conditionalFill: '#FFC7CE' });
  expect(statusCell('CEREAL_OUTPUT')).toMatchObject({ value: 'Đạt', conditionalFill: '#C6EFCE' });
});

test('never over existing data: a taken name gets (2); the dashboard is checked against the last indicator sheet when it is the active one', async () => {
  const { x, ws } = await filled();
  x.workbook.addSheet('Tổng quan 2023');
  x.workbook.setCells('Tổng quan 2023', 'A1', [['số liệu của người dùng']]);
  x.workbook.activate(x.workbook.sheet(ws));
  const first = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE });
  expect(first.sheet).toBe('Tổng quan 2023 (2)');
  expect(x.workbook.cell('Tổng quan 2023', 'A1').value).toBe('số liệu của người dùng');
  expect(x.workbook.charts('Tổng quan 2023')).toEqual([]);

  // The dashboard is now active: without a fallback it is not a template; with one, the indicator sheet is read.
  await expect(createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN' })).rejects.toBeInstanceOf(TemplateError);
  const second = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', fallbackSheet: ws });
  expect(second.sheet).toBe('Tổng quan 2023 (3)');
  expect(second.check.sheet).toBe(ws);
});

test('in English: sheet, headers, series names and the summary', async () => {
  const { x } = await filled();
  const r = await createDashboard(laiChau2023, { lang: 'en', locale: 'en-US', date: DATE });
  expect(r.sheet).toBe('Dashboard 2023');
  // New rural areas: no commune figures typed, so nothing to draw (said on the sheet).
  expect(x.workbook.charts(r.sheet).map((c) => c.name)).toEqual(['Economy', 'Culture and society', 'Environment']);
  const [bars, line] = x.workbook.chartSeries(r.sheet, 'Economy');
  expect([bars.name, line.name]).toEqual(['% of target', 'Target (100 %)']);
  const text = columnA(x, r.sheet);
  expect(text[0]).toBe('Plan indicators 2023: results – Lai Châu');
  expect(text).toContain('Share of the rural population using hygienic domestic water reached 85.0 % against a target of 90.0 % (5.0 percentage points short).');
});

test('older Excel: without ExcelApi 1.7 no 100 % line (the chart is drawn from names and % only, bars still coloured); without 1.6 no coloured status cells; said', async () => {
  const { x } = await filled({ requirementSets: { ExcelApi: '1.6' } });
  const r = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE });
  expect(r.capabilities).toEqual({ seriesTypes: false, chartImages: true, conditionalFormats: true });
  expect(r.missing.map((m) => m.vi).join(' ')).toMatch(/đường 100 %.*ExcelApi 1\.7/);
  const chart = x.workbook.charts(r.sheet)[0];
  expect(chart.dataLabelsShowValue).toBe(true);
  const series = x.workbook.chartSeries(r.sheet, chart.name);
  expect(series).toHaveLength(1);
  expect(series[0].name).toBe('% so với KH');
  expect(Object.keys(series[0].pointFills)).toHaveLength(series[0].values.length);
  expect(columnA(x, r.sheet)).toContain('Cột xanh: đạt; cột đỏ: không đạt; cột "Kế hoạch (100 %)" là mốc kế hoạch.');

  const old = await filled({ requirementSets: { ExcelApi: '1.5' } });
  const r5 = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE });
  expect(r5.missing.map((m) => m.vi).join(' ')).toMatch(/ExcelApi 1\.6/);
  expect(old.x.workbook.conditionalFormats(r5.sheet)).toEqual([]);
});

/** A minimal indicator table of `n` rows (as in check.test.ts): not met, met and unreadable in turn. */
function minimalTable(x: Standin, n: number): void {
  const c = bigCatalogue(n);
  const rows: (string | number | null)[][] = [['Mã số', 'Chỉ tiêu', 'Kế hoạch 2024', 'Thực hiện 2024']];
  c.indicators.forEach((ind, i) => rows.push([ind.code, ind.name.vi, 50.5, i % 3 === 0 ? 49 : i % 3 === 1 ? 60 : 'abc']));
  x.workbook.setCells('Sheet1', 'A1', rows);
}

test('the sync count is the same for 20 and 2,000 indicators (2 to check, 2 to write), no request passes 5 MB; big groups are split into charts of at most 12', async () => {
  const counts: number[] = [];
  for (const n of [20, 2000]) {
    const x = freshExcel();
    minimalTable(x, n);
    x.stats.reset();
    const r = await createDashboard(bigCatalogue(n), { lang: 'vi', locale: 'vi-VN', date: DATE });
    counts.push(x.stats.syncCount);
    expect(x.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    const drawn = Math.ceil((2 * n) / 3);
    const charts = x.workbook.charts(r.sheet);
    expect(charts.length).toBe(Math.ceil(drawn / CHART_MAX));
    const values = charts.flatMap((c) => x.workbook.chartSeries(r.sheet, c.name)[0].values);
    expect(values).toHaveLength(drawn);
    expect(values.slice(0, 2)).toEqual([97, 118.8]); // 49 / 50,5 and 60 / 50,5
  }
  expect(counts).toEqual([4, 4]);
}, 300_000);

test('a negative result moves the value axis below zero', async () => {
  const x = freshExcel();
  x.workbook.setCells('Sheet1', 'A1', [
    ['Mã số', 'Chỉ tiêu', 'Kế hoạch 2024', 'Thực hiện 2024'],
    ['IND_00000', 'x', 50.5, -30],
    ['IND_00001', 'y', 50.5, 60],
  ]);
  const r = await createDashboard(bigCatalogue(2), { lang: 'vi', locale: 'vi-VN', date: DATE });
  const [chart] = x.workbook.charts(r.sheet);
  expect(x.workbook.chartSeries(r.sheet, chart.name)[0].values).toEqual([-59.4, 118.8]);
  expect(chart.valueAxis.minimum).toBe(-60);
});

test('chart images: one PNG per chart, Excel\'s bytes, ASCII file names; syncs grow with charts, not indicators', async () => {
  const { x } = await filled();
  const r = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE });
  x.stats.reset();
  const images = await chartImages(r.sheet, 'chi-tieu-2023-lai-chau');
  expect(images.map((i) => i.fileName)).toEqual([
    'chi-tieu-2023-lai-chau-kinh-te.png',
    'chi-tieu-2023-lai-chau-van-hoa-xa-hoi.png',
    'chi-tieu-2023-lai-chau-moi-truong.png',
  ]);
  for (const i of images) expect(Buffer.from(i.bytes).toString('base64')).toBe(PLACEHOLDER_PNG_BASE64);
  expect(x.stats.syncCount).toBe(1 + Math.ceil(images.length / IMAGE_BATCH));
  expect(fileSlug('Thành phố Lai Châu')).toBe('thanh-pho-lai-chau');
});

test('chart images: a sheet without charts, older Excel, Excel errors: ExcelActionError saying what to do', async () => {
  const { x, ws } = await filled();
  await expect(chartImages(ws, 'p')).rejects.toMatchObject({ name: 'ExcelActionError', code: 'NoCharts' });
  expect((await chartImages(ws, 'p').catch((err) => err)).messages.vi).toMatch(/Hãy bấm "Tạo trang tổng quan" trước/);
  const r = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE });
  x.stats.failNextSync('GeneralException');
  await expect(chartImages(r.sheet, 'p')).rejects.toBeInstanceOf(ExcelActionError);

  freshExcel({ requirementSets: { ExcelApi: '1.1' } });
  const e = await chartImages('Sheet1', 'p').catch((err) => err);
  expect(e).toBeInstanceOf(ExcelActionError);
  expect(e.messages.vi).toMatch(/ExcelApi 1\.2/);
});

test('an Excel failure while writing: an ExcelActionError saying what to do, and the half-made sheet is removed', async () => {
  const { x } = await filled();
  const sheets = x.workbook.sheetNames();
  x.core.failOn = (a) => (a.type === 'ChartCollection' && a.member === 'add' ? 'GeneralException' : undefined);
  const e = await createDashboard(laiChau2023, { lang: 'vi', locale: 'vi-VN', date: DATE }).catch((err) => err);
  expect(e).toBeInstanceOf(ExcelActionError);
  expect(e.messages.vi).toMatch(/^Không tạo được trang tổng quan: .*Hãy thử lại/);
  expect(x.workbook.sheetNames()).toEqual(sheets);
});
