import fc from 'fast-check';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020, laiChauUnits2025 } from '../../src/core/catalogue/units';
import { evaluateIndicator } from '../../src/core/evaluate';
import { evalExpr } from '../../src/core/expr';
import { communeSheetPlan, indicatorSheetPlan, templatePlans, PlanError } from '../../src/core/layout';
import {
  CommuneEntry,
  communeVerdictExpr,
  communeVerdictFromLabel,
  ruralAggregates,
  ruralIndicatorValues,
  RuralFigures,
  withRuralValues,
} from '../../src/core/rural';
import { findCommuneTable, unitsForCommuneTable } from '../../src/core/ruralsheet';
import { findIndicatorTable, Grid } from '../../src/core/sheet';
import { UnitStructure } from '../../src/core/types';

const SHEET = 'Nông thôn mới 2023';

/** A row as the reader gives it, at sheet row `row` (columns as in the template: A Huyện, B Đơn vị, C Loại, D count). */
function entry(row: number, district: string | null, name: string | null, type: string | null, criteria: CommuneEntry['criteria']): CommuneEntry {
  return {
    sheet: SHEET,
    row,
    district,
    name,
    type,
    criteria,
    cells: { district: `A${row}`, name: `B${row}`, type: `C${row}`, criteria: `D${row}` },
  };
}

function entries(rows: [string | null, string | null, string | null, CommuneEntry['criteria']][], firstRow = 5): CommuneEntry[] {
  return rows.map(([d, n, t, v], i) => entry(firstRow + i, d, n, t, v));
}

const small: UnitStructure = {
  id: 'small',
  province: 'Thử',
  districts: ['Huyện A', 'Huyện B'],
  poorDistricts: [],
  communes: [
    { district: 'Huyện A', name: 'A1', type: 'xã', gsoCode: '00001' },
    { district: 'Huyện A', name: 'A2', type: 'xã', gsoCode: '00002' },
    { district: 'Huyện A', name: 'A3', type: 'xã', gsoCode: '00003' },
    { district: 'Huyện A', name: 'Thị trấn A', type: 'thị trấn', gsoCode: '00004' },
    { district: 'Huyện B', name: 'B1', type: 'xã', gsoCode: '00005' },
    { district: 'Huyện B', name: 'B2', type: 'xã', gsoCode: '00006' },
    { district: 'Huyện B', name: 'Phường B', type: 'phường', gsoCode: '00007' },
  ],
};

const figures = (f: Partial<RuralFigures>): RuralFigures => ({
  communes: 0,
  criteriaTotal: 0,
  averageCriteria: null,
  communes15to18: 0,
  communes19: 0,
  communesBelow10: 0,
  ...f,
});

describe('aggregates by hand', () => {
  const list = entries([
    ['Huyện A', 'A1', 'xã', 19],
    ['Huyện A', 'A2', 'xã', 15],
    ['Huyện A', 'A3', 'xã', 8],
    ['Huyện A', 'Thị trấn A', 'thị trấn', 12],
    ['Huyện B', 'B1', 'xã', 18],
    ['Huyện B', 'B2', 'xã', 9],
    ['Huyện B', 'Phường B', 'phường', 14],
  ]);
  const r = ruralAggregates(list, small);

  test('province: Σ criteria ÷ Σ xã, xã only', () => {
    // 19 + 15 + 8 + 18 + 9 = 69 over 5 xã; the thị trấn's 12 and the phường's 14 are not counted.
    expect(r.province).toEqual(figures({ communes: 5, criteriaTotal: 69, averageCriteria: 13.8, communes15to18: 2, communes19: 1, communesBelow10: 2 }));
  });
  test('per district', () => {
    expect(r.byDistrict['Huyện A']).toEqual(figures({ communes: 3, criteriaTotal: 42, averageCriteria: 14, communes15to18: 1, communes19: 1, communesBelow10: 1 }));
    expect(r.byDistrict['Huyện B']).toEqual(figures({ communes: 2, criteriaTotal: 27, averageCriteria: 13.5, communes15to18: 1, communes19: 0, communesBelow10: 1 }));
    expect(Object.keys(r.byDistrict)).toEqual(['Huyện A', 'Huyện B']);
  });
  test('the province average is not the mean of the district averages', () => {
    expect((14 + 13.5) / 2).toBe(13.75);
    expect(r.province.averageCriteria).toBe(13.8);
  });
  test('the phường and the thị trấn given criteria are left out, and said so', () => {
    expect(r.leftOut).toBe(2);
    expect(r.problems.map((p) => [p.cell, p.severity])).toEqual([
      ['D8', 'warning'],
      ['D11', 'warning'],
    ]);
    expect(r.problems[0].message).toContain('thị trấn Thị trấn A');
    expect(r.problems[0].sheet).toBe(SHEET);
  });
  test('English messages', () => {
    expect(ruralAggregates(list, small, { lang: 'en' }).problems[1].message).toContain('not part of the new-rural programme');
  });
  test('the plan indicators take the figures: 13,8 < 13,9 and 2 < 7', () => {
    const v = ruralIndicatorValues(laiChau2023, r.province);
    expect(v).toEqual({ NTM_AVG_CRITERIA: 13.8, NTM_COMMUNES_15_18: 2 });
  });
  test('nothing typed: no figures, "-" for the indicators (no data, not a red 0)', () => {
    const blank = ruralAggregates(entries([['Huyện A', 'A1', 'xã', null], ['Huyện B', 'B1', 'xã', '  ']]), small);
    expect(blank.province).toEqual(figures({}));
    expect(blank.blank).toBe(2);
    expect(blank.leftOut).toBe(0);
    expect(blank.problems).toEqual([]);
    expect(ruralIndicatorValues(laiChau2023, blank.province)).toEqual({ NTM_AVG_CRITERIA: '-', NTM_COMMUNES_15_18: '-' });
  });
});

describe('bad rows: each a problem with sheet and cell; figures from the valid rows; how many left out', () => {
  const list = entries([
    ['Huyện A', 'A1', 'xã', 19], // 5 counted
    ['Huyện A', 'A2', 'xã', 20], // 6 above 19
    ['Huyện A', 'A3', 'xã', -1], // 7 negative
    ['Huyện B', 'B1', 'xã', 12.5], // 8 fractional
    ['Huyện B', 'B2', 'xã', '15'], // 9 text
    ['Huyện A', 'A1', 'xã', 10], // 10 the same commune again
    ['Huyện C', 'C1', 'xã', 11], // 11 a district not in the list
    ['Huyện B', 'Phường B', 'phường', 14], // 12 a phường with criteria
    ['Huyện B', null, 'xã', 7], // 13 no name
    ['Huyện B', 'B3', 'xa', 7], // 14 a type that is not one of the three
    ['Huyện B', 'B4', 'xã', 16], // 15 counted, but not in the unit list: a warning
    ['Huyện B', 'B2', 'xã', null], // 16 blank: nothing to say
  ]);
  const r = ruralAggregates(list, small);

  test('figures', () => {
    expect(r.province).toEqual(figures({ communes: 2, criteriaTotal: 35, averageCriteria: 17.5, communes15to18: 1, communes19: 1 }));
    expect(r.byDistrict['Huyện A'].communes).toBe(1);
    expect(r.byDistrict['Huyện B'].communes).toBe(1);
    expect(r.leftOut).toBe(9);
    expect(r.rows).toBe(12);
    expect(r.blank).toBe(1);
  });
  test('problems name the cell at fault', () => {
    const got = r.problems.map((p) => `${p.cell} ${p.severity}`);
    expect(got).toEqual([
      'D6 error',
      'D7 error',
      'D8 error',
      'D9 error',
      'B10 error',
      'A11 error',
      'D12 warning',
      'B13 error',
      'C14 error',
      'B15 warning',
      'D16 info',
    ]);
    const msg = (cell: string) => r.problems.find((p) => p.cell === cell)!.message;
    expect(msg('D6')).toContain('lớn hơn 19');
    expect(msg('D7')).toContain('số âm');
    expect(msg('D8')).toContain('không phải số nguyên');
    expect(msg('D9')).toContain('chữ "15"');
    expect(msg('B10')).toContain('dòng 5 và 10');
    expect(msg('A11')).toContain('Huyện C');
    expect(msg('B15')).toContain('vẫn được tính');
  });
  test('every problem is on the commune sheet', () => {
    for (const p of r.problems) expect(p.sheet).toBe(SHEET);
  });
  test('the first row of a commune is the one counted, even when the later one has the valid count', () => {
    const d = ruralAggregates(entries([['Huyện A', 'A1', 'xã', null], ['Huyện A', 'A1', 'xã', 12]]), small);
    expect(d.province.communes).toBe(0);
    expect(d.leftOut).toBe(1);
  });
  test('thị trấn and xã of the same name in one district are two units (Mường Tè)', () => {
    const mt = ruralAggregates(entries([['Mường Tè', 'Mường Tè', 'thị trấn', null], ['Mường Tè', 'Mường Tè', 'xã', 12]]), laiChauUnits2020);
    expect(mt.province.communes).toBe(1);
    expect(mt.problems).toEqual([]);
  });
  test('districts are matched as COUNTIF matches them: case-insensitive, whole cell', () => {
    const c = ruralAggregates(entries([['huyện a', 'A1', 'Xã', 12], ['Huyện A ', 'A2', 'xã', 12]]), small);
    expect(c.province.communes).toBe(1);
    expect(c.byDistrict['Huyện A'].communes).toBe(1);
    expect(c.problems.find((p) => p.cell === 'A6')!.message).toContain('dấu cách thừa');
  });
});

describe('a structure without districts (Lai Châu from 1 July 2025)', () => {
  test('province figures only; byDistrict empty; a Huyện typed anyway is ignored', () => {
    const list = laiChauUnits2025.communes.map((c, i) => entry(5 + i, i === 0 ? 'Than Uyên' : null, c.name, c.type, 10 + (i % 10)));
    const r = ruralAggregates(list, laiChauUnits2025);
    expect(r.byDistrict).toEqual({});
    const xa = laiChauUnits2025.communes.map((c, i) => ({ c, v: 10 + (i % 10) })).filter((x) => x.c.type === 'xã');
    expect(r.province.communes).toBe(36);
    expect(r.province.criteriaTotal).toBe(xa.reduce((s, x) => s + x.v, 0));
    expect(r.province.communes15to18).toBe(xa.filter((x) => x.v >= 15 && x.v <= 18).length);
    expect(r.leftOut).toBe(2); // the two phường
  });
});

// ---------------------------------------------------------------- properties

const NAMES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const xaList = fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), criteria: fc.integer({ min: 0, max: 19 }) }), { selector: (x) => x.name, minLength: 1, maxLength: 26 });

function structure(districts: string[], names: { name: string; district: string }[]): UnitStructure {
  return { id: 'p', province: 'P', districts, poorDistricts: [], communes: names.map((n, i) => ({ district: n.district, name: n.name, type: 'xã', gsoCode: String(i).padStart(5, '0') })) };
}

describe('properties', () => {
  test('the province average does not depend on row order, and equals Σ criteria ÷ Σ xã', () => {
    fc.assert(
      fc.property(
        xaList.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }))),
        ([xs, shuffled]) => {
          const units = structure(['D'], xs.map((x) => ({ name: x.name, district: 'D' })));
          const a = ruralAggregates(entries(xs.map((x) => ['D', x.name, 'xã', x.criteria])), units);
          const b = ruralAggregates(entries(shuffled.map((x) => ['D', x.name, 'xã', x.criteria])), units);
          expect(b.province).toEqual(a.province);
          const sum = xs.reduce((s, x) => s + x.criteria, 0);
          expect(a.province.averageCriteria).toBe(sum / xs.length);
        },
      ),
    );
  });

  test('the province figures do not depend on how the rows are split between districts', () => {
    fc.assert(
      fc.property(
        xaList.chain((xs) => fc.tuple(fc.constant(xs), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: xs.length, maxLength: xs.length }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: xs.length, maxLength: xs.length }))),
        ([xs, split1, split2]) => {
          const districts = ['D0', 'D1', 'D2', 'D3'];
          const run = (split: number[]) => {
            const placed = xs.map((x, i) => ({ ...x, district: districts[split[i]] }));
            return ruralAggregates(entries(placed.map((x) => [x.district, x.name, 'xã', x.criteria])), structure(districts, placed));
          };
          const a = run(split1);
          const b = run(split2);
          expect(b.province).toEqual(a.province);
          // The districts add up to the province; the average is Σ/Σ, not a mean of averages.
          const ds = Object.values(a.byDistrict);
          expect(ds.reduce((s, d) => s + d.communes, 0)).toBe(a.province.communes);
          expect(ds.reduce((s, d) => s + d.criteriaTotal, 0)).toBe(a.province.criteriaTotal);
          expect(ds.reduce((s, d) => s + d.communes15to18, 0)).toBe(a.province.communes15to18);
          expect(a.province.averageCriteria).toBe(a.province.criteriaTotal / a.province.communes);
        },
      ),
    );
  });

  test('phường and thị trấn are never counted, whatever they hold', () => {
    const urban = fc.array(
      fc.record({
        type: fc.constantFrom('phường', 'thị trấn', 'Phường', ' thị trấn '),
        criteria: fc.oneof(fc.integer({ min: -5, max: 25 }), fc.double({ min: 0, max: 19, noNaN: true }), fc.constant(null), fc.string()),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(xaList, urban, fc.nat(), (xs, towns, seed) => {
        const units = structure(['D'], xs.map((x) => ({ name: x.name, district: 'D' })));
        const base = ruralAggregates(entries(xs.map((x) => ['D', x.name, 'xã', x.criteria])), units);
        const rows: [string, string, string, CommuneEntry['criteria']][] = xs.map((x) => ['D', x.name, 'xã', x.criteria]);
        towns.forEach((t, i) => rows.splice((seed + i * 7) % (rows.length + 1), 0, ['D', `Đô thị ${i}`, t.type, t.criteria]));
        const mixed = ruralAggregates(entries(rows), units);
        expect(mixed.province).toEqual(base.province);
        const typed = towns.filter((t) => !(t.criteria === null || (typeof t.criteria === 'string' && t.criteria.trim() === ''))).length;
        expect(mixed.leftOut).toBe(typed);
      }),
    );
  });
});

// ---------------------------------------------------------------- the two NTM indicators

describe('the two NTM indicators change status when one commune changes', () => {
  // 94 xã; Σ = 1302 → 13,85 → 13,9 (met); 7 xã at 15–18 (met). One xã 15 → 14: Σ 1301 → 13,8, 6 xã.
  function counts(): number[] {
    const v = [15, 16, 17, 18, 15, 16, 17, ...new Array(10).fill(19)];
    while (v.length < 94) v.push(13);
    v[17] -= v.reduce((s, x) => s + x, 0) - 1302; // 1305 → 1302
    return v;
  }
  const plan = indicatorSheetPlan(laiChau2023, { level: 'province' });
  const indGrid: Grid = plan.cells.map((r) => r.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : v })));
  const table = findIndicatorTable(plan.name, indGrid);
  const xa = laiChau2023.indicators;
  const status = (list: number[]) => {
    const xas = laiChauUnits2020.communes.filter((c) => c.type === 'xã');
    const agg = ruralAggregates(
      xas.map((c, i) => entry(5 + i, c.district!, c.name, c.type, list[i])),
      laiChauUnits2020,
    );
    const t = withRuralValues(table, laiChau2023, agg, SHEET).table;
    return Object.fromEntries(
      ['NTM_AVG_CRITERIA', 'NTM_COMMUNES_15_18'].map((code) => {
        const e = t.entries.find((x) => x.code === code)!;
        return [code, evaluateIndicator(xa.find((i) => i.code === code)!, e.actual, { locale: 'vi-VN' }).status];
      }),
    );
  };
  test('both met, then both not met', () => {
    const base = counts();
    expect(base.reduce((s, x) => s + x, 0)).toBe(1302);
    expect(status(base)).toEqual({ NTM_AVG_CRITERIA: 'met', NTM_COMMUNES_15_18: 'met' });
    const changed = base.slice();
    changed[0] = 14;
    expect(status(changed)).toEqual({ NTM_AVG_CRITERIA: 'not_met', NTM_COMMUNES_15_18: 'not_met' });
  });
  test('a typed Thực hiện that differs from the list is reported; the list is used', () => {
    const withTyped = { ...table, entries: table.entries.map((e) => (e.code === 'NTM_AVG_CRITERIA' ? { ...e, actual: { value: 15 } } : e)) };
    const agg = ruralAggregates(entries([['Huyện A', 'A1', 'xã', 12]]), small);
    const r = withRuralValues(withTyped, laiChau2023, agg, SHEET);
    expect(r.table.entries.find((e) => e.code === 'NTM_AVG_CRITERIA')!.actual.value).toBe(12);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'NTM_AVG_CRITERIA', severity: 'warning' });
  });
  test('no xã counted: the sheet is left as it is', () => {
    const agg = ruralAggregates([], small);
    expect(withRuralValues(table, laiChau2023, agg, SHEET).table).toBe(table);
  });
});

// ---------------------------------------------------------------- the plan

describe('the commune sheet plan', () => {
  test('province: all 106 units pre-filled, with their districts, types and GSO codes', () => {
    const p = communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'province' });
    expect(p.kind).toBe('communes');
    expect(p.meta).toMatchObject({ sheetKind: 'communes', level: 'province', unit: 'Lai Châu', unitsId: 'laichau-2020', year: 2023 });
    expect(p.cells[3].slice(0, 7)).toEqual(['Huyện', 'Đơn vị', 'Loại', 'Số tiêu chí đạt', 'Đánh giá', 'Tính vào tổng hợp', 'Mã GSO']);
    const rows = p.cells.slice(p.headerRow).filter((r) => r[1] !== null);
    expect(rows).toHaveLength(106);
    expect(rows[0].slice(0, 3)).toEqual(['Thành phố Lai Châu', 'Quyết Thắng', 'phường']);
    expect(rows[0][6]).toBe('03386');
    expect(Object.keys(p.aggregates.byDistrict)).toEqual(laiChauUnits2020.districts);
    expect(p.rowOf['03386']).toBe(5);
  });
  test('district: that district only; 2025 structure: no Huyện values, no district rows', () => {
    const d = communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'district', unit: 'Tam Đường' });
    expect(d.cells.slice(d.headerRow).filter((r) => r[1] !== null)).toHaveLength(13);
    expect(Object.keys(d.aggregates.byDistrict)).toEqual(['Tam Đường']);
    const n = communeSheetPlan(laiChau2023, laiChauUnits2025, { level: 'province' });
    const listed = n.cells.slice(n.headerRow).filter((r) => r[1] !== null);
    expect(listed).toHaveLength(38);
    expect(listed.every((r) => r[0] === null)).toBe(true);
    expect(n.aggregates.byDistrict).toEqual({});
    expect(() => communeSheetPlan(laiChau2023, laiChauUnits2025, { level: 'district', unit: 'Tam Đường' })).toThrow(PlanError);
    expect(() => communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'district', unit: 'Hà Nội' })).toThrow(/không có trong danh sách/);
  });
  test('the count takes whole numbers 0–19 with a Vietnamese stop message', () => {
    const p = communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'province' });
    const v = p.validations.find((x) => x.kind === 'wholeNumber')!;
    expect(v).toMatchObject({ range: `D5:D${p.listRows.last}`, min: 0, max: 19, style: 'stop' });
    expect(v.message).toContain('số nguyên từ 0 đến 19');
    expect(p.conditionalFormats.map((c) => c.formula)).toContain('=$E5="Đạt chuẩn"');
  });
  test('every row formula is the expression core evaluates (Đánh giá labels)', () => {
    const L = (counted: number | string, value: number | string | null, type: string) => communeVerdictFromLabel(evalExpr(communeVerdictExpr('vi'), { counted, value, type }));
    expect(L(19, 19, 'xã')).toBe('standard');
    expect(L(15, 15, 'xã')).toBe('band15to18');
    expect(L(14, 14, 'xã')).toBe('below15');
    expect(L('', 20, 'xã')).toBe('check');
    expect(L('', 12, 'phường')).toBe('notCounted');
    expect(L('', null, 'xã')).toBe('blank');
  });
  test('the indicator sheet links to the commune sheet by its actual name', () => {
    const taken = new Set(['nông thôn mới 2023']);
    const plans = templatePlans(laiChau2023, laiChauUnits2020, {
      level: 'province',
      uniqueName: (w) => (taken.has(w.toLowerCase()) ? `${w} (2)` : w),
    });
    expect(plans.communes.name).toBe('Nông thôn mới 2023 (2)');
    expect(plans.creationOrder.map((p) => p.kind)).toEqual(['communes', 'indicators']);
    const ind = plans.indicators;
    expect(ind.cells[ind.rowOf.NTM_AVG_CRITERIA - 1][5]).toBe(`=IF(('Nông thôn mới 2023 (2)'!$J$5=0),"-",('Nông thôn mới 2023 (2)'!$K$5/'Nông thôn mới 2023 (2)'!$J$5))`);
    expect(ind.cells[ind.rowOf.NTM_COMMUNES_15_18 - 1][5]).toBe(`=IF(('Nông thôn mới 2023 (2)'!$J$5=0),"-",'Nông thôn mới 2023 (2)'!$M$5)`);
    // Only the computed cells lose their typing validation.
    expect(ind.validations.some((v) => v.range === `F${ind.rowOf.NTM_AVG_CRITERIA}`)).toBe(false);
    expect(ind.validations.some((v) => v.range === `F${ind.rowOf.GRDP_GROWTH}`)).toBe(true);
  });
});

describe('reading the commune sheet back by header text', () => {
  const p = communeSheetPlan(laiChau2023, laiChauUnits2020, { level: 'district', unit: 'Tam Đường' });
  const grid: Grid = p.cells.map((r) => r.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : v })));
  test('entries, meta, block districts', () => {
    const t = findCommuneTable(p.name, grid);
    expect(t.headerRow).toBe(4);
    expect(t.entries).toHaveLength(13);
    expect(t.entries[0]).toMatchObject({ district: 'Tam Đường', name: 'Tam Đường', type: 'thị trấn', criteria: null, row: 5, cells: { criteria: 'D5', name: 'B5' } });
    expect(t.meta).toMatchObject({ sheetKind: 'communes', level: 'district', unit: 'Tam Đường', unitsId: 'laichau-2020' });
    expect(t.blockAreas).toEqual(['Tam Đường']);
    const { units } = unitsForCommuneTable(t);
    expect(units.districts).toEqual(['Tam Đường']);
    expect(units.communes).toHaveLength(13);
  });
  test('columns moved: still found by their header text', () => {
    const moved: Grid = grid.map((r) => [r[3], r[2], r[1], r[0]]);
    const t = findCommuneTable('x', moved);
    expect(t.columns).toMatchObject({ criteria: 1, type: 2, name: 3, district: 4 });
    expect(t.entries[1]).toMatchObject({ name: 'Thèn Sin', cells: { criteria: 'A6' } });
  });
  test('a sheet without the list is a TemplateError', () => {
    expect(() => findCommuneTable('x', [[{ value: 'hello' }]])).toThrow(/Số tiêu chí đạt/);
  });
});
