// The meeting summary and the dashboard data, from sheets checked by the real check: a template's
// sheet plan as a grid, values typed into its `Thực hiện` cells.
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { checkIndicatorTable, CheckReport } from '../../src/core/check';
import { indicatorSheetPlan } from '../../src/core/layout';
import { Grid, findIndicatorTable } from '../../src/core/sheet';
import { dashboardData, formatMeetingDate, meetingSummary, shortenName } from '../../src/core/summary';
import { Catalogue, CellInput } from '../../src/core/types';

const ACTUAL_COL = 6; // `Thực hiện <year>` (1-based), as the sheet plan lays it out
const plan = indicatorSheetPlan(laiChau2023, { level: 'province' });
const judgedCodes = laiChau2023.indicators.filter((i) => !i.parentCode).map((i) => i.code);

/** Every indicator at its target (met), then the given cells typed over it. */
function atTarget(): Record<string, CellInput['value']> {
  const v: Record<string, CellInput['value']> = {};
  for (const ind of laiChau2023.indicators) {
    if (ind.parentCode) continue;
    v[ind.code] = ind.target === 'pass' ? 'Đạt' : (ind.target as number);
  }
  return v;
}

function check(values: Record<string, CellInput['value']>, catalogue: Catalogue = laiChau2023): CheckReport {
  const grid: Grid = plan.cells.map((row) => row.map((v) => ({ value: v ?? null }) as CellInput));
  for (const [code, value] of Object.entries(values)) {
    const r = plan.rowOf[code];
    expect(r).toBeDefined();
    while (grid[r - 1].length < ACTUAL_COL) grid[r - 1].push({ value: null });
    grid[r - 1][ACTUAL_COL - 1] = { value };
  }
  return checkIndicatorTable(findIndicatorTable(plan.name, grid), catalogue, { locale: 'vi-VN', lang: 'vi' });
}

const NOTHING: Record<string, CellInput['value']> = {};

describe('all met', () => {
  const report = check(atTarget());

  test('the check agrees: every indicator met', () => {
    expect(report.counts.met).toBe(judgedCodes.length);
  });

  test('one sentence, in both languages', () => {
    const vi = meetingSummary(report, laiChau2023, { lang: 'vi' });
    expect(vi.sentences).toEqual([`Cả ${judgedCodes.length} chỉ tiêu đều đạt kế hoạch.`]);
    expect(vi.notMet).toEqual([]);
    expect(vi.missingSentence).toBeUndefined();
    const en = meetingSummary(report, laiChau2023, { lang: 'en' });
    expect(en.text).toBe(`All ${judgedCodes.length} indicators met their targets.`);
  });

  test('every bar is at 100 % of its target and green; nothing in the not-met table', () => {
    const d = dashboardData(report, laiChau2023, { lang: 'vi' });
    expect(d.notMet).toEqual([]);
    const items = d.groups.flatMap((g) => g.items);
    expect(items.map((i) => i.code)).toEqual(judgedCodes);
    for (const i of items) {
      expect(i.status).toBe('met');
      expect(i.statusText).toBe('Đạt');
      if (i.code === 'PRESCHOOL_5Y') expect(i.percentOfTarget).toBeNull();
      else expect([i.code, i.percentOfTarget]).toEqual([i.code, 100]);
    }
  });
});

describe('not met', () => {
  const report = check({
    ...atTarget(),
    FOREST_COVER: 52.1,
    GRDP_GROWTH: 8.5,
    BUDGET_REVENUE: 2400,
    NTM_AVG_CRITERIA: 13.84, // shown 13,8: not met by rounding
    POVERTY_REDUCTION_POOR_DISTRICTS: 4.3,
    PRESCHOOL_5Y: 'Không đạt',
  });
  const vi = meetingSummary(report, laiChau2023, { lang: 'vi' });
  const en = meetingSummary(report, laiChau2023, { lang: 'en' });

  test('Vietnamese: the sentences a person would say, numbers in vi-VN', () => {
    const said = Object.fromEntries(vi.notMet.map((n) => [n.code, n.sentence]));
    expect(said).toEqual({
      GRDP_GROWTH: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 8,5 % so với kế hoạch khoảng 9,0 % (thiếu 0,5 điểm %).',
      BUDGET_REVENUE: 'Thu ngân sách nhà nước trên địa bàn đạt 2.400 tỷ đồng so với kế hoạch 2.450 tỷ đồng (bằng 98,0 % kế hoạch, thiếu 50 tỷ đồng).',
      NTM_AVG_CRITERIA: 'Bình quân số tiêu chí nông thôn mới/xã đạt 13,8 tiêu chí/xã so với kế hoạch 13,9 tiêu chí/xã (bằng 99,3 % kế hoạch, thiếu 0,1 tiêu chí/xã).',
      PRESCHOOL_5Y: 'Giữ vững phổ cập giáo dục mầm non cho trẻ 5 tuổi: không đạt (chỉ tiêu yêu cầu giữ vững).',
      POVERTY_REDUCTION_POOR_DISTRICTS: 'Mức giảm tỷ lệ hộ nghèo – các huyện nghèo đạt 4,3 điểm % so với kế hoạch 5,1 điểm % (thiếu 0,8 điểm %).',
      FOREST_COVER: 'Tỷ lệ che phủ rừng đạt 52,1 % so với kế hoạch 52,3 % (thiếu 0,2 điểm %).',
    });
    // In catalogue order, after the headline.
    expect(vi.sentences[0]).toBe(`Có ${judgedCodes.length - 6}/${judgedCodes.length} chỉ tiêu đạt kế hoạch, 6 chỉ tiêu không đạt.`);
    expect(vi.sentences.slice(1)).toEqual(vi.notMet.map((n) => n.sentence));
    expect(vi.notMet.map((n) => n.code)).toEqual(judgedCodes.filter((c) => c in said));
  });

  test('English: the same, numbers in en-US', () => {
    const said = Object.fromEntries(en.notMet.map((n) => [n.code, n.sentence]));
    expect(said.FOREST_COVER).toBe('Forest cover reached 52.1 % against a target of 52.3 % (0.2 percentage points short).');
    expect(said.BUDGET_REVENUE).toBe(
      'State budget revenue collected in the province reached 2,400 billion VND against a target of 2,450 billion VND (98.0 % of target, 50 billion VND short).',
    );
    expect(said.GRDP_GROWTH).toBe('Growth rate of gross regional domestic product (GRDP) reached 8.5 % against a target of about 9.0 % (0.5 percentage points short).');
    expect(said.POVERTY_REDUCTION_POOR_DISTRICTS).toBe(
      'Reduction of the poor-household rate – poor districts reached 4.3 percentage points against a target of 5.1 percentage points (0.8 percentage points short).',
    );
    expect(en.headline).toBe(`${judgedCodes.length - 6} of ${judgedCodes.length} indicators met their targets and 6 did not.`);
  });

  test('the locale decides the numbers, the language the words', () => {
    const enVi = meetingSummary(report, laiChau2023, { lang: 'en', locale: 'vi-VN' });
    expect(enVi.notMet.find((n) => n.code === 'BUDGET_REVENUE')!.sentence).toContain('reached 2.400 billion VND against a target of 2.450 billion VND (98,0 % of target');
    const viEn = meetingSummary(report, laiChau2023, { lang: 'vi', locale: 'en-US' });
    expect(viEn.notMet.find((n) => n.code === 'FOREST_COVER')!.sentence).toBe('Tỷ lệ che phủ rừng đạt 52.1 % so với kế hoạch 52.3 % (thiếu 0.2 điểm %).');
  });

  test('dashboard: % of target from the shown value, status colours, the not-met table', () => {
    const d = dashboardData(report, laiChau2023, { lang: 'vi' });
    const item = (code: string) => d.groups.flatMap((g) => g.items).find((i) => i.code === code)!;
    expect(item('FOREST_COVER')).toMatchObject({ status: 'not_met', statusText: 'Không đạt', value: 52.1, percentOfTarget: 99.6, valueText: '52,1 %', targetText: '52,3 %', gapText: 'thiếu 0,2 điểm %' });
    expect(item('BUDGET_REVENUE')).toMatchObject({ percentOfTarget: 98, valueText: '2.400 tỷ đồng', targetText: '2.450 tỷ đồng' });
    expect(item('GRDP_GROWTH')).toMatchObject({ targetText: 'khoảng 9,0 %', percentOfTarget: 94.4 });
    expect(item('NTM_AVG_CRITERIA')).toMatchObject({ value: 13.8, percentOfTarget: 99.3 });
    expect(item('PRESCHOOL_5Y')).toMatchObject({ valueText: 'Không đạt', targetText: 'Giữ vững', percentOfTarget: null });
    expect(d.notMet.map((r) => r.code)).toEqual(['GRDP_GROWTH', 'BUDGET_REVENUE', 'NTM_AVG_CRITERIA', 'PRESCHOOL_5Y', 'POVERTY_REDUCTION_POOR_DISTRICTS', 'FOREST_COVER']);
    expect(d.notMet.find((r) => r.code === 'FOREST_COVER')).toEqual({
      code: 'FOREST_COVER',
      group: 'environment',
      name: 'Tỷ lệ che phủ rừng',
      value: '52,1 %',
      target: '52,3 %',
      reason: 'thiếu 0,2 điểm %',
    });
    expect(d.groups.map((g) => g.name)).toEqual(['Kinh tế', 'Nông thôn mới', 'Văn hóa – Xã hội', 'Môi trường']);
    const en = dashboardData(report, laiChau2023, { lang: 'en' });
    expect(en.groups.map((g) => g.name)).toEqual(['Economy', 'New rural areas', 'Culture and society', 'Environment']);
    expect(en.notMet.find((r) => r.code === 'BUDGET_REVENUE')).toMatchObject({ value: '2,400 billion VND', target: '2,450 billion VND', reason: '50 billion VND short' });
  });
});

describe('missing', () => {
  const report = check(NOTHING);

  test('nothing typed: the headline says so once, in both languages', () => {
    const vi = meetingSummary(report, laiChau2023, { lang: 'vi' });
    expect(vi.counts.missing).toBe(judgedCodes.length);
    expect(vi.sentences).toEqual([`Chưa có số liệu cho cả ${judgedCodes.length} chỉ tiêu.`]);
    expect(vi.missing.map((m) => m.code)).toEqual(judgedCodes);
    const en = meetingSummary(report, laiChau2023, { lang: 'en' });
    expect(en.sentences).toEqual([`No data yet for any of the ${judgedCodes.length} indicators.`]);
  });

  test('no bars, a dash for the value', () => {
    const d = dashboardData(report, laiChau2023, { lang: 'vi' });
    for (const i of d.groups.flatMap((g) => g.items)) {
      expect(i).toMatchObject({ status: 'missing', statusText: 'Chưa có số liệu', value: null, percentOfTarget: null, valueText: '—' });
    }
    expect(d.notMet).toEqual([]);
  });
});

describe('mixed', () => {
  const values = { ...atTarget() };
  delete values.JOBS_CREATED;
  delete values.WORKERS_TRAINED;
  values.TRADE_GROWTH = '-';
  values.CEREAL_OUTPUT = '224,6'; // Vietnamese text, read as 224,6 < 225
  values.DOCTORS_PER_10K = 'nhiều'; // cannot be read
  values.GRID_ELECTRICITY = 97.25; // shown 97,3: met, above target
  const report = check(values);
  const n = judgedCodes.length;

  test('Vietnamese: headline, the not met, what has no data, what must be checked', () => {
    const vi = meetingSummary(report, laiChau2023, { lang: 'vi' });
    expect(vi.sentences).toEqual([
      `Có ${n - 5}/${n} chỉ tiêu đạt kế hoạch, 1 chỉ tiêu không đạt, 3 chỉ tiêu chưa có số liệu, 1 chỉ tiêu có số liệu cần kiểm tra.`,
      'Tổng sản lượng lương thực có hạt đạt 224,6 nghìn tấn so với kế hoạch 225,0 nghìn tấn (bằng 99,8 % kế hoạch, thiếu 0,4 nghìn tấn).',
      'Chưa có số liệu: Tốc độ tăng kim ngạch xuất nhập khẩu; Giải quyết việc làm; Đào tạo lao động.',
      'Số liệu chưa đọc được, cần kiểm tra lại: Số bác sỹ/1 vạn dân.',
    ]);
    expect(vi.text).toBe(vi.sentences.join('\n'));
  });

  test('English: the same facts', () => {
    const en = meetingSummary(report, laiChau2023, { lang: 'en' });
    expect(en.sentences).toEqual([
      `${n - 5} of ${n} indicators met their targets, 1 did not, 3 have no data yet and 1 needs its value checked.`,
      'Total cereal output reached 224.6 thousand tonnes against a target of 225.0 thousand tonnes (99.8 % of target, 0.4 thousand tonnes short).',
      'No data yet: Growth of import and export turnover; Jobs created; Workers trained.',
      'Values that could not be read and need checking: Doctors per 10,000 people.',
    ]);
  });

  test('dashboard: each group keeps its indicators; unreadable and missing values have no bar', () => {
    const d = dashboardData(report, laiChau2023, { lang: 'vi' });
    expect(d.counts).toMatchObject({ met: n - 5, not_met: 1, missing: 3, invalid: 1 });
    const item = (code: string) => d.groups.flatMap((g) => g.items).find((i) => i.code === code)!;
    expect(item('GRID_ELECTRICITY')).toMatchObject({ status: 'met', value: 97.3, percentOfTarget: 100.8 });
    expect(item('DOCTORS_PER_10K')).toMatchObject({ status: 'invalid', statusText: 'Cần kiểm tra', percentOfTarget: null, valueText: '—' });
    expect(item('DOCTORS_PER_10K').reason).toMatch(/nhiều/);
    expect(item('TRADE_GROWTH')).toMatchObject({ status: 'missing', percentOfTarget: null });
    expect(d.groups.find((g) => g.code === 'environment')!.items.map((i) => i.code)).toEqual(['RURAL_CLEAN_WATER', 'WASTE_COLLECTION', 'FOREST_COVER']);
    expect(d.notMet.map((r) => r.code)).toEqual(['CEREAL_OUTPUT']);
  });

  test('an indicator with no target: said with its value', () => {
    const cat: Catalogue = {
      ...laiChau2023,
      indicators: laiChau2023.indicators.map((i) => (i.code === 'FOREST_COVER' ? { ...i, target: undefined } : i)),
    };
    const grid: Grid = plan.cells.map((row) => row.map((v) => ({ value: v ?? null }) as CellInput));
    const r = plan.rowOf.FOREST_COVER;
    grid[r - 1][ACTUAL_COL - 2] = { value: null }; // the sheet's target cell emptied too
    grid[r - 1][ACTUAL_COL - 1] = { value: 53 };
    const rep = checkIndicatorTable(findIndicatorTable(plan.name, grid), cat, { locale: 'vi-VN', lang: 'vi' });
    const vi = meetingSummary(rep, cat, { lang: 'vi' });
    expect(vi.noTargetSentence).toBe('Chưa có chỉ tiêu kế hoạch để so sánh: Tỷ lệ che phủ rừng (thực hiện 53,0 %).');
    const en = meetingSummary(rep, cat, { lang: 'en' });
    expect(en.noTargetSentence).toBe('No target to compare with: Forest cover (actual 53.0 %).');
    const d = dashboardData(rep, cat, { lang: 'vi' });
    expect(d.groups.flatMap((g) => g.items).find((i) => i.code === 'FOREST_COVER')).toMatchObject({ status: 'no_target', percentOfTarget: null, targetText: '—' });
  });
});

describe('helpers', () => {
  test('shortenName cuts at a word, keeps a trailing acronym, never exceeds the limit', () => {
    expect(shortenName('Tỷ lệ che phủ rừng', 40)).toBe('Tỷ lệ che phủ rừng');
    const s = shortenName('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', 40);
    expect(s).toBe('Tốc độ tăng trưởng tổng sản phẩm… (GRDP)');
    const long = 'Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh';
    for (const max of [12, 20, 30, 40, 60]) {
      const cut = shortenName(long, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    }
  });

  test('formatMeetingDate', () => {
    const d = new Date(2024, 2, 5);
    expect(formatMeetingDate(d, 'vi')).toBe('ngày 5 tháng 3 năm 2024');
    expect(formatMeetingDate(d, 'en')).toBe('5 March 2024');
  });
});
