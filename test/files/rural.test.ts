// The commune sheet's formulas against core: HyperFormula on the plans' cells, LibreOffice on the
// written and filled template, and `chitieu check --json` on the same files must give the same
// figures; the two NTM indicators of the indicator sheet turn green or red with them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { LAICHAU_UNITS_2025_CSV } from '../../src/core/catalogue/data/laichau-units-2025';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020, laiChauUnits2025 } from '../../src/core/catalogue/units';
import { checkIndicatorTable } from '../../src/core/check';
import { evalExpr, Scalar } from '../../src/core/expr';
import { CommuneSheetPlan, templatePlans, TemplatePlans } from '../../src/core/layout';
import { communeVerdictExpr, RURAL_MEASURES, RuralAggregates, RuralFigures, ruralAggregates, withRuralValues } from '../../src/core/rural';
import { findCommuneTable, unitsForCommuneTable } from '../../src/core/ruralsheet';
import { findIndicatorTable, Grid } from '../../src/core/sheet';
import { verdictFromLabel } from '../../src/core/rules';
import { Level, Status, UnitStructure } from '../../src/core/types';
import { buildTemplateWorkbook } from '../../src/xlsx/template';
import { recalculate } from './libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-rural-'));
const NTM = ['NTM_AVG_CRITERIA', 'NTM_COMMUNES_15_18'] as const;
const VERDICT_COL = 8; // the indicator sheet's Đánh giá

/** What is typed into a commune sheet: counts of the pre-filled rows (by GSO code) and extra rows below them. */
interface Fill {
  counts: Record<string, Scalar>;
  extra: [string | null, string | null, string | null, Scalar][];
}

interface Case {
  name: string;
  units: UnitStructure;
  level: Level;
  unit?: string;
  fill: Fill;
}

const xaOf = (u: UnitStructure) => u.communes.filter((c) => c.type === 'xã');

/** 94 xã: Σ 1302 (13,85 → 13,9: met) and exactly 7 at 15–18 (met); the first of them at 15. */
function provinceCounts(): Record<string, Scalar> {
  const v = [15, 16, 17, 18, 15, 16, 17, ...new Array(10).fill(19)];
  while (v.length < 94) v.push(13);
  v[17] -= v.reduce((s, x) => s + x, 0) - 1302;
  // Two below 10 without moving Σ: 13 → 4 (−9), 13 → 9 (−4), 13 → 19 twice (+12), 13 → 14 (+1).
  v[20] = 4;
  v[21] = 9;
  v[23] = 19;
  v[24] = 19;
  v[25] = 14;
  const counts: Record<string, Scalar> = {};
  xaOf(laiChauUnits2020).forEach((c, i) => (counts[c.gsoCode] = v[i]));
  // phường and thị trấn given criteria: left out, and the figures do not move.
  for (const c of laiChauUnits2020.communes.filter((x) => x.type !== 'xã').slice(0, 4)) counts[c.gsoCode] = 17;
  return counts;
}

const base = provinceCounts();
const firstAt15 = xaOf(laiChauUnits2020)[0].gsoCode;
const changed = { ...base, [firstAt15]: 14 };
const someXa = xaOf(laiChauUnits2020);

const CASES: Case[] = [
  { name: 'province-met', units: laiChauUnits2020, level: 'province', fill: { counts: base, extra: [] } },
  { name: 'province-one-changed', units: laiChauUnits2020, level: 'province', fill: { counts: changed, extra: [] } },
  {
    name: 'province-bad-rows',
    units: laiChauUnits2020,
    level: 'province',
    fill: {
      counts: { ...base, [someXa[30].gsoCode]: 20, [someXa[31].gsoCode]: -1, [someXa[32].gsoCode]: 12.5, [someXa[33].gsoCode]: '15', [someXa[34].gsoCode]: 'mười' },
      extra: [
        [someXa[10].district!, someXa[10].name, 'xã', 3], // the same commune again
        ['Huyện Mới', 'Xã Mới', 'xã', 18], // a district not in the list
        [someXa[40].district!, null, 'xã', 16], // no name
        [someXa[41].district!, 'Nậm Hàng 2', 'xa', 16], // a type that is none of the three
        [someXa[42].district!, 'Xã Thêm', 'xã', 16], // not in the unit list: counted, with a warning
        ['tam đường', 'Thèn Sin', 'XÃ', 11], // the same commune, other case: COUNTIFS and core both see a duplicate
      ],
    },
  },
  {
    name: 'district-tam-duong',
    units: laiChauUnits2020,
    level: 'district',
    unit: 'Tam Đường',
    fill: {
      counts: Object.fromEntries(laiChauUnits2020.communes.filter((c) => c.district === 'Tam Đường').map((c, i) => [c.gsoCode, (i * 5) % 20])),
      extra: [['Phong Thổ', 'Mồ Sì San', 'xã', 15]], // another district's commune: not in this template's list
    },
  },
  {
    name: 'structure-2025',
    units: laiChauUnits2025,
    level: 'province',
    fill: { counts: Object.fromEntries(laiChauUnits2025.communes.map((c, i) => [c.gsoCode, 8 + ((i * 3) % 12)])), extra: [['Thừa', 'Mường Kim', 'xã', 2]] },
  },
];

const plansOf = (c: Case): TemplatePlans => templatePlans(laiChau2023, c.units, { level: c.level, unit: c.unit });

/** The commune sheet's cells with the fill typed in. */
function filledCells(plan: CommuneSheetPlan, fill: Fill): Scalar[][] {
  const cells = plan.cells.map((r) => r.slice());
  const C = plan.columns;
  for (const [gso, v] of Object.entries(fill.counts)) if (plan.rowOf[gso]) cells[plan.rowOf[gso] - 1][C.criteria - 1] = v;
  const firstSpare = plan.listRows.first + Object.keys(plan.rowOf).length;
  fill.extra.forEach(([d, n, t, v], i) => {
    const row = cells[firstSpare + i - 1];
    row[C.district - 1] = d;
    row[C.name - 1] = n;
    row[C.type - 1] = t;
    row[C.criteria - 1] = v;
  });
  return cells;
}

const asGrid = (cells: Scalar[][]): Grid => cells.map((r) => r.map((v) => ({ value: typeof v === 'string' && v.startsWith('=') ? null : (v as string | number | boolean | null) })));

/** What core decides for a filled commune sheet, read back as any adapter would hand it over. */
function coreOf(c: Case, plans: TemplatePlans, cells: Scalar[][]): { agg: RuralAggregates; status: Record<string, Status> } {
  const table = findCommuneTable(plans.communes.name, asGrid(cells));
  const { units } = unitsForCommuneTable(table);
  const agg = ruralAggregates(table.entries, units);
  const ind = findIndicatorTable(plans.indicators.name, asGrid(plans.indicators.cells));
  const report = checkIndicatorTable(withRuralValues(ind, laiChau2023, agg, table.sheet).table, laiChau2023, { locale: 'vi-VN', lang: 'vi' });
  const status = Object.fromEntries(NTM.map((code) => [code, report.indicators.find((i) => i.code === code)!.status])) as Record<string, Status>;
  return { agg, status };
}

/** A block row as the formulas compute it, in core's shape ("-" → null). */
function figuresFrom(get: (address: string) => unknown, cells: Record<string, string>): RuralFigures {
  const out = {} as Record<string, number | null>;
  for (const m of RURAL_MEASURES) {
    const v = get(cells[m]);
    out[m] = v === '-' ? null : (v as number);
  }
  return out as unknown as RuralFigures;
}

function expectSameFigures(got: RuralFigures, want: RuralFigures, where: string) {
  for (const m of RURAL_MEASURES) {
    const g = got[m];
    const w = want[m];
    if (typeof w === 'number' && typeof g === 'number') expect({ where, m, v: g }).toEqual({ where, m, v: expect.closeTo(w, 10) });
    else expect({ where, m, v: g }).toEqual({ where, m, v: w });
  }
}

// ---------------------------------------------------------------- HyperFormula

function hyperFormula(plans: TemplatePlans, cells: Scalar[][]) {
  // HyperFormula reads a string that looks like a number as the number; an apostrophe keeps text as text, as typed in Excel.
  const asTyped = (rows: Scalar[][]) => rows.map((r) => r.map((v) => (typeof v === 'string' && !v.startsWith('=') ? `'${v}` : v)));
  const hf = HyperFormula.buildFromSheets(
    { [plans.indicators.name]: asTyped(plans.indicators.cells), [plans.communes.name]: asTyped(cells) },
    { licenseKey: 'gpl-v3', smartRounding: false, accentSensitive: true },
  );
  const sheetOf = (name: string) => hf.getSheetId(name)!;
  const at = (sheet: string, address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, sheetOf(sheet))!);
  return { hf, at };
}

function compareWithFormulas(c: Case, plans: TemplatePlans, cells: Scalar[][]) {
  const { hf, at } = hyperFormula(plans, cells);
  try {
    const { agg, status } = coreOf(c, plans, cells);
    const com = plans.communes;
    const get = (a: string) => at(com.name, a);
    // Every row: the counted value and the Đánh giá the formulas show are core's.
    const C = com.columns;
    for (let r = com.listRows.first; r <= com.listRows.last; r++) {
      const counted = get(`${colLetter(C.counted)}${r}`);
      const coreCounted = agg.countedByRow.get(r) ?? null;
      expect({ row: r, counted: counted === '' ? null : counted }).toEqual({ row: r, counted: coreCounted });
      const row = cells[r - 1];
      const expected = evalExpr(communeVerdictExpr('vi'), { counted: coreCounted ?? '', value: row[C.criteria - 1], type: row[C.type - 1] });
      expect({ row: r, verdict: get(`${colLetter(C.verdict)}${r}`) }).toEqual({ row: r, verdict: expected });
    }
    expectSameFigures(figuresFrom(get, com.aggregates.total), agg.province, `${c.name} total`);
    expect(Object.keys(com.aggregates.byDistrict)).toEqual(Object.keys(agg.byDistrict));
    for (const [d, addr] of Object.entries(com.aggregates.byDistrict)) expectSameFigures(figuresFrom(get, addr), agg.byDistrict[d], `${c.name} ${d}`);
    // The indicator sheet: the two NTM indicators' Đánh giá.
    for (const code of NTM) {
      const label = at(plans.indicators.name, `${colLetter(VERDICT_COL)}${plans.indicators.rowOf[code]}`);
      expect({ code, status: verdictFromLabel(label) }).toEqual({ code, status: status[code] });
    }
    return { agg, status };
  } finally {
    hf.destroy();
  }
}

const colLetter = (n: number) => String.fromCharCode(64 + n);

describe('HyperFormula evaluates the plans as Excel would: the same figures as core', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const plans = plansOf(c);
    const { agg } = compareWithFormulas(c, plans, filledCells(plans.communes, c.fill));
    expect(agg.province.communes).toBeGreaterThan(0);
  });

  test('the two NTM indicators change status when one commune count changes', () => {
    const [met, changedCase] = CASES;
    const plans = plansOf(met);
    const a = compareWithFormulas(met, plans, filledCells(plans.communes, met.fill));
    const b = compareWithFormulas(changedCase, plans, filledCells(plans.communes, changedCase.fill));
    expect(a.agg.province).toMatchObject({ communes: 94, criteriaTotal: 1302, communes15to18: 7 });
    expect(a.status).toEqual({ NTM_AVG_CRITERIA: 'met', NTM_COMMUNES_15_18: 'met' });
    expect(b.agg.province).toMatchObject({ communes: 94, criteriaTotal: 1301, communes15to18: 6 });
    expect(b.status).toEqual({ NTM_AVG_CRITERIA: 'not_met', NTM_COMMUNES_15_18: 'not_met' });
  });

  test('bad rows are left out alike by the formulas and by core', () => {
    const c = CASES[2];
    const plans = plansOf(c);
    const { agg } = compareWithFormulas(c, plans, filledCells(plans.communes, c.fill));
    // 4 phường/thị trấn, 5 bad counts, and 5 of the 6 extra rows (the unlisted "Xã Thêm" is counted).
    expect(agg.leftOut).toBe(14);
    expect(agg.problems.filter((p) => p.severity === 'error')).toHaveLength(10);
  });

  test('property: for any typing, the formulas and core agree (district template)', () => {
    const c: Case = { name: 'random', units: laiChauUnits2020, level: 'district', unit: 'Tam Đường', fill: { counts: {}, extra: [] } };
    const plans = plansOf(c);
    const communes = laiChauUnits2020.communes.filter((x) => x.district === 'Tam Đường');
    const value: fc.Arbitrary<Scalar> = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 19 }) },
      { weight: 1, arbitrary: fc.constantFrom<Scalar>(null, -1, 20, 25, 12.5, 0.5, '15', 'mười', ' ', '-') },
    );
    const extraRow = fc.tuple(
      fc.constantFrom<string | null>('Tam Đường', 'tam đường', 'Phong Thổ', null),
      fc.constantFrom<string | null>(...communes.map((x) => x.name), 'Xã Mới', null),
      fc.constantFrom<string | null>('xã', 'phường', 'thị trấn', 'Xã', 'xa', null),
      value,
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: communes.length, maxLength: communes.length }), fc.array(extraRow, { maxLength: 6 }), (vals, extra) => {
        const fill: Fill = { counts: Object.fromEntries(communes.map((x, i) => [x.gsoCode, vals[i]])), extra };
        compareWithFormulas({ ...c, fill }, plans, filledCells(plans.communes, fill));
      }),
      { numRuns: 40 },
    );
  });
});

// ---------------------------------------------------------------- LibreOffice and chitieu check

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Types the fill into a template workbook as a person would in Excel. */
function typeInto(wb: ExcelJS.Workbook, plan: CommuneSheetPlan, fill: Fill): void {
  const ws = wb.getWorksheet(plan.name)!;
  const C = plan.columns;
  for (const [gso, v] of Object.entries(fill.counts)) ws.getCell(plan.rowOf[gso], C.criteria).value = v as ExcelJS.CellValue;
  const firstSpare = plan.listRows.first + Object.keys(plan.rowOf).length;
  fill.extra.forEach(([d, n, t, v], i) => {
    const r = firstSpare + i;
    ws.getCell(r, C.district).value = d;
    ws.getCell(r, C.name).value = n;
    ws.getCell(r, C.type).value = t;
    ws.getCell(r, C.criteria).value = v as ExcelJS.CellValue;
  });
}

/**
 * Formula results as LibreOffice wrote them, by sheet (in tab order) and address. Read from the XML:
 * ExcelJS drops a formula's cached 0 and "" (it tests the text of <v> for truth).
 */
async function formulaResults(file: string): Promise<Map<string, unknown>[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheets = Object.keys(zip.files)
    .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const out: Map<string, unknown>[] = [];
  for (const f of sheets) {
    const xml = (await zip.file(f)!.async('string')).replace(/<c [^>]*\/>/g, ''); // empty cells
    const values = new Map<string, unknown>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)) {
      if (!m[3].includes('<f')) continue;
      const t = /\bt="(\w+)"/.exec(m[2])?.[1] ?? 'n';
      const v = /<v>(.*?)<\/v>/.exec(m[3])?.[1];
      const text = v === undefined ? '' : v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      values.set(m[1], t === 'str' ? text : t === 'b' ? text === '1' : t === 'e' ? { error: text } : v === undefined ? '' : Number(text));
    }
    out.push(values);
  }
  return out;
}

interface Written {
  c: Case;
  plans: TemplatePlans;
  file: string;
  recalculated: string;
  json: { rural: { province: RuralFigures; byDistrict: Record<string, RuralFigures>; leftOut: number; units: { id: string }; indicators: string[] }; indicators: { code: string; status: Status; value: unknown }[]; problems: { sheet: string; cell: string; severity: string; code?: string }[] };
}

const written: Written[] = [];

beforeAll(async () => {
  // The 2025 template comes from the command line with --units, as a user would make it.
  const units2025 = join(dir, 'laichau-units-2025.csv');
  writeFileSync(units2025, LAICHAU_UNITS_2025_CSV);
  for (const c of CASES) {
    const file = join(dir, `${c.name}.xlsx`);
    const wb = new ExcelJS.Workbook();
    if (c.units === laiChauUnits2025) {
      const r = await run('template', '--out', file, '--units', units2025);
      expect(r.err).toBe('');
      await wb.xlsx.readFile(file);
    } else {
      const built = buildTemplateWorkbook(laiChau2023, { level: c.level, unit: c.unit, units: c.units });
      await wb.xlsx.load((await built.xlsx.writeBuffer()) as ExcelJS.Buffer);
    }
    const plans = plansOf(c);
    typeInto(wb, plans.communes, c.fill);
    await wb.xlsx.writeFile(file);
    const r = await run('check', file, '--json');
    expect(r.code).toBe(0);
    written.push({ c, plans, file, recalculated: '', json: JSON.parse(r.out) });
  }
  const outs = recalculate(
    written.map((w) => w.file),
    join(dir, 'out'),
  );
  written.forEach((w, i) => (w.recalculated = outs[i]));
}, 300000);

describe('LibreOffice recalculates the written, filled templates: the same figures as core and as check --json', () => {
  test('every file was recalculated', () => {
    expect(written).toHaveLength(CASES.length);
    for (const w of written) expect(existsSync(w.recalculated)).toBe(true);
  });

  test.each(CASES.map((c) => [c.name] as const))('%s', async (name) => {
    const w = written.find((x) => x.c.name === name)!;
    const [indResults, comResults] = await formulaResults(w.recalculated);
    const get = (a: string) => comResults.get(a);
    const { agg, status } = coreOf(w.c, w.plans, filledCells(w.plans.communes, w.c.fill));

    // LibreOffice = core = check --json, for the whole list and every district.
    const lo = figuresFrom(get, w.plans.communes.aggregates.total);
    expectSameFigures(lo, agg.province, `${name} LibreOffice total`);
    expectSameFigures(w.json.rural.province, agg.province, `${name} check --json total`);
    expect(Object.keys(w.json.rural.byDistrict)).toEqual(Object.keys(w.plans.communes.aggregates.byDistrict));
    for (const [d, addr] of Object.entries(w.plans.communes.aggregates.byDistrict)) {
      expectSameFigures(figuresFrom(get, addr), agg.byDistrict[d], `${name} LibreOffice ${d}`);
      expectSameFigures(w.json.rural.byDistrict[d], agg.byDistrict[d], `${name} check --json ${d}`);
    }
    expect(w.json.rural.leftOut).toBe(agg.leftOut);

    // Each row's Đánh giá as LibreOffice shows it.
    const C = w.plans.communes.columns;
    for (let r = w.plans.communes.listRows.first; r <= w.plans.communes.listRows.last; r++) {
      const counted = agg.countedByRow.get(r) ?? null;
      const row = filledCells(w.plans.communes, w.c.fill)[r - 1];
      const expected = evalExpr(communeVerdictExpr('vi'), { counted: counted ?? '', value: row[C.criteria - 1], type: row[C.type - 1] });
      expect({ row: r, verdict: get(`${colLetter(C.verdict)}${r}`) }).toEqual({ row: r, verdict: expected });
    }

    // The indicator sheet: green or red without the add-in, as check --json says.
    for (const code of NTM) {
      const shown = verdictFromLabel(indResults.get(`${colLetter(VERDICT_COL)}${w.plans.indicators.rowOf[code]}`));
      const json = w.json.indicators.find((i) => i.code === code)!;
      expect({ code, shown, json: json.status }).toEqual({ code, shown: status[code], json: status[code] });
    }
    expect(w.json.rural.indicators).toEqual([...NTM].reverse());
  });

  test('met, then not met after one commune 15 → 14, in the recalculated files', async () => {
    const shown = async (name: string) => {
      const w = written.find((x) => x.c.name === name)!;
      const [ind] = await formulaResults(w.recalculated);
      return NTM.map((code) => verdictFromLabel(ind.get(`${colLetter(VERDICT_COL)}${w.plans.indicators.rowOf[code]}`)));
    };
    expect(await shown('province-met')).toEqual(['met', 'met']);
    expect(await shown('province-one-changed')).toEqual(['not_met', 'not_met']);
  });

  test('check --json on a recalculated file: the cached results agree, no warning about the NTM cells', async () => {
    const w = written.find((x) => x.c.name === 'province-met')!;
    const r = await run('check', w.recalculated, '--json');
    const j = JSON.parse(r.out);
    expect(j.rural.province).toEqual(w.json.rural.province);
    expect(j.problems.filter((p: { code?: string }) => p.code && NTM.includes(p.code as (typeof NTM)[number]))).toEqual([]);
    const avg = j.indicators.find((i: { code: string }) => i.code === 'NTM_AVG_CRITERIA');
    expect(avg).toMatchObject({ status: 'met', value: 1302 / 94 });
  });

  test('commune problems are in `problems` with the commune sheet and cell', () => {
    const w = written.find((x) => x.c.name === 'province-bad-rows')!;
    const sheet = w.plans.communes.name;
    const mine = w.json.problems.filter((p) => p.sheet === sheet);
    const cellOf = (gso: string) => `D${w.plans.communes.rowOf[gso]}`;
    for (const gso of [someXa[30], someXa[31], someXa[32], someXa[33], someXa[34]].map((x) => x.gsoCode)) {
      expect(mine).toContainEqual(expect.objectContaining({ cell: cellOf(gso), severity: 'error' }));
    }
    expect(mine.filter((p) => p.severity === 'error')).toHaveLength(10);
    expect(w.json.rural.leftOut).toBe(14);
  });

  test('the 2025 structure (no districts): province figures only', () => {
    const w = written.find((x) => x.c.name === 'structure-2025')!;
    expect(w.json.rural.byDistrict).toEqual({});
    expect(w.json.rural.units.id).toBe('laichau-units-2025');
    expect(w.json.rural.province.communes).toBe(36); // the two phường are not counted; "Mường Kim" twice: the second is left out
    expect(w.json.rural.leftOut).toBe(3);
  });
});

describe('chitieu: --units, messages and the marked copy', () => {
  test('the usage text names --units', async () => {
    const r = await run('--help');
    expect(r.out).toContain('--units FILE.csv');
  });
  test('a district template from a structure without districts is refused in one line', async () => {
    const csv = join(dir, 'laichau-units-2025.csv');
    const out = join(dir, 'never.xlsx');
    const r = await run('template', '--out', out, '--level', 'district', '--unit', 'Tam Đường', '--units', csv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có cấp huyện');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
  test('a unit list that cannot be read names its line', async () => {
    const bad = join(dir, 'bad-units.csv');
    writeFileSync(bad, 'unit,type,gso_code\nMường Kim,làng,03637\n');
    const r = await run('template', '--out', join(dir, 'never2.xlsx'), '--units', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/dòng 2.*làng/);
  });
  test('a district not in the list is refused', async () => {
    const r = await run('template', '--out', join(dir, 'never3.xlsx'), '--level', 'district', '--unit', 'Hà Nội');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Hà Nội');
  });
  test('the text report has the figures; the marked copy puts commune problems on the commune sheet', async () => {
    const w = written.find((x) => x.c.name === 'province-bad-rows')!;
    const text = await run('check', w.file);
    expect(text.out).toContain(`Nông thôn mới (trang "${w.plans.communes.name}")`);
    const marked = join(dir, 'marked.xlsx');
    expect((await run('check', w.file, '--out', marked)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(marked);
    const cell = wb.getWorksheet(w.plans.communes.name)!.getCell(`D${w.plans.communes.rowOf[someXa[30].gsoCode]}`);
    expect(String(cell.note)).toContain('lớn hơn 19');
  });
});
