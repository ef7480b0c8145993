import fc from 'fast-check';
import {
  FAIL_WORDS,
  MISSING_MARKERS,
  NumberReading,
  PASS_WORDS,
  ReadOptions,
  formatNumber,
  isMissingMarker,
  readNumber,
  readPassFail,
  roundHalfAwayFromZero,
} from '../../src/core/numbers';
import { Bilingual, CellInput, NumberLocale } from '../../src/core/types';

const VI: ReadOptions = { locale: 'vi-VN', valueKind: 'number' };
const EN: ReadOptions = { locale: 'en-US', valueKind: 'number' };
const VI_PCT: ReadOptions = { locale: 'vi-VN', valueKind: 'percent', unit: { vi: '%', en: '%' } };
const EN_PCT: ReadOptions = { locale: 'en-US', valueKind: 'percent', unit: { vi: '%', en: '%' } };
const MONEY: Bilingual = { vi: 'triệu đồng', en: 'million VND' };

const text = (value: string): CellInput => ({ value });
const read = (value: CellInput['value'], opts: ReadOptions, numberFormat?: string) =>
  readNumber(numberFormat === undefined ? { value } : { value, numberFormat }, opts);

/** The value of a reading that must be a number; fails the test otherwise. */
function valueOf(r: NumberReading): number {
  if (r.kind !== 'number') throw new Error(`expected a number, got ${JSON.stringify(r)}`);
  return r.value;
}

function reasonOf(r: { kind: string; reason?: Bilingual }): Bilingual {
  if (r.kind !== 'invalid' || !r.reason) throw new Error(`expected invalid, got ${JSON.stringify(r)}`);
  return r.reason;
}

/** A plain reading: a number with no ambiguity and no other-locale warning. */
function expectPlain(r: NumberReading, value: number): void {
  expect(r).toEqual({ kind: 'number', value });
  expect(r.kind === 'number' && (r.ambiguous || r.otherLocale)).toBeFalsy();
}

// ---------------------------------------------------------------- missing

describe('missing values', () => {
  it.each([null, '', '   ', '\u00A0', '\u202F\t', '-', '—', '–', 'N/A', 'n/a', 'NA', 'na', '...', '…', 'x', 'X', ' Chưa có số liệu '])(
    '%p is missing',
    (value) => {
      expect(read(value, VI)).toEqual({ kind: 'missing' });
      expect(read(value, EN_PCT)).toEqual({ kind: 'missing' });
    },
  );

  it('isMissingMarker compares trimmed and case-insensitively', () => {
    expect(isMissingMarker(' n/A ')).toBe(true);
    expect(isMissingMarker('\u00A0—\u00A0')).toBe(true);
    expect(isMissingMarker('không có số liệu'.normalize('NFD'))).toBe(true);
    expect(isMissingMarker('0')).toBe(false);
    expect(isMissingMarker('Không')).toBe(false);
    expect(isMissingMarker('-1')).toBe(false);
  });

  it('the marker list includes the ones the design names', () => {
    for (const m of ['', '-', '—', '–', 'N/A', 'n/a', 'NA']) expect(MISSING_MARKERS).toContain(m);
  });

  it('an undefined value (a careless adapter) is missing too, not a crash', () => {
    expect(readNumber({} as CellInput, VI)).toEqual({ kind: 'missing' });
  });
});

// ---------------------------------------------------------------- number cells

describe('cells that hold a number', () => {
  it('are used as they are', () => {
    expectPlain(read(52.3, VI), 52.3);
    expectPlain(read(2450, EN), 2450);
    expectPlain(read(-3.6, VI_PCT), -3.6);
    expect(Object.is(valueOf(read(-0, VI)), 0)).toBe(true);
  });

  it('a percent-formatted cell of a percent indicator is read as its percentage, without float noise', () => {
    expect(0.523 * 100).not.toBe(52.3); // the noise the reader must clean
    expectPlain(read(0.523, VI_PCT, '0.0%'), 52.3);
    expectPlain(read(0.523, EN_PCT, '0.0%'), 52.3);
    expectPlain(read(0.5, VI_PCT, '0%'), 50);
    expectPlain(read(0.12345, VI_PCT, '#,##0.00%'), 12.345);
    expectPlain(read(0.029, VI_PCT, '0.0%'), 2.9);
    expectPlain(read(1.1, VI_PCT, '0%'), 110);
    expectPlain(read(-0.036, VI_PCT, '0.0%;-0.0%'), -3.6);
    expectPlain(read(0.036, VI_PCT, '[Color10]0.0%'), 3.6);
  });

  it('a % that is quoted, escaped or inside brackets does not make a percent format', () => {
    expectPlain(read(0.523, VI_PCT, '0.0"%"'), 0.523);
    expectPlain(read(0.523, VI_PCT, '0.0\\%'), 0.523);
    expectPlain(read(0.523, VI_PCT, '0.0_%'), 0.523);
    expectPlain(read(0.523, VI_PCT, '[$%-409]0.0'), 0.523);
    expectPlain(read(0.523, VI_PCT, 'General'), 0.523);
    expectPlain(read(0.523, VI_PCT, '0.0'), 0.523);
    expectPlain(read(0.523, VI_PCT), 0.523);
  });

  it('a percent format on a non-percent indicator does not rescale', () => {
    expectPlain(read(0.523, VI, '0.0%'), 0.523);
  });

  it('non-finite numbers and booleans are invalid', () => {
    expect(reasonOf(read(NaN, VI)).en).toContain('NaN');
    expect(reasonOf(read(Infinity, VI)).vi).toContain('Infinity');
    expect(read(-Infinity, VI_PCT, '0%').kind).toBe('invalid');
    expect(read(1e308, VI_PCT, '0%').kind).toBe('invalid'); // ×100 overflows
    const t = reasonOf(read(true, VI));
    expect(t.vi).toContain('TRUE');
    expect(t.en).toContain('TRUE');
    expect(reasonOf(read(false, EN)).en).toContain('FALSE');
  });
});

// ---------------------------------------------------------------- text, vi-VN

describe('text read under vi-VN', () => {
  it.each<[string, number]>([
    ['52,9', 52.9],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['-3,6', -3.6],
    ['\u22123,6', -3.6],
    ['+5', 5],
    ['0', 0],
    ['0,5', 0.5],
    [',5', 0.5],
    ['007', 7],
    ['2450', 2450],
    ['2 450', 2450],
    ['2\u00A0450', 2450],
    ['2\u202F450,5', 2450.5],
    ['1 234 567,5', 1234567.5],
    ['  52,9  ', 52.9],
  ])('%p → %p with no warning', (input, expected) => {
    expectPlain(read(input, VI), expected);
  });

  it('"-0" reads as 0, not -0', () => {
    expect(Object.is(valueOf(read('-0', VI)), 0)).toBe(true);
  });
});

describe('text read under en-US', () => {
  it.each<[string, number]>([
    ['52.9', 52.9],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['-3.6', -3.6],
    ['\u22123.6', -3.6],
    ['.5', 0.5],
    ['0.5', 0.5],
    ['2 450', 2450],
    ['2 450.5', 2450.5],
  ])('%p → %p with no warning', (input, expected) => {
    expectPlain(read(input, EN), expected);
  });
});

// ---------------------------------------------------------------- ambiguity

describe('text whose meaning differs between the locales', () => {
  it('"2.450" is 2450 under vi-VN, reported with both readings', () => {
    const r = read('2.450', VI);
    expect(r).toMatchObject({ kind: 'number', value: 2450 });
    if (r.kind !== 'number' || !r.ambiguous) throw new Error('not ambiguous');
    expect(r.ambiguous.readings).toEqual([
      { locale: 'vi-VN', value: 2450 },
      { locale: 'en-US', value: 2.45 },
    ]);
    expect(r.ambiguous.message.vi).toBe(
      '"2.450" đọc theo kiểu Việt Nam là 2.450, theo kiểu tiếng Anh là 2,45; đang dùng 2.450 (kiểu Việt Nam). Hãy kiểm tra lại.',
    );
    expect(r.ambiguous.message.en).toBe(
      '"2.450" reads as 2,450 in Vietnamese style but 2.45 in English style; taken as 2,450 (Vietnamese style). Please check.',
    );
    expect(r.otherLocale).toBeUndefined();
  });

  it('"2.450" is 2.45 under en-US', () => {
    const r = read('2.450', EN);
    expect(r).toMatchObject({ kind: 'number', value: 2.45 });
    expect(r.kind === 'number' && r.ambiguous?.readings).toEqual([
      { locale: 'en-US', value: 2.45 },
      { locale: 'vi-VN', value: 2450 },
    ]);
  });

  it('under en-US the message names the English reading as the one taken', () => {
    const r = read('2,450', { locale: 'en-US', valueKind: 'number' });
    expect(r.kind === 'number' && r.ambiguous?.message).toEqual({
      vi: '"2,450" đọc theo kiểu Việt Nam là 2,45, theo kiểu tiếng Anh là 2.450; đang dùng 2.450 (kiểu tiếng Anh). Hãy kiểm tra lại.',
      en: '"2,450" reads as 2.45 in Vietnamese style but 2,450 in English style; taken as 2,450 (English style). Please check.',
    });
  });

  it('"2,450": vi-VN 2.45, en-US 2450', () => {
    expect(read('2,450', VI)).toMatchObject({ kind: 'number', value: 2.45, ambiguous: { readings: [{ locale: 'vi-VN', value: 2.45 }, { locale: 'en-US', value: 2450 }] } });
    expect(read('2,450', EN)).toMatchObject({ kind: 'number', value: 2450, ambiguous: { readings: [{ locale: 'en-US', value: 2450 }, { locale: 'vi-VN', value: 2.45 }] } });
  });

  it('"1,234" and "-1.500" are ambiguous too', () => {
    expect(read('1,234', VI)).toMatchObject({ value: 1.234, ambiguous: { readings: [{}, { value: 1234 }] } });
    expect(read('-1.500', VI)).toMatchObject({ value: -1500, ambiguous: { readings: [{}, { value: -1.5 }] } });
    const en = read('1,234', EN);
    expect(en.kind === 'number' && en.ambiguous?.message.vi).toContain('1.234'); // 1234 written Vietnamese-style
  });

  it('text that reads the same in both locales is not ambiguous', () => {
    expectPlain(read('2 450', VI), 2450);
    expectPlain(read('2 450', EN), 2450);
    expectPlain(read('12', EN), 12);
  });
});

describe('text only the other locale can read', () => {
  it('"52.9" under vi-VN is read English-style, with a warning', () => {
    const r = read('52.9', VI);
    expect(r).toEqual({
      kind: 'number',
      value: 52.9,
      otherLocale: {
        locale: 'en-US',
        message: {
          vi: '"52.9" không phải cách viết số kiểu Việt Nam; đã đọc theo kiểu tiếng Anh là 52,9. Hãy kiểm tra lại.',
          en: '"52.9" is not written in Vietnamese style; read it in English style as 52.9. Please check.',
        },
      },
    });
  });

  it('"1.234,5" under en-US is read Vietnamese-style', () => {
    expect(read('1.234,5', EN)).toMatchObject({ kind: 'number', value: 1234.5, otherLocale: { locale: 'vi-VN' } });
  });

  it.each<[string, ReadOptions, number]>([
    ['1,234.5', VI, 1234.5],
    ['0.500', VI, 0.5], // a grouped number never starts with 0: this is 0.5, not 500
    ['0,500', EN, 0.5],
    ['52,9', EN, 52.9],
    ['2 450,5', EN, 2450.5],
  ])('%p → %p', (input, opts, expected) => {
    const r = read(input, opts);
    expect(r).toMatchObject({ kind: 'number', value: expected, otherLocale: { locale: opts.locale === 'vi-VN' ? 'en-US' : 'vi-VN' } });
    expect(r.kind === 'number' && r.ambiguous).toBeFalsy();
  });
});

// ---------------------------------------------------------------- invalid text

describe('text that is not a number', () => {
  it('says what was found, with examples in the reading locale', () => {
    expect(read('abc', VI)).toEqual({
      kind: 'invalid',
      reason: {
        vi: 'Không đọc được "abc" thành số; hãy nhập số như 52,9 hoặc 2.450',
        en: 'Cannot read "abc" as a number; type a number such as 52,9 or 2.450',
      },
    });
    expect(read('abc', EN)).toEqual({
      kind: 'invalid',
      reason: {
        vi: 'Không đọc được "abc" thành số; hãy nhập số như 52.9 hoặc 2,450',
        en: 'Cannot read "abc" as a number; type a number such as 52.9 or 2,450',
      },
    });
  });

  it.each(['1.23.4', '52,9,1', '1..2', '12 34', '1.2345,6', '1,234.5,6', '- 5', '5-', '1e5', '0x10', 'Infinity', 'NaN', '١٢٣', '2,45.0.1', '.', ',', '+', '12,', '12.'])(
    '%p is invalid in both locales',
    (input) => {
      for (const opts of [VI, EN]) {
        const reason = reasonOf(read(input, opts));
        expect(reason.vi).toContain(`"${input}"`);
        expect(reason.en).toContain(`"${input}"`);
      }
    },
  );

  it('an Excel error value is named as such', () => {
    expect(read('#DIV/0!', VI)).toEqual({
      kind: 'invalid',
      reason: {
        vi: 'Ô đang báo lỗi Excel #DIV/0!; hãy sửa công thức hoặc nhập số',
        en: 'The cell shows the Excel error #DIV/0!; fix the formula or type a number',
      },
    });
    expect(reasonOf(read('#n/a', VI)).en).toContain('#N/A');
  });

  it('reasons quote a long text shortened and never name a cell', () => {
    const long = 'Năm nay đạt khoảng năm mươi hai phẩy chín phần trăm so với kế hoạch';
    const reason = reasonOf(read(long, VI));
    expect(reason.vi).toContain('"Năm nay đạt khoảng năm mươi hai phẩy ch…"');
    for (const r of [reason, reasonOf(read('abc', EN)), reasonOf(read(true, VI)), reasonOf(read('52,3%', VI))]) {
      expect(r.vi).not.toMatch(/\b[A-Z]{1,3}[0-9]+\b/);
      expect(r.en).not.toMatch(/\b[A-Z]{1,3}[0-9]+\b/);
    }
  });
});

// ---------------------------------------------------------------- units and %

describe('a trailing unit', () => {
  const withMoney = (locale: NumberLocale): ReadOptions => ({ locale, valueKind: 'number', unit: MONEY });

  it.each<[string, number]>([
    ['52,9 triệu đồng', 52.9],
    ['52,9 Triệu Đồng', 52.9],
    ['52,9triệu đồng', 52.9],
    ['52,9 triệu\u00A0đồng', 52.9],
    ['52,9 million VND', 52.9],
    ['1.234,5 MILLION vnd', 1234.5],
    ['52,9 triệu đồng'.normalize('NFD'), 52.9],
  ])('%p → %p under vi-VN', (input, expected) => {
    expectPlain(read(input, withMoney('vi-VN')), expected);
  });

  it('unit text keeps the locale rules for the number', () => {
    expect(read('52.9 million VND', withMoney('vi-VN'))).toMatchObject({ value: 52.9, otherLocale: { locale: 'en-US' } });
    expect(read('2.450 triệu đồng', withMoney('vi-VN'))).toMatchObject({ value: 2450, ambiguous: {} });
    expectPlain(read('1,234.5 million VND', withMoney('en-US')), 1234.5);
  });

  it('a different word after the number is invalid and the reason names both', () => {
    expect(read('52,9 tỷ đồng', withMoney('vi-VN'))).toEqual({
      kind: 'invalid',
      reason: {
        vi: 'Không đọc được "52,9 tỷ đồng": sau số là "tỷ đồng", không phải đơn vị của chỉ tiêu (triệu đồng); hãy chỉ nhập số, ví dụ 52,9',
        en: 'Cannot read "52,9 tỷ đồng": the number is followed by "tỷ đồng", which is not this indicator\'s unit (million VND); type just the number, e.g. 52,9',
      },
    });
    const noUnit = reasonOf(read('52,9 người', VI));
    expect(noUnit.vi).toContain('sau số có thêm "người"');
    expect(noUnit.en).toContain('the number is followed by "người"');
    expect(read('triệu đồng', withMoney('vi-VN')).kind).toBe('invalid');
    expect(read('52,9 triệu đồng nữa', withMoney('vi-VN')).kind).toBe('invalid');
  });

  it('a unit made only of digits is not stripped from the number', () => {
    expectPlain(read('520', { locale: 'vi-VN', valueKind: 'number', unit: { vi: '0', en: '0' } }), 520);
  });

  it('a unit ending in % is taken whole ("điểm %")', () => {
    const points: ReadOptions = { locale: 'vi-VN', valueKind: 'percent', unit: { vi: 'điểm %', en: 'percentage points' } };
    expectPlain(read('3,6 điểm %', points), 3.6);
    expectPlain(read('3,6 điểm%', points), 3.6);
    expectPlain(read('3,6 %', points), 3.6);
    expectPlain(read('3.6 percentage points', { ...points, locale: 'en-US' }), 3.6);
  });
});

describe('a trailing % sign', () => {
  it.each<[string, ReadOptions, number]>([
    ['52,3%', VI_PCT, 52.3],
    ['52,3 %', VI_PCT, 52.3],
    ['52,3\u00A0%', VI_PCT, 52.3],
    ['-3,6%', VI_PCT, -3.6],
    ['52.3%', EN_PCT, 52.3],
    ['52,3%', { locale: 'vi-VN', valueKind: 'percent' }, 52.3], // no unit given
  ])('%p → %p on a percent indicator', (input, opts, expected) => {
    expectPlain(read(input, opts), expected);
  });

  it('keeps the locale rules: "52.3%" under vi-VN is read English-style', () => {
    expect(read('52.3%', VI_PCT)).toMatchObject({ kind: 'number', value: 52.3, otherLocale: { locale: 'en-US' } });
  });

  it('is invalid on a non-percent indicator, and the reason says so', () => {
    expect(read('52,3%', { locale: 'vi-VN', valueKind: 'number', unit: MONEY })).toEqual({
      kind: 'invalid',
      reason: {
        vi: '"52,3%" có dấu %, nhưng chỉ tiêu này không tính bằng phần trăm; hãy nhập số không kèm %',
        en: '"52,3%" has a % sign, but this indicator is not a percentage; type the number without %',
      },
    });
    expect(read('52.3 %', EN).kind).toBe('invalid');
  });

  it('is accepted on a number indicator whose own unit is %', () => {
    expectPlain(read('52,3%', { locale: 'vi-VN', valueKind: 'number', unit: { vi: '%', en: '%' } }), 52.3);
  });

  it('a percent-formatted cell and the typed text agree', () => {
    expect(valueOf(read(0.523, VI_PCT, '0.0%'))).toBe(valueOf(read('52,3%', VI_PCT)));
  });
});

// ---------------------------------------------------------------- pass / fail

describe('readPassFail', () => {
  it('the word lists hold the words the design names and do not overlap', () => {
    for (const w of ['Đạt', 'Đạt chuẩn', 'Có', 'Yes', 'Pass', 'Met', 'Dat', 'Co']) expect(PASS_WORDS).toContain(w);
    for (const w of ['Không đạt', 'Không', 'No', 'Fail', 'Not met', 'Khong dat', 'Khong']) expect(FAIL_WORDS).toContain(w);
    const norm = (w: string) => w.toLowerCase();
    const pass = new Set(PASS_WORDS.map(norm));
    for (const w of FAIL_WORDS) expect(pass.has(norm(w))).toBe(false);
    for (const m of MISSING_MARKERS) {
      expect(pass.has(norm(m))).toBe(false);
      expect(FAIL_WORDS.map(norm)).not.toContain(norm(m));
    }
  });

  it.each(PASS_WORDS.map((w) => [w]))('%p is pass', (w) => {
    expect(readPassFail(text(w))).toEqual({ kind: 'pass' });
    expect(readPassFail(text(` ${w.toUpperCase()} `))).toEqual({ kind: 'pass' });
    expect(readPassFail(text(w.toLowerCase().normalize('NFD')))).toEqual({ kind: 'pass' });
  });

  it.each(FAIL_WORDS.map((w) => [w]))('%p is fail', (w) => {
    expect(readPassFail(text(w))).toEqual({ kind: 'fail' });
    expect(readPassFail(text(`\u00A0${w.toUpperCase()}\t`))).toEqual({ kind: 'fail' });
  });

  it('spaces inside a phrase are forgiven as Excel TRIM does', () => {
    expect(readPassFail(text('Không   đạt'))).toEqual({ kind: 'fail' });
    expect(readPassFail(text('Không\u00A0đạt'))).toEqual({ kind: 'fail' });
    expect(readPassFail(text('chưa đạt'))).toEqual({ kind: 'fail' });
  });

  it('empty cells and missing markers are missing', () => {
    for (const v of [null, '', '  ', '-', 'N/A', '—']) expect(readPassFail({ value: v })).toEqual({ kind: 'missing' });
  });

  it('anything else is invalid with a reason in both languages', () => {
    expect(readPassFail(text('Đạt 100%'))).toEqual({
      kind: 'invalid',
      reason: {
        vi: 'Không hiểu "Đạt 100%"; hãy nhập Đạt hoặc Không đạt',
        en: 'Cannot read "Đạt 100%" as met or not met; type Đạt (met) or Không đạt (not met)',
      },
    });
    expect(readPassFail({ value: 1 })).toEqual({
      kind: 'invalid',
      reason: {
        vi: 'Ô chứa số 1; chỉ tiêu này cần nhập Đạt hoặc Không đạt',
        en: 'The cell holds the number 1; this indicator needs Đạt (met) or Không đạt (not met)',
      },
    });
    expect(reasonOf(readPassFail({ value: true })).en).toContain('TRUE');
    expect(reasonOf(readPassFail({ value: NaN })).vi).toContain('NaN');
    expect(reasonOf(readPassFail(text('#N/A'))).en).toContain('Excel error #N/A');
    expect(readPassFail(text('Dạt')).kind).toBe('invalid');
  });
});

// ---------------------------------------------------------------- rounding

describe('roundHalfAwayFromZero (Excel ROUND)', () => {
  it.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [13.85, 1, 13.9],
    [-2.5, 0, -3],
    [13.86, 1, 13.9],
    [13.84, 1, 13.8],
    [2.5, 0, 3],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [1.45, 1, 1.5],
    [0.1 + 0.2, 10, 0.3],
    [0.1 + 0.2, 20, 0.3], // Excel sees 15 significant digits
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [0.5, 0, 1],
    [9.995, 2, 10],
    [999999.5, 0, 1000000],
    [123456789012.345, 2, 123456789012.35],
    [1e21, 2, 1e21],
    [1.23e-20, 2, 0],
    [52.3, 1, 52.3],
    [7, 0, 7],
  ])('ROUND(%p; %p) = %p', (x, d, expected) => {
    expect(roundHalfAwayFromZero(x, d)).toBe(expected);
  });

  it('never gives -0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.004, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
  });

  it('leaves non-finite values alone', () => {
    expect(roundHalfAwayFromZero(NaN, 1)).toBeNaN();
    expect(roundHalfAwayFromZero(Infinity, 1)).toBe(Infinity);
  });

  it('property: the result is within half a unit of the last kept place and is odd-symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundHalfAwayFromZero(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 1e-14);
        expect(roundHalfAwayFromZero(-x, d)).toBe(r === 0 ? 0 : -r);
        expect(roundHalfAwayFromZero(r, d)).toBe(r); // idempotent
      }),
    );
  });
});

// ---------------------------------------------------------------- formatting

describe('formatNumber', () => {
  it.each<[number, NumberLocale, number | undefined, string]>([
    [2450, 'vi-VN', undefined, '2.450'],
    [52.9, 'vi-VN', undefined, '52,9'],
    [-3.6, 'vi-VN', undefined, '-3,6'],
    [2450, 'en-US', undefined, '2,450'],
    [52.9, 'en-US', undefined, '52.9'],
    [1234567.891, 'vi-VN', undefined, '1.234.567,891'],
    [1234567.891, 'en-US', undefined, '1,234,567.891'],
    [1234.5, 'vi-VN', 2, '1.234,50'],
    [1234.5, 'en-US', 0, '1,235'],
    [13.85, 'vi-VN', 1, '13,9'],
    [1.005, 'en-US', 2, '1.01'],
    [-2.5, 'en-US', 0, '-3'],
    [0.1 + 0.2, 'vi-VN', undefined, '0,3'],
    [1 / 3, 'en-US', undefined, '0.3333333333'],
    [2 / 3, 'vi-VN', undefined, '0,6666666667'],
    [-0.004, 'vi-VN', 2, '0,00'],
    [-0, 'en-US', undefined, '0'],
    [0, 'vi-VN', 3, '0,000'],
    [1e12, 'en-US', undefined, '1,000,000,000,000'],
    [1e21, 'vi-VN', undefined, '1.000.000.000.000.000.000.000'],
    [1e-11, 'vi-VN', undefined, '0'],
    [999.9996, 'vi-VN', 3, '1.000,000'],
    [1250, 'vi-VN', -2, '1.300'],
    [100, 'vi-VN', undefined, '100'],
  ])('formatNumber(%p, %p, %p) = %p', (n, locale, decimals, expected) => {
    expect(formatNumber(n, locale, decimals)).toBe(expected);
  });

  it('writes non-finite values recognisably', () => {
    expect(formatNumber(NaN, 'vi-VN')).toBe('NaN');
    expect(formatNumber(-Infinity, 'en-US')).toBe('-∞');
  });
});

// ---------------------------------------------------------------- properties

const locales = fc.constantFrom<NumberLocale>('vi-VN', 'en-US');
const valueKinds = fc.constantFrom<ReadOptions['valueKind']>('number', 'percent', 'pass_fail');
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((x) => Math.abs(x) < 1e12);
/** Strings made of what numbers are written with, so the grammar itself is exercised. */
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.,  -+−%\u00A0e'.split('')), maxLength: 14 });
const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), numberish);
const units = fc.option(fc.record({ vi: fc.string(), en: fc.string() }), { nil: undefined });
const formats = fc.option(fc.oneof(fc.string(), fc.constantFrom('0%', '0.0%', '"%"0', '\\%0', '[Red]0%', '"', '[')), { nil: undefined });
const anyCellValue = fc.oneof(anyText, fc.double(), fc.boolean(), fc.constant(null), fc.anything());

const isKnownKind = (r: { kind: string }) => ['number', 'missing', 'invalid', 'pass', 'fail'].includes(r.kind);

describe('properties', () => {
  it('(1) formatting with a locale and decimals, then reading back in that locale, gives the rounded number', () => {
    fc.assert(
      fc.property(finite, locales, fc.integer({ min: 0, max: 6 }), (x, locale, d) => {
        const shown = formatNumber(x, locale, d);
        const r = readNumber({ value: shown }, { locale, valueKind: 'number' });
        expect(r.kind).toBe('number');
        expect(r.kind === 'number' && r.otherLocale).toBeFalsy();
        expect(valueOf(r)).toBe(roundHalfAwayFromZero(x, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('(1b) the same for numbers with up to 6 decimals written without a fixed count, with a % on percent indicators', () => {
    const sixDecimals = fc
      .tuple(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), fc.integer({ min: 0, max: 999_999 }))
      .map(([i, f]) => Number(`${i}.${String(f).padStart(6, '0')}`));
    fc.assert(
      fc.property(sixDecimals, locales, (x, locale) => {
        const shown = formatNumber(x, locale) + ' %';
        const r = readNumber({ value: shown }, { locale, valueKind: 'percent' });
        expect(valueOf(r)).toBe(roundHalfAwayFromZero(x, 6));
      }),
    );
  });

  it('text written in one locale and read in the other is never silently wrong', () => {
    fc.assert(
      fc.property(finite, locales, fc.integer({ min: 0, max: 6 }), (x, written, d) => {
        const shown = formatNumber(x, written, d);
        const expected = roundHalfAwayFromZero(x, d);
        const readIn: NumberLocale = written === 'vi-VN' ? 'en-US' : 'vi-VN';
        const r = readNumber({ value: shown }, { locale: readIn, valueKind: 'number' });
        if (r.kind !== 'number') throw new Error(`"${shown}" unreadable under ${readIn}`);
        if (r.value !== expected) {
          // a different value is only allowed when the person is told, with the right reading in the list
          expect(r.ambiguous?.readings).toContainEqual({ locale: written, value: expected });
        } else if (r.otherLocale) {
          expect(r.otherLocale.locale).toBe(written);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('ambiguity is symmetric: what is ambiguous under one locale is ambiguous under the other, readings swapped', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const vi = readNumber({ value: s }, VI);
        const en = readNumber({ value: s }, EN);
        const viAmb = vi.kind === 'number' ? vi.ambiguous : undefined;
        const enAmb = en.kind === 'number' ? en.ambiguous : undefined;
        expect(Boolean(viAmb)).toBe(Boolean(enAmb));
        if (viAmb && enAmb) expect(enAmb.readings).toEqual([...viAmb.readings].reverse());
      }),
      { numRuns: 3000 },
    );
  });

  it('(2) readNumber and readPassFail never throw, for any string or value', () => {
    fc.assert(
      fc.property(anyCellValue, formats, locales, valueKinds, units, (value, numberFormat, locale, valueKind, unit) => {
        const cell = { value, numberFormat } as CellInput;
        const r = readNumber(cell, { locale, valueKind, unit });
        const p = readPassFail(cell);
        expect(isKnownKind(r)).toBe(true);
        expect(isKnownKind(p)).toBe(true);
        for (const reading of [r, p]) {
          if (reading.kind === 'invalid') {
            expect(reading.reason.vi.length).toBeGreaterThan(0);
            expect(reading.reason.en.length).toBeGreaterThan(0);
            expect(reading.reason.en).not.toContain('internal error'); // the safety net never fired
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('(2b) they do not throw for a cell that is not even an object', () => {
    fc.assert(
      fc.property(fc.anything(), locales, (cell, locale) => {
        expect(() => readNumber(cell as CellInput, { locale, valueKind: 'percent' })).not.toThrow();
        expect(() => readPassFail(cell as CellInput)).not.toThrow();
      }),
    );
  });

  it('(3) a reading’s value is always finite, also in its list of readings', () => {
    const hugeDigits = fc.integer({ min: 300, max: 400 }).map((n) => '9'.repeat(n));
    fc.assert(
      fc.property(
        fc.oneof(anyText, hugeDigits, fc.double(), fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e307)),
        formats,
        locales,
        valueKinds,
        (value, numberFormat, locale, valueKind) => {
          const r = readNumber({ value, numberFormat }, { locale, valueKind, unit: MONEY });
          if (r.kind === 'number') {
            expect(Number.isFinite(r.value)).toBe(true);
            for (const alt of r.ambiguous?.readings ?? []) expect(Number.isFinite(alt.value)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
