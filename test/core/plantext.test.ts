import fc from 'fast-check';
import { CatalogueError, catalogueToJson, parseCatalogue } from '../../src/core/catalogue/catalogue';
import { readNumber } from '../../src/core/numbers';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import {
  buildCatalogue,
  formatProposal,
  planCatalogueJson,
  proposeCatalogue,
  type Proposal,
} from '../../src/core/plantext';
import { loadPlanCorpus, reads, scoreCase } from '../fixtures/plans/corpus';

const corpus = loadPlanCorpus();
const seedCase = corpus.find((c) => c.name === 'laichau-2023-article')!;
const seed = seedCase.text;
const known = laiChau2023;

const brief = (p: Proposal) => ({ code: p.code, value: p.value, unit: p.unit, rule: p.rule });

/** Checks the offsets and the literal presence of the value, for any proposal of any text. */
function expectAnchored(text: string, p: Proposal) {
  expect(text.slice(p.valueSpan.start, p.valueSpan.end)).toBe(p.valueText);
  expect(text.slice(p.sourceSpan.start, p.sourceSpan.end)).toBe(p.source);
  expect(text.slice(p.clauseSpan.start, p.clauseSpan.end)).toBe(p.clause);
  expect(p.valueSpan.start).toBeGreaterThanOrEqual(p.clauseSpan.start);
  expect(p.valueSpan.end).toBeLessThanOrEqual(p.clauseSpan.end);
  expect(p.clauseSpan.start).toBeGreaterThanOrEqual(p.sourceSpan.start);
  expect(p.clauseSpan.end).toBeLessThanOrEqual(p.sourceSpan.end);
  expect(p.source).toContain(p.valueText);
}

/** Every reading (Vietnamese or English style) of the numbers written in the value's text. */
function numbersOf(valueText: string): number[] {
  return (valueText.match(/\d(?:[\d.,]*\d)?/g) ?? []).flatMap((t) =>
    (['vi-VN', 'en-US'] as const).flatMap((locale) => {
      const r = readNumber({ value: t }, { locale, valueKind: 'number' });
      return r.kind === 'number' ? [r.value] : [];
    }),
  );
}

describe('the seed article (Lai Châu, plan 2023)', () => {
  const r = proposeCatalogue(seed, { known });

  test('finds exactly the 22 targets of DESIGN.md, with value, unit, rule and code, in text order', () => {
    expect(r.proposals.map(brief)).toEqual(
      seedCase.targets.map((t) => ({ code: t.code, value: t.value, unit: t.unit, rule: t.rule })),
    );
    expect(r.proposals).toHaveLength(22);
    expect(r.proposals.every((p) => p.matched)).toBe(true);
    expect(r.unmatchedKnown).toEqual([]);
  });

  test('nothing in it is doubtful, and the plan year and province come from the text', () => {
    expect(r.proposals.filter((p) => p.doubtful).map((p) => [p.code, p.doubtful])).toEqual([]);
    expect(r.year).toBe(2023);
    expect(r.yearFrom).toBe('text');
    expect(r.province).toBe('Lai Châu');
    expect(r.proposals.every((p) => p.year === 2023)).toBe(true);
  });

  test('the proposed catalogue is the embedded 2023 catalogue, to the digit, components and all', () => {
    expect(r.catalogue).toEqual(laiChau2023);
    const json = catalogueToJson(r.catalogue);
    expect(parseCatalogue(json)).toEqual(r.catalogue);
  });

  test('page furniture, dates and past figures are not targets', () => {
    const texts = r.proposals.map((p) => p.valueText);
    for (const noise of ['5.099', '6.887', '23.629', '962.961', '77.148.046', '9/12', '9/15', '100', '2022', '2025', '19', '0']) {
      expect(texts).not.toContain(noise);
    }
  });

  test('the "từ 15-18 tiêu chí" band names the communes; the target is 7 communes, at least', () => {
    const p = r.proposals.find((x) => x.code === 'NTM_COMMUNES_15_18')!;
    expect(p.value).toBe(7);
    expect(p.rule).toBe('at_least');
    expect(p.indicator).toBe('xã đạt từ 15-18 tiêu chí');
  });

  test('"riêng các huyện nghèo giảm 5,1%" is a sub-target of the poverty reduction, a reduction to reach', () => {
    const main = r.proposals.find((x) => x.code === 'POVERTY_REDUCTION')!;
    const sub = r.proposals.find((x) => x.code === 'POVERTY_REDUCTION_POOR_DISTRICTS')!;
    expect(sub.parent).toBe('POVERTY_REDUCTION');
    expect(main.parent).toBeUndefined();
    expect(sub.reduction).toBe(true);
    expect(main.reduction).toBe(true);
    expect(sub.ruleWords).toBe('giảm');
    expect(sub.source).toBe(main.source);
    expect(sub.clause).toBe('riêng các huyện nghèo giảm 5,1%');
  });

  test('rule words and spans are reported for the pane', () => {
    const grdp = r.proposals[0];
    expect(grdp.ruleWords).toBe('khoảng');
    expect(grdp.valueText).toBe('9,0');
    expect(grdp.decimals).toBe(1);
    expect(seed.slice(grdp.valueSpan.start - 7, grdp.valueSpan.end + 1)).toBe('khoảng 9,0%');
    const budget = r.proposals.find((x) => x.code === 'BUDGET_REVENUE')!;
    expect(budget.valueText).toBe('2.450');
    expect(budget.clause).toBe('Thu ngân sách trên địa bàn đạt 2.450 tỷ đồng');
    const preschool = r.proposals.find((x) => x.code === 'PRESCHOOL_5Y')!;
    expect(preschool.valueText).toBe('Giữ vững');
    for (const p of r.proposals) expectAnchored(seed, p);
  });

  test('matched rows carry the known names; new names are built from the words', () => {
    const roads = r.proposals.find((x) => x.code === 'VILLAGE_ROADS')!;
    expect(roads.indicator).toBe('thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi');
    expect(roads.name).toBe('Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi');
    const bare = proposeCatalogue(seed);
    const names = Object.fromEntries(bare.proposals.map((p) => [p.valueText, p.name]));
    expect(names['99,1']).toBe('Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi');
    expect(names['7']).toBe('Số xã đạt từ 15-18 tiêu chí');
    expect(names['13,0']).toBe('Số bác sỹ/1 vạn dân');
    expect(names['7,6']).toBe('Tốc độ tăng tổng lượt khách du lịch');
    expect(names['5,1']).toBe('Trong đó: các huyện nghèo');
  });

  test('one line per proposal', () => {
    expect(formatProposal(r.proposals[0])).toBe('GRDP_GROWTH: khoảng 9,0 % — Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)');
    expect(formatProposal(r.proposals[6], 'en')).toBe('BUDGET_REVENUE: ≥ 2,450 tỷ đồng — Thu ngân sách nhà nước trên địa bàn');
    expect(formatProposal(r.proposals[12])).toBe('PRESCHOOL_5Y: giữ vững — Giữ vững phổ cập giáo dục mầm non cho trẻ 5 tuổi');
  });
});

describe('without a known catalogue', () => {
  const r = proposeCatalogue(seed);

  test('the same 22 readings get new UPPER_SNAKE codes and make a usable catalogue', () => {
    expect(r.proposals.map((p) => [p.value, p.unit, p.rule])).toEqual(seedCase.targets.map((t) => [t.value, t.unit, t.rule]));
    expect(r.proposals.every((p) => !p.matched && /^[A-Z][A-Z0-9_]*$/.test(p.code))).toBe(true);
    expect(new Set(r.proposals.map((p) => p.code)).size).toBe(22);
    const c = parseCatalogue(catalogueToJson(r.catalogue));
    expect(c.indicators).toHaveLength(22);
    expect(c.id).toBe('laichau-2023');
    expect(c.year).toBe(2023);
    const sub = r.proposals.find((p) => p.valueText === '5,1')!;
    expect(sub.code.startsWith(`${r.proposals.find((p) => p.valueText === '3,6')!.code}_`)).toBe(true);
  });

  test('new rows get sensible definitions: percent kinds, rates not summed, reductions of a rate in points', () => {
    const byValue = (v: string) => r.catalogue.indicators.find((i) => i.code === r.proposals.find((p) => p.valueText === v)!.code)!;
    expect(byValue('52,3')).toMatchObject({ valueKind: 'percent', decimals: 1, consolidation: { kind: 'province_only' }, group: 'environment' });
    expect(byValue('2.450')).toMatchObject({ valueKind: 'number', decimals: 0, consolidation: { kind: 'sum' }, unit: { vi: 'tỷ đồng', en: 'billion VND' } });
    expect(byValue('3,6')).toMatchObject({ unit: { vi: 'điểm %' }, rule: 'at_least', target: 3.6 });
    expect(byValue('9,0')).toMatchObject({ rule: 'about', tolerance: 0, target: 9, decimals: 1, group: 'economy' });
    expect(byValue('Giữ vững')).toMatchObject({ rule: 'maintain', target: 'pass', valueKind: 'pass_fail', consolidation: { kind: 'all_met' } });
    expect(byValue('13,9')).toMatchObject({ consolidation: { kind: 'province_only' }, group: 'new_rural' });
  });
});

describe('texts in other styles (test/fixtures/plans)', () => {
  for (const c of corpus) {
    test(`${c.name}: ${c.style}`, () => {
      const r = proposeCatalogue(c.text, { known });
      expect(r.year).toBe(c.year);
      expect(r.province).toBe(c.province);
      const s = scoreCase(r.proposals, c.targets, c.name);
      const missing = c.targets.filter((_, j) => !s.pairs.some(([, k]) => k === j));
      const extra = r.proposals.filter((_, i) => !s.pairs.some(([k]) => k === i));
      // Known errors (counted as errors by the benchmark) are pinned here, so a change either way shows.
      const knownExtra = c.knownErrors?.extra ?? [];
      const knownMissing = c.knownErrors?.missing ?? [];
      expect({
        missing: missing.map((t) => [t.value, t.unit, t.rule]),
        extra: extra.map((p) => [p.value, p.unit, p.rule]),
      }).toEqual({
        missing: knownMissing.map((t) => [t.value, t.unit, t.rule]),
        extra: knownExtra.map((t) => [t.value, t.unit, t.rule]),
      });
      for (const [i, j] of s.pairs) {
        const p = r.proposals[i];
        const t = c.targets[j];
        if (t.code === null) expect([p.code, p.matched]).toEqual([p.code, false]);
        else expect(p.code).toBe(t.code);
        if (t.doubtful !== undefined) expect([p.valueText, !!p.doubtful]).toEqual([p.valueText, t.doubtful]);
        expectAnchored(c.text, p);
      }
      if (r.proposals.length) expect(() => parseCatalogue(catalogueToJson(r.catalogue))).not.toThrow();
    });
  }

  test('a 2024 resolution updates the 2023 codes with next year\'s numbers, without retyping', () => {
    const c = corpus.find((x) => x.name === 'nghi-quyet-2024-danh-sach')!;
    const r = proposeCatalogue(c.text, { known });
    const cat = parseCatalogue(catalogueToJson(r.catalogue));
    expect(cat.id).toBe('laichau-2024');
    expect(cat.year).toBe(2024);
    const t = (code: string) => cat.indicators.find((i) => i.code === code)?.target;
    expect(t('GRDP_GROWTH')).toBe(8.5);
    expect(t('BUDGET_REVENUE')).toBe(2600);
    expect(t('TOURIST_GROWTH')).toEqual([8, 10]);
    expect(cat.indicators.find((i) => i.code === 'TOURIST_GROWTH')!.rule).toBe('range');
    // components come along with their indicators; rows the text does not name are left out
    expect(cat.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(['TOURIST_ARRIVALS', 'TOURIST_ARRIVALS_PREV', 'POOR_HOUSEHOLDS']));
    expect(cat.indicators.map((i) => i.code)).not.toContain('GRID_ELECTRICITY');
    expect(r.unmatchedKnown).toEqual(['VILLAGE_ROADS', 'GRID_ELECTRICITY', 'WORKERS_TRAINED', 'VILLAGE_CULTURAL_HOUSES', 'ETHNIC_TV_RADIO', 'WASTE_COLLECTION']);
    // HOUSEHOLDS belongs to GRID_ELECTRICITY in the known catalogue, which is absent: poverty keeps it
    expect(cat.indicators.find((i) => i.code === 'HOUSEHOLDS')!.parentCode).toBe('POVERTY_REDUCTION');
    // the new row goes into the group its heading names
    const macca = r.proposals.find((p) => p.valueText === '1.500')!;
    expect(macca).toMatchObject({ code: 'TRONG_MOI_MAC_CA', name: 'Trồng mới mắc ca', unit: 'ha', group: 'economy', matched: false });
    expect(r.proposals.find((p) => p.valueText === '23,5')!).toMatchObject({ rule: 'at_most', ruleWords: 'không quá', group: 'culture_social' });
  });

  test('a report of last year\'s results proposes nothing, with or without the year', () => {
    const c = corpus.find((x) => x.name === 'ket-qua-nam-truoc')!;
    expect(proposeCatalogue(c.text, { known }).proposals).toEqual([]);
    expect(proposeCatalogue(c.text, { known, year: 2024 }).proposals).toEqual([]);
  });

  test('English-format numbers are read and flagged, with the reason', () => {
    const c = corpus.find((x) => x.name === 'so-kieu-tieng-anh')!;
    const r = proposeCatalogue(c.text, { known });
    const budget = r.proposals.find((p) => p.code === 'BUDGET_REVENUE')!;
    expect(budget.value).toBe(2450.5);
    expect(budget.doubts.map((d) => d.code)).toEqual(['english_number']);
    expect(budget.doubtful).toBe('"2,450.5" viết theo kiểu tiếng Anh; đã đọc là 2.450,5');
    expect(budget.doubts[0].message.en).toBe('"2,450.5" is written English-style; read as 2,450.5');
    expect(r.proposals.find((p) => p.code === 'CEREAL_OUTPUT')!.doubts.map((d) => d.code)).toEqual(['ambiguous_number']);
  });
});

describe('wording → rule', () => {
  const one = (text: string, opts = {}) => {
    const r = proposeCatalogue(text, opts);
    expect(r.proposals).toHaveLength(1);
    return r.proposals[0];
  };

  test.each([
    ['Tỷ lệ che phủ rừng đạt 52,3%.', 52.3, 'at_least', 'đạt'],
    ['Tỷ lệ che phủ rừng khoảng 52,3%.', 52.3, 'about', 'khoảng'],
    ['Tỷ lệ che phủ rừng trên 52%.', 52, 'at_least', 'trên'],
    ['Tỷ lệ che phủ rừng đạt 52% trở lên.', 52, 'at_least', 'đạt trở lên'],
    ['Tỷ lệ hộ nghèo dưới 8%.', 8, 'at_most', 'dưới'],
    ['Tỷ lệ hộ nghèo không quá 8%.', 8, 'at_most', 'không quá'],
    ['Tỷ lệ hộ nghèo giảm còn 8%.', 8, 'at_most', 'giảm còn'],
    ['Tỷ lệ hộ nghèo giảm 3,6%.', 3.6, 'at_least', 'giảm'],
    ['Tỷ lệ hộ nghèo giảm từ 3-4%.', [3, 4], 'range', 'giảm từ'],
    ['Tốc độ tăng trưởng GRDP từ 8% đến 8,5%.', [8, 8.5], 'range', 'từ'],
    ['Thu ngân sách trên địa bàn 2.600 tỷ đồng.', 2600, 'at_least', ''],
  ])('%s', (text, value, rule, words) => {
    const p = one(text);
    expect([p.value, p.rule, p.ruleWords]).toEqual([value, rule, words]);
    expectAnchored(text, p);
  });

  test('"giữ vững" without a number is a maintain target; "giữ vững an ninh" is not a target', () => {
    expect(one('Giữ vững phổ cập giáo dục mầm non cho trẻ 5 tuổi.')).toMatchObject({ rule: 'maintain', value: 'pass', unit: 'Đạt/Không đạt' });
    expect(proposeCatalogue('Giữ vững an ninh chính trị, trật tự an toàn xã hội.').proposals).toEqual([]);
  });

  test('reduction vs level: "giảm 3,6%" matches the reduction, "giảm còn 8%" does not', () => {
    expect(one('Tỷ lệ hộ nghèo giảm 3,6%.', { known }).code).toBe('POVERTY_REDUCTION');
    expect(one('Tỷ lệ hộ nghèo giảm còn 8%.', { known }).matched).toBe(false);
  });

  test('a range written high to low is swapped and flagged', () => {
    const p = one('Tỷ lệ hộ nghèo giảm 4-3%.');
    expect(p.value).toEqual([3, 4]);
    expect(p.doubts.map((d) => d.code)).toEqual(['range_order']);
  });

  test('a number without a unit after a rule word and a name is proposed, doubtful; a bare counter is not', () => {
    const p = one('Tỷ lệ che phủ rừng đạt 52,3.', { known });
    expect(p).toMatchObject({ code: 'FOREST_COVER', value: 52.3, unit: '' });
    expect(p.doubts.map((d) => d.code)).toEqual(['no_unit']);
    expect(proposeCatalogue('Hôm nay : 5.099\nTổng số : 77.148.046').proposals).toEqual([]);
  });

  test('"2,450" in a Vietnamese text is read as 2,45 and flagged; "2.450" is 2450 and not flagged', () => {
    expect(one('Thu ngân sách đạt 2,450 tỷ đồng.').doubts.map((d) => d.code)).toEqual(['ambiguous_number']);
    expect(one('Thu ngân sách đạt 2,450 tỷ đồng.').value).toBe(2.45);
    expect(one('Thu ngân sách đạt 2.450 tỷ đồng.').doubts).toEqual([]);
  });

  test('a target for a later year in the sentence is flagged with that year', () => {
    const p = one('Phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 55%.', { year: 2023 });
    expect(p.year).toBe(2025);
    expect(p.doubts.map((d) => d.code)).toEqual(['other_year']);
  });

  test('documents, dates, ages and shares of the plan are not targets', () => {
    for (const t of [
      'Nghị quyết số 45/NQ-HĐND ngày 08 tháng 12 năm 2023.',
      'Chiều nay (9/12), hội nghị khai mạc.',
      'Phổ cập giáo dục cho trẻ 5 tuổi.',
      'Phấn đấu hoàn thành 100% chỉ tiêu kế hoạch năm 2023.',
      'Thu ngân sách ước đạt 2.512 tỷ đồng, bằng 102,5% dự toán.',
      'Kế hoạch 5 năm giai đoạn 2021 - 2025.',
      'Chinh phục 9/15 đỉnh cao nhất Việt Nam.',
    ]) {
      expect([t, proposeCatalogue(t, { year: 2023 }).proposals.map((p) => p.valueText)]).toEqual([t, []]);
    }
  });
});

describe('tables pasted from Word or PDF', () => {
  test('the plan column is read, not the estimate or the previous year; headings set the group; "Trong đó" rows are sub-targets', () => {
    const text = [
      'Các chỉ tiêu chủ yếu năm 2025',
      '| STT | Chỉ tiêu | ĐVT | TH 2023 | Ước TH 2024 | KH 2025 |',
      '| I | Kinh tế | | | | |',
      '| 1 | Tốc độ tăng trưởng GRDP | % | 7,1 | 7,5 | 8 - 8,5 |',
      '| 2 | Thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 2.900 | 3.100 | ≥ 3.300 |',
      '| II | Xã hội | | | | |',
      '| 3 | Mức giảm tỷ lệ hộ nghèo | % | 3,5 | 3,2 | khoảng 3 |',
      '| | Trong đó: các huyện nghèo | % | 5 | 4,8 | 4,5 |',
      '| 4 | Phổ cập giáo dục mầm non cho trẻ 5 tuổi | | Đạt | Đạt | Giữ vững |',
      '| 5 | Tỷ lệ hộ nghèo | % | 12 | 10,5 | 9 |',
    ].join('\n');
    const r = proposeCatalogue(text, { known });
    expect(r.year).toBe(2025);
    expect(r.proposals.map((p) => [p.code, p.value, p.rule, p.unit, p.group])).toEqual([
      ['GRDP_GROWTH', [8, 8.5], 'range', '%', 'economy'],
      ['BUDGET_REVENUE', 3300, 'at_least', 'tỷ đồng', 'economy'],
      ['POVERTY_REDUCTION', 3, 'about', '%', 'culture_social'],
      ['POVERTY_REDUCTION_POOR_DISTRICTS', 4.5, 'at_least', '%', 'culture_social'],
      ['PRESCHOOL_5Y', 'pass', 'maintain', 'Đạt/Không đạt', 'culture_social'],
      ['HO_NGHEO', 9, 'at_most', '%', 'culture_social'],
    ]);
    expect(r.proposals[3].parent).toBe('POVERTY_REDUCTION');
    for (const p of r.proposals) expectAnchored(text, p);
    expect(r.proposals[0].source).toBe('| 1 | Tốc độ tăng trưởng GRDP | % | 7,1 | 7,5 | 8 - 8,5 |');
  });

  test('tab-separated rows, and prose after the table is read as prose again', () => {
    const text = 'STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\n1\tTỷ lệ che phủ rừng\t%\t52,6\n\nNgoài ra, tỷ lệ lao động qua đào tạo đạt 60%.';
    const r = proposeCatalogue(text, { known });
    expect(r.proposals.map((p) => [p.code, p.value])).toEqual([
      ['FOREST_COVER', 52.6],
      ['TRAINED_LABOUR_SHARE', 60],
    ]);
  });

  test('a table without a plan column proposes nothing from its rows', () => {
    const text = 'STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\n1\tTỷ lệ che phủ rừng\t%\t52,6';
    expect(proposeCatalogue(text, { known, year: 2024 }).proposals).toEqual([]);
  });
});

describe('tolerance of wording, spelling and Unicode form', () => {
  test('tỉ/tỷ, sĩ/sỹ, hoá/hóa, capitals and decomposed (NFD) text match the same codes; offsets stay in the given text', () => {
    const variant = seed
      .replace('Tỷ lệ che phủ rừng', 'Tỉ lệ che phủ rừng')
      .replace('bác sỹ/1 vạn dân', 'bác sĩ/1 vạn dân')
      .replace('nhà văn hóa', 'nhà văn hoá')
      .replace('Mầm non', 'MẦM NON')
      .normalize('NFD');
    const r = proposeCatalogue(variant, { known });
    expect(r.proposals.map((p) => p.code)).toEqual(seedCase.targets.map((t) => t.code));
    expect(r.proposals.map((p) => p.value)).toEqual(seedCase.targets.map((t) => t.value));
    for (const p of r.proposals) expectAnchored(variant, p);
  });

  test('a different wording of a known indicator still matches it', () => {
    const r = proposeCatalogue('Tốc độ tăng trưởng kinh tế (GRDP) đạt 7%; tạo việc làm mới cho 12.000 lao động.', { known });
    expect(r.proposals.map((p) => p.code)).toEqual(['GRDP_GROWTH', 'JOBS_CREATED']);
  });

  test('similar words with a different subject do not match: income is not GRDP, waste is not communes', () => {
    const r = proposeCatalogue(
      'Thu nhập bình quân đầu người trên 70 triệu đồng; tỷ lệ chất thải rắn y tế được thu gom, xử lý đạt 100%; có thêm 8 xã đạt chuẩn nông thôn mới.',
      { known },
    );
    expect(r.proposals.map((p) => p.matched)).toEqual([false, false, false]);
  });
});

describe('buildCatalogue: the pane\'s confirm step', () => {
  const r = proposeCatalogue(seed, { known });

  test('dropped rows and their components leave; edited values and rules are used', () => {
    const kept = r.proposals
      .filter((p) => p.code !== 'GRID_ELECTRICITY' && p.code !== 'TRADE_GROWTH')
      .map((p) => (p.code === 'BUDGET_REVENUE' ? { ...p, value: 2500, rule: 'about' as const } : p));
    const c = parseCatalogue(catalogueToJson(buildCatalogue(kept, { year: 2023, province: 'Lai Châu', known })));
    const codes = c.indicators.map((i) => i.code);
    expect(codes).not.toContain('GRID_ELECTRICITY');
    expect(codes).not.toContain('HOUSEHOLDS_GRID');
    expect(codes).not.toContain('TRADE_TURNOVER');
    expect(c.indicators.find((i) => i.code === 'HOUSEHOLDS')!.parentCode).toBe('POVERTY_REDUCTION');
    expect(c.indicators.find((i) => i.code === 'BUDGET_REVENUE')).toMatchObject({ target: 2500, rule: 'about', tolerance: 0 });
  });

  test('a row the user adds by hand (a new code) goes after the last row of its group', () => {
    const extra: Proposal = {
      ...r.proposals[0],
      index: 99,
      code: 'MACADAMIA_NEW_PLANTING',
      matched: false,
      name: 'Trồng mới mắc ca',
      indicator: 'Trồng mới mắc ca',
      value: 1500,
      unit: 'ha',
      rule: 'at_least',
      decimals: 0,
      group: 'economy',
      growth: undefined,
    };
    const c = parseCatalogue(catalogueToJson(buildCatalogue([...r.proposals, extra], { year: 2023, province: 'Lai Châu', known })));
    const codes = c.indicators.map((i) => i.code);
    expect(codes.indexOf('MACADAMIA_NEW_PLANTING')).toBe(codes.indexOf('HOUSEHOLDS_GRID') + 1);
    expect(c.indicators[codes.indexOf('MACADAMIA_NEW_PLANTING')]).toMatchObject({ unit: { vi: 'ha', en: 'ha' }, consolidation: { kind: 'sum' } });
  });

  test('edits that make an unusable catalogue are refused with a bilingual CatalogueError naming the row', () => {
    const twice = r.proposals.map((p) => (p.code === 'TRADE_GROWTH' ? { ...p, code: 'GRDP_GROWTH' } : p));
    expect(() => buildCatalogue(twice, { year: 2023, province: 'Lai Châu', known })).toThrow(CatalogueError);
    try {
      buildCatalogue(twice, { year: 2023, province: 'Lai Châu', known });
    } catch (e) {
      expect((e as CatalogueError).code).toBe('GRDP_GROWTH');
      expect((e as CatalogueError).message).toContain('dùng cho hai chỉ tiêu');
      expect((e as CatalogueError).messageEn).toContain('is used by two indicators');
    }
    const badCode = r.proposals.map((p, i) => (i === 0 ? { ...p, code: 'tăng trưởng', matched: false } : p));
    expect(() => buildCatalogue(badCode, { year: 2023, province: 'Lai Châu', known })).toThrow(/mã "tăng trưởng" không hợp lệ/);
    expect(() => buildCatalogue([], { year: 2023, province: 'Lai Châu', known })).toThrow(/chưa có chỉ tiêu nào/);
  });

  test('planCatalogueJson adds each row\'s source sentence and doubt, and parseCatalogue reads it', () => {
    const doubtful = { ...r.proposals[6], doubtful: 'kiểm tra lại', doubts: [] };
    const json = planCatalogueJson(r.catalogue, [...r.proposals.slice(0, 6), doubtful, ...r.proposals.slice(7)]);
    const doc = JSON.parse(json);
    const row = (code: string) => doc.indicators.find((i: { code: string }) => i.code === code);
    expect(row('GRDP_GROWTH').source).toContain('Tốc độ tăng trưởng tổng sản phẩm trên địa bàn khoảng 9,0%');
    expect(row('GRDP_GROWTH').doubtful).toBe(false);
    expect(row('BUDGET_REVENUE').doubtful).toBe('kiểm tra lại');
    expect(row('TRADE_TURNOVER').source).toBeUndefined();
    expect(parseCatalogue(json)).toEqual(laiChau2023);
  });
});

describe('properties', () => {
  const fragments = [
    ...seed.split(/(?<=[.;:,])/),
    ...corpus.flatMap((c) => c.text.split(/(?<=[.;:\n])/)),
    'đạt ', 'khoảng ', 'trên ', 'dưới ', 'không quá ', 'từ ', 'giảm ', 'tăng ', 'giữ vững ', 'riêng ', 'trong đó ',
    '%', ' tỷ đồng', ' xã', ' tiêu chí/xã', ' bác sỹ/1 vạn dân', ' lao động', '-', '/', ':', ';', '.', ',', '\n',
    'năm 2023', 'năm 2022', 'Tỷ lệ ', 'Số ', 'Tổng ',
  ];
  const numberish = fc.oneof(
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 })).map(
      ([a, b, c]) => `${a},${String(b).padStart(3, '0')}.${c}`,
    ),
  );
  const planLike = fc.array(fc.oneof(fc.constantFrom(...fragments), numberish, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((a) => a.join(''));

  test('reading never throws, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), planLike), fc.option(fc.integer({ min: -5, max: 3000 })), (text, year) => {
        // proposeCatalogue catches everything; internalError says whether it had to.
        const r = proposeCatalogue(text, { known, year: year ?? undefined });
        expect(r.internalError).toBeUndefined();
        const r2 = proposeCatalogue(text);
        expect(r2.internalError).toBeUndefined();
      }),
      { numRuns: 400 },
    );
    // nor on what a caller should not pass
    expect(() => proposeCatalogue(undefined as unknown as string)).not.toThrow();
    expect(() => proposeCatalogue(42 as unknown as string, null as unknown as undefined)).not.toThrow();
    expect(() => proposeCatalogue('Tỷ lệ che phủ rừng đạt 52,3%', { known: {} as never, year: NaN })).not.toThrow();
  });

  test('every proposed value appears literally in its source sentence, where its offsets say', () => {
    let seen = 0;
    fc.assert(
      fc.property(planLike, (text) => {
        const r = proposeCatalogue(text, { known });
        expect(r.internalError).toBeUndefined();
        for (const p of r.proposals) {
          seen++;
          expectAnchored(text, p);
          if (p.value === 'pass') {
            expect(p.rule).toBe('maintain');
          } else {
            const nums = numbersOf(p.valueText);
            const values = Array.isArray(p.value) ? p.value : [p.value];
            for (const v of values) expect(nums.some((n) => Math.abs(n - v) < 1e-9)).toBe(true);
          }
        }
        if (r.proposals.length) expect(() => parseCatalogue(catalogueToJson(r.catalogue))).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(50);
  });

  test('proposals hold their expected readings whatever surrounds the seed article', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '\n\n', 'Tin tức\n', '\uFEFF'), fc.constantFrom('', '\nLượt xem: 1.234', '\n(9/12)'), (before, after) => {
        const r = proposeCatalogue(before + seed + after, { known });
        expect(r.proposals).toHaveLength(22);
        r.proposals.forEach((p, i) => expect(reads(p, seedCase.targets[i])).toBe(true));
      }),
      { numRuns: 12 },
    );
  });
});
