// Tier 3: the template the CLI writes, recalculated by LibreOffice. What its formulas show must be
// what core decides, for a grid of values around every target.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { evaluateIndicator } from '../../src/core/evaluate';
import { indicatorSheetPlan } from '../../src/core/layout';
import { formulaVerdict, verdictFromLabel } from '../../src/core/rules';
import { buildTemplateWorkbook } from '../../src/xlsx/template';
import { recalculate } from './libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-lo-'));
const plan = indicatorSheetPlan(laiChau2023, { level: 'province' });
const judged = laiChau2023.indicators.filter((i) => i.rule !== 'none' && i.parentCode === undefined);
const ACTUAL_COL = 6;
const VERDICT_COL = 8;
const RATIO_COL = 7;

/** One workbook per offset from the target, in steps of the indicator's display precision. */
const OFFSETS = [-1, -0.6, -0.5, -0.4, 0, 0.4, 0.5, 1.5];
const EXTRA: { name: string; value: (code: string) => ExcelJS.CellValue; fmt?: string }[] = [
  { name: 'blank', value: () => null },
  { name: 'dash', value: () => '-' },
  { name: 'text', value: () => 'chưa rõ' },
  { name: 'vn-text', value: () => '52,3' },
  { name: 'percent', value: (c) => (laiChau2023.indicators.find((i) => i.code === c)!.valueKind === 'percent' ? 0.523 : 1), fmt: '0.0%' },
];

function valueFor(code: string, offset: number): ExcelJS.CellValue {
  const ind = laiChau2023.indicators.find((i) => i.code === code)!;
  if (ind.rule === 'maintain') return offset >= 0 ? 'Đạt' : 'Không đạt';
  const t = Array.isArray(ind.target) ? ind.target[0] : (ind.target as number);
  return Number((t + offset * 10 ** -ind.decimals).toFixed(6));
}

interface Variant {
  name: string;
  file: string;
  values: Record<string, ExcelJS.CellValue>;
  fmt?: string;
}

const variants: Variant[] = [];

beforeAll(async () => {
  const all = [
    ...OFFSETS.map((o) => ({ name: `offset${o}`, value: (c: string) => valueFor(c, o), fmt: undefined as string | undefined })),
    ...EXTRA,
  ];
  for (const v of all) {
    const wb = buildTemplateWorkbook(laiChau2023, { level: 'province' });
    const ws = wb.worksheets[0];
    const values: Record<string, ExcelJS.CellValue> = {};
    for (const ind of judged) {
      const cell = ws.getCell(plan.rowOf[ind.code], ACTUAL_COL);
      cell.value = v.value(ind.code);
      if (v.fmt) cell.numFmt = v.fmt;
      values[ind.code] = cell.value;
    }
    const file = join(dir, `${v.name}.xlsx`);
    await wb.xlsx.writeFile(file);
    variants.push({ name: v.name, file, values, fmt: v.fmt });
  }
  const outs = recalculate(
    variants.map((v) => v.file),
    join(dir, 'out'),
  );
  variants.forEach((v, i) => (v.file = outs[i]));
}, 300000);

test('LibreOffice recalculated every file', () => {
  for (const v of variants) expect(existsSync(v.file)).toBe(true);
});

test('every Đánh giá cell shows what the rule decides, and definite colours are core statuses', async () => {
  let compared = 0;
  for (const v of variants) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(v.file);
    const ws = wb.worksheets[0];
    for (const ind of judged) {
      const row = plan.rowOf[ind.code];
      const shown = ws.getCell(row, VERDICT_COL).value as ExcelJS.CellFormulaValue;
      const label = shown && typeof shown === 'object' && 'result' in shown ? shown.result : shown;
      const raw = v.values[ind.code] as number | string | null;
      const target = typeof ind.target === 'number' ? ind.target : null;
      const verdict = verdictFromLabel(label);
      expect({ variant: v.name, code: ind.code, verdict }).toEqual({ variant: v.name, code: ind.code, verdict: formulaVerdict(ind, raw, target) });
      const core = evaluateIndicator(ind, { value: raw, ...(v.fmt ? { numberFormat: v.fmt } : {}) }, { locale: 'vi-VN' }).status;
      if (verdict === 'met' || verdict === 'not_met' || verdict === 'missing') {
        expect({ variant: v.name, code: ind.code, status: verdict }).toEqual({ variant: v.name, code: ind.code, status: core });
      } else {
        // Amber: only where a formula cannot see what core sees (text, a percent stored as 0,523).
        expect({ variant: v.name, code: ind.code, verdict }).toEqual({ variant: v.name, code: ind.code, verdict: 'check' });
        const formulaBlind = typeof raw === 'string' || (v.fmt === '0.0%' && ind.valueKind === 'percent') || ind.valueKind === 'pass_fail';
        expect({ variant: v.name, code: ind.code, formulaBlind }).toEqual({ variant: v.name, code: ind.code, formulaBlind: true });
      }
      compared++;
    }
  }
  expect(compared).toBe(variants.length * judged.length);
});

test('So với KH (%) is the value as a percentage of the plan', async () => {
  const v = variants.find((x) => x.name === 'offset0')!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(v.file);
  const ws = wb.worksheets[0];
  const ratio = ws.getCell(plan.rowOf.BUDGET_REVENUE, RATIO_COL).value as ExcelJS.CellFormulaValue;
  expect(ratio.result).toBe(100);
});
