import fc from 'fast-check';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import {
  ConsolidateOptions,
  ConsolidatedFigure,
  ConsolidationResult,
  ConsolidationSource,
  consolidate,
  finishConsolidation,
  matchDistrict,
  mergeConsolidations,
  readSource,
} from '../../src/core/consolidate';
import { consolidatedSheetPlan, sourcesSheetPlan } from '../../src/core/consolidate-sheets';
import { evaluateIndicator } from '../../src/core/evaluate';
import { findIndicator } from '../../src/core/catalogue/catalogue';
import { INDICATOR_COLUMNS } from '../../src/core/layout';
import { findIndicatorTable } from '../../src/core/sheet';
import { UnitStructure } from '../../src/core/types';
import {
  DATA,
  DISTRICTS,
  PROVINCE_DATA,
  communeCounts,
  communeEntries,
  districtTable,
  districtValues,
  eightSources,
  provinceTable,
  templateGrid,
} from '../fixtures/consolidation';

const opts: ConsolidateOptions = { catalogue: laiChau2023, units: laiChauUnits2020 };

function fig(r: ConsolidationResult, code: string): ConsolidatedFigure {
  const f = r.figures.find((x) => x.code === code);
  if (!f) throw new Error(`no figure ${code}`);
  return f;
}

describe('eight districts consolidated by hand, rule by rule', () => {
  const r = consolidate({ ...opts, districts: eightSources(), province: { label: 'tinh.xlsx', table: provinceTable(PROVINCE_DATA) } });

  test('the structure is the fixture: 8 districts, none missing, all used', () => {
    expect(laiChauUnits2020.districts).toEqual(DISTRICTS);
    expect(r.missingDistricts).toEqual([]);
    expect(r.sources.filter((s) => s.used)).toHaveLength(9);
    expect(r.consolidated).toBe(true);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  test('sums', () => {
    // 10,5 + 30 + 35,2 + 40 + 25 + 20 + 34,3 + 30 = 225,0 ≥ 225
    expect(fig(r, 'CEREAL_OUTPUT').value).toBeCloseTo(225, 9);
    expect(fig(r, 'CEREAL_OUTPUT').status).toBe('met');
    // 800 + 250 + 200 + 180 + 150 + 120 + 400 + 300 = 2.400 < 2.450
    expect(fig(r, 'BUDGET_REVENUE')).toMatchObject({ value: 2400, status: 'not_met' });
    // 1500 + 1000 + 1100 + 1200 + 800 + 600 + 1040 + 1200 = 8.440 ≥ 8.440
    expect(fig(r, 'JOBS_CREATED')).toMatchObject({ value: 8440, status: 'met' });
    // 2000 + 900 + 1000 + 1100 + 700 + 500 + 800 + 900 = 7.900 < 8.000
    expect(fig(r, 'WORKERS_TRAINED')).toMatchObject({ value: 7900, status: 'not_met' });
    // components are sums too, written into the province sheet
    expect(fig(r, 'HOUSEHOLDS').value).toBe(100000);
    expect(fig(r, 'HOUSEHOLDS_GRID').value).toBe(96000);
    expect(fig(r, 'HOUSEHOLDS_PREV').value).toBe(98000);
    expect(fig(r, 'POOR_HOUSEHOLDS').value).toBe(16000);
    expect(fig(r, 'POOR_HOUSEHOLDS_PREV').value).toBe(20000);
    expect(fig(r, 'COMMUNE_UNITS').value).toBe(106);
  });

  test('ratios of sums (never the mean of district rates)', () => {
    // 1.090 / 1.100 × 100 = 99,0909… → shown 99,1 ≥ 99,1
    expect(fig(r, 'VILLAGE_ROADS').value).toBeCloseTo(99.090909090909, 9);
    expect(fig(r, 'VILLAGE_ROADS').status).toBe('met');
    // 96.000 / 100.000 × 100 = 96,0 < 96,5 (the districts typed their own rates; they are not used)
    expect(fig(r, 'GRID_ELECTRICITY')).toMatchObject({ value: 96, status: 'not_met', parts: { HOUSEHOLDS_GRID: 96000, HOUSEHOLDS: 100000 } });
    // 600 / 480.000 × 10.000 = 12,5 < 13,0
    expect(fig(r, 'DOCTORS_PER_10K')).toMatchObject({ value: 12.5, status: 'not_met' });
    // 160.375 / 275.000 × 100 = 58,318… → 58,3 ≥ 58,3
    expect(fig(r, 'TRAINED_LABOUR_SHARE').value).toBeCloseTo(58.318181818182, 9);
    expect(fig(r, 'TRAINED_LABOUR_SHARE').status).toBe('met');
    // 1.000 / 1.200 × 100 = 83,33… < 84,1
    expect(fig(r, 'VILLAGE_CULTURAL_HOUSES').value).toBeCloseTo(83.333333333333, 9);
    expect(fig(r, 'VILLAGE_CULTURAL_HOUSES').status).toBe('not_met');
    // 373.200 / 400.000 × 100 = 93,3 ≥ 93,3
    expect(fig(r, 'ETHNIC_TV_RADIO').value).toBeCloseTo(93.3, 9);
    expect(fig(r, 'ETHNIC_TV_RADIO').status).toBe('met');
    // 360.000 / 400.000 × 100 = 90,0 ≥ 90
    expect(fig(r, 'RURAL_CLEAN_WATER')).toMatchObject({ value: 90, status: 'met' });
    // 74 / 106 × 100 = 69,811… → 69,8 ≥ 69,8
    expect(fig(r, 'WASTE_COLLECTION').value).toBeCloseTo(69.811320754717, 9);
    expect(fig(r, 'WASTE_COLLECTION').status).toBe('met');
    // 477.000 / 907.000 × 100 = 52,59… ≥ 52,3
    expect(fig(r, 'FOREST_COVER').value).toBeCloseTo(52.590959206174, 9);
    expect(fig(r, 'FOREST_COVER').status).toBe('met');
  });

  test('growth of sums (never the sum or mean of district growth rates)', () => {
    // (100 / 95 − 1) × 100 = 5,263… ≥ 3,0; the districts' own rates sum to 26,9 and average 3,4
    expect(fig(r, 'TRADE_GROWTH').value).toBeCloseTo(5.263157894737, 9);
    expect(fig(r, 'TRADE_GROWTH').status).toBe('met');
    // (300.000 / 280.000 − 1) × 100 = 7,142… < 7,6
    expect(fig(r, 'TOURIST_GROWTH').value).toBeCloseTo(7.142857142857, 9);
    expect(fig(r, 'TOURIST_GROWTH').status).toBe('not_met');
  });

  test('poverty reduction, over every district and over the poor districts only', () => {
    // 20.000 / 98.000 × 100 − 16.000 / 100.000 × 100 = 20,408… − 16 = 4,408… ≥ 3,6
    expect(fig(r, 'POVERTY_REDUCTION').value).toBeCloseTo(4.408163265306, 9);
    expect(fig(r, 'POVERTY_REDUCTION').status).toBe('met');
    // Phong Thổ, Sìn Hồ, Mường Tè, Nậm Nhùn:
    // poor prev 4.000+5.000+3.000+2.000 = 14.000 of 15.800+17.800+8.800+5.800 = 48.200 households;
    // poor now 3.200+4.000+2.400+1.500 = 11.100 of 16.000+18.000+9.000+6.000 = 49.000:
    // 29,0456… − 22,6531… = 6,3926… ≥ 5,1
    const poor = fig(r, 'POVERTY_REDUCTION_POOR_DISTRICTS');
    expect(poor.value).toBeCloseTo(6.392581929037, 9);
    expect(poor.status).toBe('met');
    expect(poor.parts).toEqual({ POOR_HOUSEHOLDS_PREV: 14000, HOUSEHOLDS_PREV: 48200, POOR_HOUSEHOLDS: 11100, HOUSEHOLDS: 49000 });
  });

  test('province-only indicators come from the province entry, never from districts', () => {
    expect(fig(r, 'GRDP_GROWTH')).toMatchObject({ value: 9.1, status: 'met' });
    expect(fig(r, 'GRDP_PER_CAPITA')).toMatchObject({ value: 52.9, status: 'met' });
    expect(fig(r, 'GRDP_GROWTH').districts).toEqual([
      { district: 'Lai Châu', source: 'tinh.xlsx', sheet: 'Chỉ tiêu 2023', cell: expect.any(String), value: 9.1, state: 'value' },
    ]);
    // The province's own CEREAL_OUTPUT (999) is not the consolidated sum.
    expect(fig(r, 'CEREAL_OUTPUT').value).toBeCloseTo(225, 9);
    // Without the province entry they stay empty, with the reason: the district's 12 is never used.
    const noProvince = consolidate({ ...opts, districts: eightSources() });
    expect(fig(noProvince, 'GRDP_GROWTH').value).toBeNull();
    expect(fig(noProvince, 'GRDP_GROWTH').reason!.vi).toContain('chỉ lấy số của tỉnh');
  });

  test('all_met: met only when every district met', () => {
    expect(fig(r, 'PRESCHOOL_5Y')).toMatchObject({ value: 'pass', status: 'met' });
    const data = { ...DATA, PRESCHOOL_5Y: [...DATA.PRESCHOOL_5Y] };
    data.PRESCHOOL_5Y[5] = 'Không đạt';
    const one = consolidate({ ...opts, districts: eightSources(data) });
    expect(fig(one, 'PRESCHOOL_5Y')).toMatchObject({ value: 'fail', status: 'not_met' });
    expect(fig(one, 'PRESCHOOL_5Y').how.vi).toContain('Nậm Nhùn');
    // One blank and the rest met: not concluded, not guessed.
    data.PRESCHOOL_5Y[5] = null;
    const blank = consolidate({ ...opts, districts: eightSources(data) });
    expect(fig(blank, 'PRESCHOOL_5Y')).toMatchObject({ value: null, status: 'missing' });
    expect(fig(blank, 'PRESCHOOL_5Y').reason!.vi).toContain('Nậm Nhùn');
  });

  test('new-rural indicators from the merged commune lists: Σ criteria ÷ Σ xã, never the mean of district averages', () => {
    // Σ criteria 1.202 over 94 xã (see CRITERIA) = 12,787… → 12,8 < 13,9
    const avg = fig(r, 'NTM_AVG_CRITERIA');
    expect(avg.value).toBeCloseTo(12.787234042553, 9);
    expect(avg).toMatchObject({ status: 'not_met', parts: { criteriaTotal: 1202, communes: 94 } });
    // The mean of the eight district averages would be (19 + 14,5 + 12 + 11,19 + 10 + 12 + 15,22 + 16) / 8 = 13,74.
    const districtAverages = avg.districts.map((d) => d.value as number);
    expect(districtAverages[0]).toBe(19);
    expect(districtAverages.reduce((a, b) => a + b, 0) / 8).toBeCloseTo(13.739, 3);
    // xã at 15–18: 0 + 2 + 0 + 1 + 0 + 0 + 9 + 11 = 23 ≥ 7
    expect(fig(r, 'NTM_COMMUNES_15_18')).toMatchObject({ value: 23, status: 'met' });
    expect(fig(r, 'NTM_COMMUNES_15_18').districts.map((d) => d.value)).toEqual([0, 2, 0, 1, 0, 0, 9, 11]);
    expect(fig(r, 'NTM_COMMUNES_15_18').districts[2].sheet).toContain('Phong Thổ');
  });

  test('every district value is traced to its file, sheet and cell', () => {
    const f = fig(r, 'HOUSEHOLDS_GRID');
    expect(f.districts.map((d) => d.district)).toEqual(DISTRICTS);
    expect(f.districts.map((d) => d.value)).toEqual(DATA.HOUSEHOLDS_GRID);
    expect(f.districts.map((d) => d.source)).toEqual(DISTRICTS.map((_, i) => `huyen-${i + 1}.xlsx`));
    expect(f.districts.every((d) => /^F\d+$/.test(d.cell ?? ''))).toBe(true);
  });

  test('the province sheet plan carries the values in Thực hiện and reasons in Ghi chú', () => {
    const plan = consolidatedSheetPlan(laiChau2023, r);
    const actual = INDICATOR_COLUMNS.indexOf('actual');
    const note = INDICATOR_COLUMNS.indexOf('note');
    expect(plan.meta.level).toBe('province');
    expect(plan.cells[plan.rowOf.BUDGET_REVENUE - 1][actual]).toBe(2400);
    expect(plan.cells[plan.rowOf.PRESCHOOL_5Y - 1][actual]).toBe('Đạt');
    expect(plan.cells[plan.rowOf.NTM_COMMUNES_15_18 - 1][actual]).toBe(23);
    const noProvince = consolidatedSheetPlan(laiChau2023, consolidate({ ...opts, districts: eightSources() }));
    expect(noProvince.cells[noProvince.rowOf.GRDP_GROWTH - 1][actual]).toBeNull();
    expect(String(noProvince.cells[noProvince.rowOf.GRDP_GROWTH - 1][note])).toContain('chỉ lấy số của tỉnh');
    // Read back as core reads a sheet: the same values.
    const grid = plan.cells.map((row) => row.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : v })));
    const table = findIndicatorTable(plan.name, grid);
    expect(table.meta).toMatchObject({ level: 'province', catalogueId: 'laichau-2023', year: 2023 });
    expect(table.entries.find((e) => e.code === 'HOUSEHOLDS')!.actual.value).toBe(100000);
  });

  test('the sources sheet lists each code with the province row and one row per district', () => {
    const plan = sourcesSheetPlan(laiChau2023, r);
    expect(plan.name).toBe('Nguồn số liệu');
    const rows = plan.cells.filter((c) => c[0] === 'HOUSEHOLDS_GRID');
    expect(rows).toHaveLength(9);
    expect(rows[0][3]).toBe('TỈNH (tổng hợp)');
    expect(rows[0][4]).toBe(96000);
    expect(rows.slice(1).map((c) => [c[3], c[4], c[5]])).toEqual(DISTRICTS.map((d, i) => [d, DATA.HOUSEHOLDS_GRID[i], `huyen-${i + 1}.xlsx`]));
    // No formula sneaks in through a label.
    expect(plan.cells.flat().some((v) => typeof v === 'string' && v.startsWith('='))).toBe(false);
  });
});

describe("Simpson's paradox: the mean of district percentages gives the wrong status", () => {
  // Seven small districts at 99 % (99 of 100 households on the grid) and one big one at 90 % (9.000 of 10.000).
  const data: Record<string, (number | null)[]> = {
    HOUSEHOLDS: [100, 100, 100, 100, 100, 100, 100, 10000],
    HOUSEHOLDS_GRID: [99, 99, 99, 99, 99, 99, 99, 9000],
    GRID_ELECTRICITY: [99, 99, 99, 99, 99, 99, 99, 90],
  };
  const grid = findIndicator(laiChau2023, 'GRID_ELECTRICITY')!;

  test('mean of rates 97,9 % would be met; the province rate 9.693 / 10.700 = 90,6 % is not', () => {
    const mean = data.GRID_ELECTRICITY.reduce((a: number, b) => a + b!, 0) / 8; // 97,875
    expect(mean).toBe(97.875);
    expect(evaluateIndicator(grid, { value: mean }, { locale: 'vi-VN' }).status).toBe('met');

    const r = consolidate({ ...opts, districts: eightSources(data) });
    const f = fig(r, 'GRID_ELECTRICITY');
    // (7 × 99 + 9.000) / (7 × 100 + 10.000) × 100 = 9.693 / 10.700 × 100 = 90,588…
    expect(f.value).toBeCloseTo(90.588785046729, 9);
    expect(f.status).toBe('not_met');
  });
});

describe('bad input is reported per source and cell; the rest still consolidates', () => {
  const sources = () => eightSources();

  test('a sheet that is not a template (no metadata row) is refused, naming the file', () => {
    const { grid, sheet } = templateGrid(districtValues(1), { level: 'district', unit: 'Tam Đường' });
    const bare = grid.slice(3); // header row and below: no "Mẫu ... Cấp ... Đơn vị" row
    const s = sources();
    s[1] = { label: 'tam-duong.xlsx', table: findIndicatorTable(sheet, bare) };
    const r = consolidate({ ...opts, districts: s });
    const p = r.problems.find((x) => x.kind === 'not_template')!;
    expect(p).toMatchObject({ source: 'tam-duong.xlsx', severity: 'error' });
    expect(r.missingDistricts).toEqual(['Tam Đường']);
    expect(fig(r, 'BUDGET_REVENUE').value).toBeNull();
    expect(fig(r, 'BUDGET_REVENUE').partial).toEqual({ value: 2150, districts: 7, of: 8 });
    expect(fig(r, 'POVERTY_REDUCTION_POOR_DISTRICTS').value).toBeCloseTo(6.392581929037, 9); // Tam Đường is not poor
  });

  test('a province-level sheet given as a district is refused', () => {
    const s = sources();
    s.push({ label: 'tinh.xlsx', table: provinceTable(PROVINCE_DATA) });
    const r = consolidate({ ...opts, districts: s });
    expect(r.problems.find((x) => x.kind === 'wrong_level')).toMatchObject({ source: 'tinh.xlsx', severity: 'error' });
    expect(fig(r, 'BUDGET_REVENUE').value).toBe(2400);
  });

  test('another year, another catalogue id or version', () => {
    const s = sources();
    s[0] = { label: 'tp-2022.xlsx', table: districtTable(DISTRICTS[0], districtValues(0), { ...laiChau2023, year: 2022 }) };
    s[1] = { label: 'td-v2.xlsx', table: districtTable(DISTRICTS[1], districtValues(1), { ...laiChau2023, version: 2 }) };
    s[2] = { label: 'pt-other.xlsx', table: districtTable(DISTRICTS[2], districtValues(2), { ...laiChau2023, id: 'dienbien-2023' }) };
    const r = consolidate({ ...opts, districts: s });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.kind, p.source])).toEqual([
      ['wrong_year', 'tp-2022.xlsx'],
      ['wrong_catalogue', 'td-v2.xlsx'],
      ['wrong_catalogue', 'pt-other.xlsx'],
    ]);
    expect(r.problems.find((p) => p.source === 'tp-2022.xlsx')!.message).toContain('2022');
    expect(r.missingDistricts).toEqual(DISTRICTS.slice(0, 3));
  });

  test('the same district twice: different figures → neither is used; same figures → used once', () => {
    const s = sources();
    const other = { ...districtValues(3), BUDGET_REVENUE: 999 };
    s.push({ label: 'sin-ho-ban-sua.xlsx', table: districtTable('Sìn Hồ', other) });
    const r = consolidate({ ...opts, districts: s });
    const dups = r.problems.filter((p) => p.kind === 'duplicate_district');
    expect(dups.map((p) => [p.source, p.severity])).toEqual([
      ['huyen-4.xlsx', 'error'],
      ['sin-ho-ban-sua.xlsx', 'error'],
    ]);
    expect(r.missingDistricts).toEqual(['Sìn Hồ']);
    expect(fig(r, 'BUDGET_REVENUE').value).toBeNull();

    const same = sources();
    same.push({ label: 'sin-ho-copy.xlsx', table: districtTable('Huyện Sìn Hồ', districtValues(3)), communes: communeEntries('Sìn Hồ') });
    const r2 = consolidate({ ...opts, districts: same });
    expect(r2.problems.filter((p) => p.kind === 'duplicate_district').map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(fig(r2, 'BUDGET_REVENUE').value).toBe(2400);
  });

  test('districts missing: the missing ones are named, sums wait, what does not need them is computed', () => {
    const r = consolidate({ ...opts, districts: sources().slice(2) });
    const p = r.problems.find((x) => x.kind === 'missing_district')!;
    expect(p.message).toContain('2/8');
    expect(p.message).toContain('Thành phố Lai Châu, Tam Đường');
    expect(r.missingDistricts).toEqual(['Thành phố Lai Châu', 'Tam Đường']);
    const hh = fig(r, 'HOUSEHOLDS');
    expect(hh.value).toBeNull();
    expect(hh.lacking).toEqual([
      { district: 'Thành phố Lai Châu', source: null, codes: ['HOUSEHOLDS'] },
      { district: 'Tam Đường', source: null, codes: ['HOUSEHOLDS'] },
    ]);
    expect(hh.partial).toEqual({ value: 78000, districts: 6, of: 8 });
    expect(fig(r, 'POVERTY_REDUCTION').value).toBeNull();
    expect(fig(r, 'POVERTY_REDUCTION_POOR_DISTRICTS').value).toBeCloseTo(6.392581929037, 9);
  });

  test('an unreadable cell is an error at its file and cell; that figure waits, the others do not', () => {
    const data = { ...DATA, CEREAL_OUTPUT: [...DATA.CEREAL_OUTPUT] };
    data.CEREAL_OUTPUT[4] = 'nhiều';
    const s = eightSources(data);
    const r = consolidate({ ...opts, districts: s });
    const p = r.problems.find((x) => x.kind === 'invalid_cell')!;
    const cell = s[4].table.entries.find((e) => e.code === 'CEREAL_OUTPUT')!.actualAddress;
    expect(p).toMatchObject({ source: 'huyen-5.xlsx', sheet: 'Chỉ tiêu 2023 - Mường Tè', cell, code: 'CEREAL_OUTPUT', severity: 'error' });
    expect(p.message).toContain('nhiều');
    expect(fig(r, 'CEREAL_OUTPUT').value).toBeNull();
    expect(fig(r, 'CEREAL_OUTPUT').lacking).toEqual([{ district: 'Mường Tè', source: 'huyen-5.xlsx', codes: ['CEREAL_OUTPUT'] }]);
    expect(fig(r, 'BUDGET_REVENUE').value).toBe(2400);
  });

  test('a negative count is refused, not summed', () => {
    const data = { ...DATA, DOCTORS: [...DATA.DOCTORS] };
    data.DOCTORS[0] = -150;
    const r = consolidate({ ...opts, districts: eightSources(data) });
    expect(r.problems.find((x) => x.kind === 'invalid_cell' && x.code === 'DOCTORS')).toBeDefined();
    expect(fig(r, 'DOCTORS_PER_10K').value).toBeNull();
  });

  test('a rate typed without its parts: the parts and district are named, the province rate is left empty', () => {
    const data = { ...DATA, HOUSEHOLDS: [...DATA.HOUSEHOLDS], HOUSEHOLDS_GRID: [...DATA.HOUSEHOLDS_GRID] };
    data.HOUSEHOLDS[1] = null;
    data.HOUSEHOLDS_GRID[1] = null; // Tam Đường typed only GRID_ELECTRICITY = 98,3
    const s = eightSources(data);
    const r = consolidate({ ...opts, districts: s });
    const f = fig(r, 'GRID_ELECTRICITY');
    expect(f.value).toBeNull();
    expect(f.status).toBe('missing');
    expect(f.lacking).toEqual([{ district: 'Tam Đường', source: 'huyen-2.xlsx', codes: ['HOUSEHOLDS_GRID', 'HOUSEHOLDS'] }]);
    expect(f.reason!.vi).toContain('Tam Đường: HOUSEHOLDS_GRID, HOUSEHOLDS');
    const p = r.problems.find((x) => x.kind === 'rate_without_parts')!;
    const rateCell = s[1].table.entries.find((e) => e.code === 'GRID_ELECTRICITY')!.actualAddress;
    expect(p).toMatchObject({ source: 'huyen-2.xlsx', cell: rateCell, code: 'GRID_ELECTRICITY', severity: 'error' });
    expect(p.message).toContain('HOUSEHOLDS_GRID, HOUSEHOLDS');
    // The blank parts are named at their own cells too.
    expect(r.problems.filter((x) => x.kind === 'missing_value' && x.source === 'huyen-2.xlsx').map((x) => x.code).sort()).toEqual(['HOUSEHOLDS', 'HOUSEHOLDS_GRID']);
    // Not guessed from 98,3 %: the seven others give a provisional figure only.
    expect(f.partial).toEqual({ value: (84200 / 88000) * 100, districts: 7, of: 8 });
    // Other rates still consolidate.
    expect(fig(r, 'FOREST_COVER').status).toBe('met');
  });

  test('a district not in the unit structure is refused, listing the districts', () => {
    const s = sources();
    s.push({ label: 'x.xlsx', table: districtTable('Điện Biên Đông', districtValues(0)) });
    const r = consolidate({ ...opts, districts: s });
    const p = r.problems.find((x) => x.kind === 'unknown_district')!;
    expect(p.message).toContain('Điện Biên Đông');
    expect(p.message).toContain('Than Uyên');
    expect(fig(r, 'BUDGET_REVENUE').value).toBe(2400);
  });

  test('new-rural: a phường given criteria is left out and said so; a district without its commune list is named', () => {
    const s = eightSources();
    s[0] = { ...s[0], communes: communeEntries(DISTRICTS[0], { ...communeCounts(DISTRICTS[0]), 'phường Quyết Thắng': 19 }) };
    delete (s[5] as { communes?: unknown }).communes; // Nậm Nhùn: a file without the commune sheet
    const r = consolidate({ ...opts, districts: s });
    const p = r.problems.find((x) => x.kind === 'commune_row')!;
    expect(p).toMatchObject({ source: 'huyen-1.xlsx', severity: 'warning' });
    expect(p.message).toContain('Quyết Thắng');
    expect(p.cell).toMatch(/^[A-Z]+\d+$/);
    expect(r.problems.find((x) => x.kind === 'missing_communes')).toMatchObject({ source: 'huyen-6.xlsx' });
    const avg = fig(r, 'NTM_AVG_CRITERIA');
    expect(avg.value).toBeNull();
    expect(avg.reason!.vi).toContain('Nậm Nhùn');
    // Without Nậm Nhùn (10 xã, 120 criteria): 1.082 / 84, the phường's 19 not counted.
    expect(avg.partial).toEqual({ value: 1082 / 84, districts: 7, of: 8 });
  });

  test('district names match with or without "Huyện", in any case', () => {
    expect(matchDistrict(laiChauUnits2020, 'huyện  tam đường')).toBe('Tam Đường');
    expect(matchDistrict(laiChauUnits2020, 'Thành phố Lai Châu')).toBe('Thành phố Lai Châu');
    expect(matchDistrict(laiChauUnits2020, 'TP Lai Châu')).toBe('Thành phố Lai Châu');
    expect(matchDistrict(laiChauUnits2020, 'Mường Lay')).toBeUndefined();
  });
});

// ---------------------------------------------------------------- properties

const CODES_SUMMED = Object.keys(DATA).filter((c) => findIndicator(laiChau2023, c)!.consolidation.kind === 'sum');

/** Figures of random whole numbers (counts), a few blanks, with "of which" ≤ total kept loosely. */
const districtData = fc.record(
  Object.fromEntries(CODES_SUMMED.map((c) => [c, fc.option(fc.integer({ min: 0, max: 200000 }), { freq: 12, nil: null })])),
) as fc.Arbitrary<Record<string, number | null>>;

const eightData = fc.tuple(...DISTRICTS.map(() => districtData)).map((rows) => {
  const data: Record<string, (number | null)[]> = {};
  for (const code of CODES_SUMMED) data[code] = rows.map((r) => r[code]);
  data.PRESCHOOL_5Y = rows.map((r, i) => ((r.HOUSEHOLDS ?? 0) % 5 === 0 && i === 3 ? 'Không đạt' : 'Đạt')) as never;
  return data;
});

function sourcesOf(data: Record<string, (number | string | null)[]>): ConsolidationSource[] {
  return eightSources(data as never);
}

describe('properties', () => {
  test('the order of the files does not matter', () => {
    fc.assert(
      fc.property(eightData, fc.integer({ min: 0, max: 40319 }), (data, seed) => {
        const s = sourcesOf(data);
        const shuffled = permutation(s, seed);
        expect(consolidate({ ...opts, districts: shuffled })).toEqual(consolidate({ ...opts, districts: s }));
      }),
      { numRuns: 40 },
    );
  });

  test('consolidating two halves then merging their parts equals consolidating all', () => {
    fc.assert(
      fc.property(eightData, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (data, side) => {
        const s = sourcesOf(data);
        const a = s.filter((_, i) => side[i]);
        const b = s.filter((_, i) => !side[i]);
        const merged = mergeConsolidations(consolidate({ ...opts, districts: a }), consolidate({ ...opts, districts: b }), opts);
        expect(merged).toEqual(consolidate({ ...opts, districts: s }));
        // Reading files one by one (the task pane's progress) and finishing once is the same too.
        const stepwise = finishConsolidation(s.map((x) => readSource(x, 'district', opts)), opts);
        expect(stepwise).toEqual(consolidate({ ...opts, districts: s }));
      }),
      { numRuns: 40 },
    );
  });

  test('each half consolidated over its own districts: province parts add up and rates recompute from them', () => {
    const full = fc.tuple(...DISTRICTS.map(() => districtData.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? 1]))))).map((rows) => {
      const data: Record<string, number[]> = {};
      for (const code of CODES_SUMMED) data[code] = rows.map((r) => (r[code] as number) + 1); // no zero denominators
      return data;
    });
    fc.assert(
      fc.property(full, fc.integer({ min: 1, max: 7 }), (data, cut) => {
        const s = sourcesOf(data);
        const sub = (ds: string[]): UnitStructure => ({ ...laiChauUnits2020, districts: ds, poorDistricts: laiChauUnits2020.poorDistricts.filter((p) => ds.includes(p)) });
        const ra = consolidate({ ...opts, units: sub(DISTRICTS.slice(0, cut)), districts: s.slice(0, cut) });
        const rb = consolidate({ ...opts, units: sub(DISTRICTS.slice(cut)), districts: s.slice(cut) });
        const all = consolidate({ ...opts, districts: s });
        for (const code of CODES_SUMMED) {
          expect((fig(ra, code).value as number) + (fig(rb, code).value as number)).toBe(fig(all, code).value);
        }
        for (const f of all.figures.filter((x) => x.rule === 'ratio' || x.rule === 'growth')) {
          const c = findIndicator(laiChau2023, f.code)!.consolidation;
          const sum = (code: string) => (fig(ra, code).value as number) + (fig(rb, code).value as number);
          const expected =
            c.kind === 'ratio' ? (sum(c.numerator) / sum(c.denominator)) * c.scale : c.kind === 'growth' ? (sum(c.current) / sum(c.previous) - 1) * 100 : NaN;
          expect(f.value as number).toBeCloseTo(expected, 8);
        }
      }),
      { numRuns: 30 },
    );
  });
});

/** The seed-th permutation of xs (Lehmer code), deterministic. */
function permutation<T>(xs: T[], seed: number): T[] {
  const pool = xs.slice();
  const out: T[] = [];
  let n = seed;
  while (pool.length) {
    const i = n % pool.length;
    n = Math.floor(n / pool.length);
    out.push(pool.splice(i, 1)[0]);
  }
  return out;
}
