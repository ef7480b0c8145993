import { HyperFormula } from 'hyperformula';
import { evaluateIndicator } from '../../src/core/evaluate';
import { formulaVerdict, isMet, ratioToPlanFormula, verdictFormula, verdictFromLabel } from '../../src/core/rules';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { Indicator } from '../../src/core/types';

const base: Omit<Indicator, 'code' | 'rule' | 'target' | 'decimals'> = {
  group: 'economy',
  name: { vi: 'Thử', en: 'Test' },
  unit: { vi: 'tiêu chí/xã', en: 'criteria/commune' },
  valueKind: 'number',
  consolidation: { kind: 'sum' },
};
const atLeast: Indicator = { ...base, code: 'T_AT_LEAST', rule: 'at_least', target: 13.9, decimals: 1 };
const atMost: Indicator = { ...base, code: 'T_AT_MOST', rule: 'at_most', target: 5, decimals: 1 };
const about: Indicator = { ...base, code: 'T_ABOUT', rule: 'about', target: 9, decimals: 1, valueKind: 'percent', unit: { vi: '%', en: '%' } };
const aboutTol: Indicator = { ...about, code: 'T_ABOUT_TOL', tolerance: 0.5 };
const range: Indicator = { ...base, code: 'T_RANGE', rule: 'range', target: [15, 18], decimals: 0 };
const maintain: Indicator = { ...base, code: 'T_MAINTAIN', rule: 'maintain', target: 'pass', decimals: 0, valueKind: 'pass_fail' };
const vi = { locale: 'vi-VN' as const };

describe('rules decide met / not met on the displayed precision', () => {
  test('13,86 shows as 13,9 and meets 13,9; 13,84 shows as 13,8 and does not', () => {
    expect(evaluateIndicator(atLeast, { value: 13.86 }, vi).status).toBe('met');
    expect(evaluateIndicator(atLeast, { value: 13.84 }, vi).status).toBe('not_met');
    expect(evaluateIndicator(atLeast, { value: 13.85 }, vi).status).toBe('met');
  });
  test('the reason says what was compared, with rounding shown', () => {
    expect(evaluateIndicator(atLeast, { value: 13.86 }, vi).reason.vi).toBe('13,86 → 13,9 tiêu chí/xã ≥ 13,9 tiêu chí/xã');
    expect(evaluateIndicator(atLeast, { value: 12 }, vi).reason.en).toBe('12.0 criteria/commune < 13.9 criteria/commune');
  });
  test('at most', () => {
    expect(evaluateIndicator(atMost, { value: 5.04 }, vi).status).toBe('met');
    expect(evaluateIndicator(atMost, { value: 5.05 }, vi).status).toBe('not_met');
  });
  test('about: at least the target, or within the tolerance', () => {
    expect(evaluateIndicator(about, { value: 9 }, vi).status).toBe('met');
    expect(evaluateIndicator(about, { value: 8.94 }, vi).status).toBe('not_met');
    expect(evaluateIndicator(aboutTol, { value: 8.5 }, vi).status).toBe('met');
    expect(evaluateIndicator(aboutTol, { value: 8.44 }, vi).status).toBe('not_met');
    expect(evaluateIndicator(about, { value: 9.2 }, vi).reason.vi).toBe('9,2 % ≥ khoảng 9,0 %');
  });
  test('range includes both ends', () => {
    expect(evaluateIndicator(range, { value: 15 }, vi).status).toBe('met');
    expect(evaluateIndicator(range, { value: 18 }, vi).status).toBe('met');
    expect(evaluateIndicator(range, { value: 14 }, vi).status).toBe('not_met');
    expect(evaluateIndicator(range, { value: 19 }, vi).status).toBe('not_met');
    expect(evaluateIndicator(range, { value: 14.5 }, vi).status).toBe('met'); // shown as 15
  });
  test('maintain: Đạt / Có / Yes meet; Không đạt does not; anything else is invalid', () => {
    expect(evaluateIndicator(maintain, { value: 'Đạt' }, vi).status).toBe('met');
    expect(evaluateIndicator(maintain, { value: 'có' }, vi).status).toBe('met');
    expect(evaluateIndicator(maintain, { value: 'Yes' }, vi).status).toBe('met');
    expect(evaluateIndicator(maintain, { value: 'Không đạt' }, vi).status).toBe('not_met');
    expect(evaluateIndicator(maintain, { value: 'tốt' }, vi).status).toBe('invalid');
    expect(evaluateIndicator(maintain, { value: null }, vi).status).toBe('missing');
  });
  test('statuses: missing, invalid, no_target', () => {
    for (const blank of [null, '', '-', '—', 'N/A']) expect(evaluateIndicator(atLeast, { value: blank }, vi).status).toBe('missing');
    const bad = evaluateIndicator(atLeast, { value: 'mười ba' }, vi);
    expect(bad.status).toBe('invalid');
    expect(bad.reason.vi).toContain('mười ba');
    expect(evaluateIndicator({ ...atLeast, target: undefined }, { value: 14 }, vi).status).toBe('no_target');
    expect(evaluateIndicator(atLeast, { value: 14 }, { ...vi, target: null }).status).toBe('no_target');
  });
  test('a sheet target overrides the catalogue target', () => {
    expect(evaluateIndicator(atLeast, { value: 13 }, { ...vi, target: 12 }).status).toBe('met');
  });
  test('Vietnamese text and percent cells are read before judging', () => {
    const forest = laiChau2023.indicators.find((i) => i.code === 'FOREST_COVER')!;
    expect(evaluateIndicator(forest, { value: '52,3' }, vi).status).toBe('met');
    expect(evaluateIndicator(forest, { value: 0.523, numberFormat: '0.0%' }, vi).status).toBe('met');
    expect(evaluateIndicator(forest, { value: 0.521, numberFormat: '0.0%' }, vi).reason.vi).toBe('52,1 % < 52,3 %');
    const budget = laiChau2023.indicators.find((i) => i.code === 'BUDGET_REVENUE')!;
    const amb = evaluateIndicator(budget, { value: '2.450' }, vi);
    expect(amb.status).toBe('met');
    expect(amb.value).toBe(2450);
    expect(amb.warning?.vi).toBeDefined();
  });
});

describe('every indicator of the 2023 catalogue is judged against its own target', () => {
  const judged = laiChau2023.indicators.filter((i) => i.rule !== 'none');
  test.each(judged.map((i) => [i.code, i] as const))('%s', (_code, ind) => {
    if (ind.rule === 'maintain') {
      expect(evaluateIndicator(ind, { value: 'Đạt' }, vi).status).toBe('met');
      expect(evaluateIndicator(ind, { value: 'Không đạt' }, vi).status).toBe('not_met');
      return;
    }
    const t = Array.isArray(ind.target) ? ind.target[0] : (ind.target as number);
    const step = 10 ** -ind.decimals;
    expect(evaluateIndicator(ind, { value: t }, vi).status).toBe('met');
    expect(evaluateIndicator(ind, { value: t - step }, vi).status).toBe('not_met');
    expect(evaluateIndicator(ind, { value: t - step * 0.4 }, vi).status).toBe('met'); // rounds up to the target
    expect(evaluateIndicator(ind, { value: t - step * 0.6 }, vi).status).toBe('not_met');
  });
});

describe('the Excel formula and core decide the same (HyperFormula evaluates the formula)', () => {
  const indicators = [atLeast, atMost, about, aboutTol, range, maintain, ...laiChau2023.indicators.filter((i) => i.rule !== 'none')];
  const values: (number | string | null)[] = [null, '-', 'N/A', 'abc', 'Đạt', 'Không đạt', 'có', 0, 0.5];
  for (const ind of indicators) {
    if (typeof ind.target === 'number') for (const d of [-1, -0.6, -0.5, -0.4, -0.04, 0, 0.04, 0.5, 1]) values.push(Number((ind.target + d * 10 ** -ind.decimals).toFixed(6)));
  }
  test.each(indicators.map((i) => [i.code, i] as const))('%s', (_c, ind) => {
    const target = typeof ind.target === 'number' ? ind.target : null;
    const sheet = values.map((v, i) => [v, target, verdictFormula(ind, 'vi', { value: `A${i + 1}`, target: `B${i + 1}` })!, ratioToPlanFormula(ind, { value: `A${i + 1}`, target: `B${i + 1}` }) ?? null]);
    const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
    sheet.forEach((row, i) => {
      const shown = hf.getCellValue({ sheet: 0, row: i, col: 2 });
      const expected = formulaVerdict(ind, row[0] as number | string | null, target);
      expect({ value: row[0], verdict: verdictFromLabel(shown) }).toEqual({ value: row[0], verdict: expected });
      // Where the formula shows a definite status for a number, it is core's status.
      if (typeof row[0] === 'number' && (expected === 'met' || expected === 'not_met')) {
        expect(evaluateIndicator(ind, { value: row[0] }, vi).status).toBe(expected);
      }
    });
    hf.destroy();
  });

  test('a percent typed as "52,3%" (stored 0,523) makes the formula ask for a check, never a wrong red', () => {
    const forest = laiChau2023.indicators.find((i) => i.code === 'FOREST_COVER')!;
    expect(formulaVerdict(forest, 0.523, 52.3)).toBe('check');
    expect(evaluateIndicator(forest, { value: 0.523, numberFormat: '0.0%' }, vi).status).toBe('met');
  });
  test('text that core can read is amber in the sheet, decided by the check', () => {
    expect(formulaVerdict(atLeast, '13,9', 13.9)).toBe('check');
    expect(evaluateIndicator(atLeast, { value: '13,9' }, vi).status).toBe('met');
  });
  test('isMet needs a target for one-number rules', () => {
    expect(isMet(atLeast, 20, undefined)).toBeUndefined();
    expect(isMet(atLeast, 20, 13.9)).toBe(true);
  });
});
