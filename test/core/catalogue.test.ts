import {
  CatalogueError,
  catalogueToJson,
  componentsOf,
  consolidationRefs,
  findIndicator,
  indicatorsOf,
  parseCatalogue,
} from '../../src/core/catalogue/catalogue';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import type { Catalogue, Indicator } from '../../src/core/types';

// The DESIGN.md table, written out independently of the catalogue's source.
// [code, vi name, unit, target, rule, decimals, valueKind]
const TABLE: [string, string, string, number | 'pass', string, number, string][] = [
  ['GRDP_GROWTH', 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', '%', 9.0, 'about', 1, 'percent'],
  ['GRDP_PER_CAPITA', 'GRDP bình quân đầu người', 'triệu đồng', 52.9, 'about', 1, 'number'],
  ['CEREAL_OUTPUT', 'Tổng sản lượng lương thực có hạt', 'nghìn tấn', 225, 'at_least', 1, 'number'],
  ['BUDGET_REVENUE', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 2450, 'at_least', 0, 'number'],
  ['TRADE_GROWTH', 'Tốc độ tăng kim ngạch xuất nhập khẩu', '%', 3.0, 'at_least', 1, 'percent'],
  ['TOURIST_GROWTH', 'Tốc độ tăng tổng lượt khách du lịch', '%', 7.6, 'at_least', 1, 'percent'],
  ['NTM_COMMUNES_15_18', 'Số xã đạt từ 15-18 tiêu chí nông thôn mới', 'xã', 7, 'at_least', 0, 'number'],
  ['NTM_AVG_CRITERIA', 'Bình quân số tiêu chí nông thôn mới/xã', 'tiêu chí/xã', 13.9, 'at_least', 1, 'number'],
  ['VILLAGE_ROADS', 'Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi', '%', 99.1, 'at_least', 1, 'percent'],
  ['GRID_ELECTRICITY', 'Tỷ lệ hộ dân được sử dụng điện lưới quốc gia', '%', 96.5, 'at_least', 1, 'percent'],
  ['RURAL_CLEAN_WATER', 'Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh', '%', 90, 'at_least', 1, 'percent'],
  ['PRESCHOOL_5Y', 'Giữ vững phổ cập giáo dục mầm non cho trẻ 5 tuổi', 'Đạt/Không đạt', 'pass', 'maintain', 0, 'pass_fail'],
  ['DOCTORS_PER_10K', 'Số bác sỹ/1 vạn dân', 'bác sỹ', 13.0, 'at_least', 1, 'number'],
  ['POVERTY_REDUCTION', 'Mức giảm tỷ lệ hộ nghèo', 'điểm %', 3.6, 'at_least', 1, 'percent'],
  ['POVERTY_REDUCTION_POOR_DISTRICTS', 'Trong đó: các huyện nghèo', 'điểm %', 5.1, 'at_least', 1, 'percent'],
  ['JOBS_CREATED', 'Giải quyết việc làm', 'lao động', 8440, 'at_least', 0, 'number'],
  ['WORKERS_TRAINED', 'Đào tạo lao động', 'lao động', 8000, 'at_least', 0, 'number'],
  ['TRAINED_LABOUR_SHARE', 'Tỷ lệ lao động qua đào tạo', '%', 58.3, 'at_least', 1, 'percent'],
  ['VILLAGE_CULTURAL_HOUSES', 'Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa', '%', 84.1, 'at_least', 1, 'percent'],
  ['ETHNIC_TV_RADIO', 'Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh', '%', 93.3, 'at_least', 1, 'percent'],
  ['WASTE_COLLECTION', 'Tỷ lệ xã, phường, thị trấn được thu gom, xử lý rác thải sinh hoạt', '%', 69.8, 'at_least', 1, 'percent'],
  ['FOREST_COVER', 'Tỷ lệ che phủ rừng', '%', 52.3, 'at_least', 1, 'percent'],
];

// Component codes other engineers code against: [indicator, consolidation].
const EXPECTED_CONSOLIDATION: Record<string, unknown> = {
  GRDP_GROWTH: { kind: 'province_only' },
  GRDP_PER_CAPITA: { kind: 'province_only' },
  CEREAL_OUTPUT: { kind: 'sum' },
  BUDGET_REVENUE: { kind: 'sum' },
  TRADE_GROWTH: { kind: 'growth', current: 'TRADE_TURNOVER', previous: 'TRADE_TURNOVER_PREV' },
  TOURIST_GROWTH: { kind: 'growth', current: 'TOURIST_ARRIVALS', previous: 'TOURIST_ARRIVALS_PREV' },
  NTM_COMMUNES_15_18: { kind: 'rural', measure: 'communes_15_18' },
  NTM_AVG_CRITERIA: { kind: 'rural', measure: 'average_criteria' },
  VILLAGE_ROADS: { kind: 'ratio', numerator: 'VILLAGES_WITH_ROADS', denominator: 'VILLAGES', scale: 100 },
  GRID_ELECTRICITY: { kind: 'ratio', numerator: 'HOUSEHOLDS_GRID', denominator: 'HOUSEHOLDS', scale: 100 },
  RURAL_CLEAN_WATER: { kind: 'ratio', numerator: 'RURAL_POP_CLEAN_WATER', denominator: 'RURAL_POPULATION', scale: 100 },
  PRESCHOOL_5Y: { kind: 'all_met' },
  DOCTORS_PER_10K: { kind: 'ratio', numerator: 'DOCTORS', denominator: 'POPULATION', scale: 10000 },
  POVERTY_REDUCTION: {
    kind: 'poverty_reduction',
    poor: 'POOR_HOUSEHOLDS',
    households: 'HOUSEHOLDS',
    poorPrev: 'POOR_HOUSEHOLDS_PREV',
    householdsPrev: 'HOUSEHOLDS_PREV',
    poorDistrictsOnly: false,
  },
  POVERTY_REDUCTION_POOR_DISTRICTS: {
    kind: 'poverty_reduction',
    poor: 'POOR_HOUSEHOLDS',
    households: 'HOUSEHOLDS',
    poorPrev: 'POOR_HOUSEHOLDS_PREV',
    householdsPrev: 'HOUSEHOLDS_PREV',
    poorDistrictsOnly: true,
  },
  JOBS_CREATED: { kind: 'sum' },
  WORKERS_TRAINED: { kind: 'sum' },
  TRAINED_LABOUR_SHARE: { kind: 'ratio', numerator: 'TRAINED_WORKERS', denominator: 'LABOUR_FORCE', scale: 100 },
  VILLAGE_CULTURAL_HOUSES: {
    kind: 'ratio',
    numerator: 'VILLAGES_CULTURAL_HOUSE',
    denominator: 'VILLAGES_RESIDENTIAL',
    scale: 100,
  },
  ETHNIC_TV_RADIO: { kind: 'ratio', numerator: 'ETHNIC_POP_TV_RADIO', denominator: 'ETHNIC_POPULATION', scale: 100 },
  WASTE_COLLECTION: { kind: 'ratio', numerator: 'COMMUNES_WASTE_COLLECTED', denominator: 'COMMUNE_UNITS', scale: 100 },
  FOREST_COVER: { kind: 'ratio', numerator: 'FOREST_AREA', denominator: 'NATURAL_AREA', scale: 100 },
};

// [component, parent]
const COMPONENTS: [string, string][] = [
  ['TRADE_TURNOVER', 'TRADE_GROWTH'],
  ['TRADE_TURNOVER_PREV', 'TRADE_GROWTH'],
  ['TOURIST_ARRIVALS', 'TOURIST_GROWTH'],
  ['TOURIST_ARRIVALS_PREV', 'TOURIST_GROWTH'],
  ['VILLAGES', 'VILLAGE_ROADS'],
  ['VILLAGES_WITH_ROADS', 'VILLAGE_ROADS'],
  ['HOUSEHOLDS', 'GRID_ELECTRICITY'],
  ['HOUSEHOLDS_GRID', 'GRID_ELECTRICITY'],
  ['RURAL_POPULATION', 'RURAL_CLEAN_WATER'],
  ['RURAL_POP_CLEAN_WATER', 'RURAL_CLEAN_WATER'],
  ['DOCTORS', 'DOCTORS_PER_10K'],
  ['POPULATION', 'DOCTORS_PER_10K'],
  ['POOR_HOUSEHOLDS', 'POVERTY_REDUCTION'],
  ['POOR_HOUSEHOLDS_PREV', 'POVERTY_REDUCTION'],
  ['HOUSEHOLDS_PREV', 'POVERTY_REDUCTION'],
  ['LABOUR_FORCE', 'TRAINED_LABOUR_SHARE'],
  ['TRAINED_WORKERS', 'TRAINED_LABOUR_SHARE'],
  ['VILLAGES_RESIDENTIAL', 'VILLAGE_CULTURAL_HOUSES'],
  ['VILLAGES_CULTURAL_HOUSE', 'VILLAGE_CULTURAL_HOUSES'],
  ['ETHNIC_POPULATION', 'ETHNIC_TV_RADIO'],
  ['ETHNIC_POP_TV_RADIO', 'ETHNIC_TV_RADIO'],
  ['COMMUNE_UNITS', 'WASTE_COLLECTION'],
  ['COMMUNES_WASTE_COLLECTED', 'WASTE_COLLECTION'],
  ['NATURAL_AREA', 'FOREST_COVER'],
  ['FOREST_AREA', 'FOREST_COVER'],
];

const get = (code: string): Indicator => {
  const i = findIndicator(laiChau2023, code);
  if (!i) throw new Error(`missing ${code}`);
  return i;
};

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('embedded catalogue laiChau2023', () => {
  test('identity', () => {
    expect(laiChau2023.id).toBe('laichau-2023');
    expect(laiChau2023.version).toBe(1);
    expect(laiChau2023.province).toBe('Lai Châu');
    expect(laiChau2023.year).toBe(2023);
    expect(laiChau2023.groups).toEqual([
      { code: 'economy', name: { vi: 'Kinh tế', en: 'Economy' } },
      { code: 'new_rural', name: { vi: 'Nông thôn mới', en: 'New rural areas' } },
      { code: 'culture_social', name: { vi: 'Văn hóa – Xã hội', en: 'Culture and society' } },
      { code: 'environment', name: { vi: 'Môi trường', en: 'Environment' } },
    ]);
  });

  test.each(TABLE)('%s: name, unit, target, rule, decimals, kind', (code, vi, unit, target, rule, decimals, kind) => {
    const i = get(code);
    expect(i.name.vi).toBe(vi);
    expect(i.name.en).not.toBe('');
    expect(i.name.en).not.toBe(i.name.vi);
    expect(i.unit.vi).toBe(unit);
    expect(i.unit.en).not.toBe('');
    expect(i.target).toBe(target);
    expect(i.rule).toBe(rule);
    expect(i.decimals).toBe(decimals);
    expect(i.valueKind).toBe(kind);
    expect(i.parentCode).toBeUndefined();
    expect(i.consolidation).toEqual(EXPECTED_CONSOLIDATION[code]);
  });

  test('exactly the table indicators plus the listed components', () => {
    const main = laiChau2023.indicators.filter((i) => i.parentCode === undefined).map((i) => i.code);
    expect(main.sort()).toEqual(TABLE.map((r) => r[0]).sort());
    const comps = laiChau2023.indicators.filter((i) => i.parentCode !== undefined).map((i) => [i.code, i.parentCode]);
    expect(comps.sort()).toEqual([...COMPONENTS].sort());
  });

  test('about rules have tolerance 0 and consolidate province-only', () => {
    for (const code of ['GRDP_GROWTH', 'GRDP_PER_CAPITA']) {
      expect(get(code).tolerance).toBe(0);
      expect(get(code).consolidation).toEqual({ kind: 'province_only' });
    }
  });

  test('components: rule none, no target, summed, numbers, whole counts', () => {
    for (const [code] of COMPONENTS) {
      const c = get(code);
      expect(c.rule).toBe('none');
      expect(c.target).toBeUndefined();
      expect(c.consolidation).toEqual({ kind: 'sum' });
      expect(c.valueKind).toBe('number');
      expect(c.unit.vi).not.toBe('');
      expect(c.group).toBe(get(c.parentCode!).group);
    }
    expect(get('HOUSEHOLDS_GRID').name.vi).toBe('Trong đó: số hộ được sử dụng điện lưới quốc gia');
    expect(get('HOUSEHOLDS').name.vi).toBe('Tổng số hộ');
    expect(get('TRADE_TURNOVER_PREV').name.vi).toBe('Kim ngạch xuất nhập khẩu năm trước');
    expect(get('TRADE_TURNOVER').unit.vi).toBe('triệu USD');
    expect(get('TOURIST_ARRIVALS').unit.vi).toBe('lượt khách');
    expect(get('VILLAGES').unit.vi).toBe('thôn, bản');
    expect(get('HOUSEHOLDS').unit.vi).toBe('hộ');
    expect(get('RURAL_POPULATION').unit.vi).toBe('người');
    expect(get('VILLAGES_RESIDENTIAL').unit.vi).toBe('thôn, bản, khu dân cư');
    expect(get('COMMUNE_UNITS').unit.vi).toBe('xã, phường, thị trấn');
    expect(get('FOREST_AREA').unit.vi).toBe('ha');
    for (const code of ['HOUSEHOLDS', 'VILLAGES', 'TOURIST_ARRIVALS', 'POPULATION', 'DOCTORS', 'COMMUNE_UNITS']) {
      expect(get(code).decimals).toBe(0);
    }
  });

  test('codes unique and UPPER_SNAKE', () => {
    const codes = laiChau2023.indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test('every consolidation reference and parent resolves', () => {
    for (const i of laiChau2023.indicators) {
      for (const r of consolidationRefs(i.consolidation)) expect(findIndicator(laiChau2023, r.code)).toBeDefined();
      if (i.parentCode) expect(findIndicator(laiChau2023, i.parentCode)?.parentCode).toBeUndefined();
      expect(laiChau2023.groups.map((g) => g.code)).toContain(i.group);
    }
  });

  test('order: each indicator is followed by its own components; shared HOUSEHOLDS appears once', () => {
    const codes = laiChau2023.indicators.map((i) => i.code);
    expect(codes.filter((c) => c === 'HOUSEHOLDS')).toHaveLength(1);
    laiChau2023.indicators.forEach((c, idx) => {
      if (!c.parentCode) return;
      // Between the parent and this component there are only components of the same parent.
      const p = codes.indexOf(c.parentCode);
      expect(p).toBeLessThan(idx);
      for (const between of laiChau2023.indicators.slice(p + 1, idx)) expect(between.parentCode).toBe(c.parentCode);
    });
    // Groups are contiguous, in the groups' order.
    const groupOrder = laiChau2023.indicators.map((i) => laiChau2023.groups.findIndex((g) => g.code === i.group));
    expect([...groupOrder].sort((a, b) => a - b)).toEqual(groupOrder);
  });

  test('groups', () => {
    expect(['RURAL_CLEAN_WATER', 'WASTE_COLLECTION', 'FOREST_COVER'].map((c) => get(c).group)).toEqual([
      'environment',
      'environment',
      'environment',
    ]);
    expect(laiChau2023.indicators.filter((i) => i.group === 'new_rural').map((i) => i.code)).toEqual([
      'NTM_COMMUNES_15_18',
      'NTM_AVG_CRITERIA',
    ]);
    expect(get('GRDP_GROWTH').group).toBe('economy');
    expect(get('PRESCHOOL_5Y').group).toBe('culture_social');
  });

  test('componentsOf and indicatorsOf', () => {
    expect(componentsOf(laiChau2023, 'POVERTY_REDUCTION').map((i) => i.code).sort()).toEqual(
      ['HOUSEHOLDS', 'HOUSEHOLDS_PREV', 'POOR_HOUSEHOLDS', 'POOR_HOUSEHOLDS_PREV'].sort(),
    );
    expect(componentsOf(laiChau2023, 'POVERTY_REDUCTION_POOR_DISTRICTS')).toHaveLength(4);
    expect(indicatorsOf(laiChau2023, 'province')).toHaveLength(laiChau2023.indicators.length);
    expect(indicatorsOf(laiChau2023, 'district')).toHaveLength(laiChau2023.indicators.length);
    const c = clone(laiChau2023);
    c.indicators[0].levels = ['province'];
    expect(indicatorsOf(c, 'district').map((i) => i.code)).not.toContain('GRDP_GROWTH');
    expect(indicatorsOf(c, 'province').map((i) => i.code)).toContain('GRDP_GROWTH');
    expect(findIndicator(c, 'NOPE')).toBeUndefined();
  });
});

describe('parseCatalogue / catalogueToJson', () => {
  test('round-trips the embedded catalogue', () => {
    const json = catalogueToJson(laiChau2023);
    const back = parseCatalogue(JSON.parse(json));
    expect(back).toEqual(laiChau2023);
    expect(catalogueToJson(back)).toBe(json);
    // And from the text itself.
    expect(parseCatalogue(json)).toEqual(laiChau2023);
  });

  test('round-trips ranges, levels, tolerance', () => {
    const c = clone(laiChau2023);
    c.indicators.push({
      code: 'MACADAMIA_NEW',
      group: 'economy',
      name: { vi: 'Trồng mới mắc ca', en: 'New macadamia planting' },
      unit: { vi: 'ha', en: 'ha' },
      valueKind: 'number',
      rule: 'range',
      target: [1000, 1500.5],
      decimals: 1,
      consolidation: { kind: 'sum' },
      levels: ['province'],
    });
    c.indicators[0].tolerance = 0.2;
    expect(parseCatalogue(JSON.parse(catalogueToJson(c)))).toEqual(c);
  });

  test('lenient form and its defaults', () => {
    const c = parseCatalogue({
      id: 'test',
      province: 'Điện Biên',
      year: 2024,
      indicators: [
        { code: 'GROWTH', name: 'Tăng trưởng', unit: '%', target: '9,0', rule: 'about' },
        { code: 'REVENUE', name: 'Thu ngân sách', unit: 'tỷ đồng', target: 2450 },
        { code: 'POVERTY', name: 'Mức giảm tỷ lệ hộ nghèo', unit: 'điểm %', target: 3.6 },
        { code: 'SCHOOL', name: 'Phổ cập', target: 'Đạt' },
        { code: 'MACADAMIA', name: { vi: 'Trồng mới mắc ca' }, unit: 'ha' },
        { code: 'RATE', name: 'Tỷ lệ', unit: '%', target: 90, consolidation: { kind: 'ratio', numerator: 'PART', denominator: 'TOTAL' } },
        { code: 'PART', name: 'Trong đó', unit: 'hộ', parentCode: 'RATE' },
        { code: 'TOTAL', name: 'Tổng', unit: 'hộ', parentCode: 'RATE' },
        { code: 'MID', name: 'Khoảng', target: [2, '3,5'] },
        { code: 'GDP', name: 'GRDP', consolidation: 'province_only' },
      ],
    });
    expect(c.version).toBe(1);
    expect(c.title.vi).toContain('2024');
    expect(c.groups).toHaveLength(1);
    const by = (code: string) => findIndicator(c, code)!;
    for (const i of c.indicators) expect(i.group).toBe(c.groups[0].code);
    expect(by('GROWTH')).toMatchObject({ target: 9, decimals: 1, valueKind: 'percent', rule: 'about', name: { vi: 'Tăng trưởng', en: 'Tăng trưởng' } });
    expect(by('GROWTH').tolerance).toBeUndefined();
    expect(by('REVENUE')).toMatchObject({ target: 2450, decimals: 0, valueKind: 'number', rule: 'at_least', consolidation: { kind: 'sum' } });
    expect(by('POVERTY')).toMatchObject({ valueKind: 'percent', decimals: 1 });
    expect(by('SCHOOL')).toMatchObject({ target: 'pass', rule: 'maintain', valueKind: 'pass_fail', decimals: 0, consolidation: { kind: 'all_met' } });
    expect(by('MACADAMIA')).toMatchObject({ rule: 'at_least', decimals: 0, name: { vi: 'Trồng mới mắc ca', en: 'Trồng mới mắc ca' } });
    expect(by('MACADAMIA').target).toBeUndefined();
    expect(by('RATE').consolidation).toEqual({ kind: 'ratio', numerator: 'PART', denominator: 'TOTAL', scale: 100 });
    expect(by('PART')).toMatchObject({ rule: 'none', valueKind: 'number', consolidation: { kind: 'sum' } });
    expect(by('MID')).toMatchObject({ rule: 'range', target: [2, 3.5], decimals: 1 });
    expect(by('GDP').consolidation).toEqual({ kind: 'province_only' });
  });

  test('group may be named by code or Vietnamese name; NFC normalisation', () => {
    const decomposed = 'Kinh tế'.normalize('NFD');
    const c = parseCatalogue({
      id: 'x',
      province: 'Lai Châu'.normalize('NFD'),
      year: 2023,
      groups: [{ code: 'eco', name: decomposed }],
      indicators: [{ code: 'A', name: 'a', group: 'Kinh tế' }],
    });
    expect(c.province).toBe('Lai Châu');
    expect(c.groups[0].name.vi).toBe('Kinh tế');
    expect(c.indicators[0].group).toBe('eco');
  });

  const base = () => clone(JSON.parse(catalogueToJson(laiChau2023))) as Record<string, any>;
  const idx = (doc: Record<string, any>, code: string) =>
    (doc.indicators as { code: string }[]).findIndex((i) => i.code === code);

  const expectError = (doc: unknown, path: string, pattern?: RegExp) => {
    let err: unknown;
    try {
      parseCatalogue(doc);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CatalogueError);
    const ce = err as CatalogueError;
    expect(ce.path).toBe(path);
    expect(ce.message).toContain(path);
    expect(ce.messageEn).toContain(path);
    expect(ce.message.split('\n')).toHaveLength(1);
    expect(ce.message).not.toBe(ce.messageEn);
    if (pattern) expect(ce.messageEn).toMatch(pattern);
    return ce;
  };

  test('not an object / bad JSON text', () => {
    expectError(42, '');
    expectError('{"id": ', '', /JSON/);
    expectError(null, '');
  });

  test('missing or bad header fields', () => {
    const d1 = base();
    delete d1.id;
    expectError(d1, 'id');
    const d2 = base();
    d2.year = 2023.5;
    expectError(d2, 'year', /1900 to 2200/);
    const d3 = base();
    d3.year = 1800;
    expectError(d3, 'year');
    const d4 = base();
    d4.year = '2023';
    expectError(d4, 'year');
    const d5 = base();
    d5.indicators = [];
    expectError(d5, 'indicators');
    const d6 = base();
    d6.provinse = 'x';
    expectError(d6, 'provinse', /not a catalogue field/);
    const d7 = base();
    d7.version = 0;
    expectError(d7, 'version');
  });

  test('bad rule', () => {
    const d = base();
    const i = idx(d, 'TRADE_GROWTH');
    d.indicators[i].rule = 'atleast';
    const e = expectError(d, `indicators[${i}].rule`, /at_least, at_most, about, range, maintain, none/);
    expect(e.message).toContain('không hợp lệ');
  });

  test('bad code, duplicate code', () => {
    const d = base();
    d.indicators[2].code = 'cereal-output';
    expectError(d, 'indicators[2].code', /capitals/);
    const d2 = base();
    d2.indicators[3].code = 'GRDP_GROWTH';
    expectError(d2, 'indicators[3].code', /repeats indicators\[0\]/);
    const d3 = base();
    d3.indicators[3].code = '1ABC';
    expectError(d3, 'indicators[3].code');
  });

  test('target shape must match the rule', () => {
    const d = base();
    const i = idx(d, 'FOREST_COVER');
    d.indicators[i].target = [50, 55];
    expectError(d, `indicators[${i}].target`, /range/);

    const d2 = base();
    d2.indicators[i].rule = 'range';
    d2.indicators[i].target = [55, 50];
    expectError(d2, `indicators[${i}].target`, /low ≤ high/);

    const d3 = base();
    d3.indicators[i].rule = 'range';
    d3.indicators[i].target = 52.3;
    expectError(d3, `indicators[${i}].target`);

    const d4 = base();
    const p = idx(d4, 'PRESCHOOL_5Y');
    d4.indicators[p].target = 1;
    expectError(d4, `indicators[${p}].target`, /pass/);

    const d5 = base();
    d5.indicators[i].target = 'nhiều';
    expectError(d5, `indicators[${i}].target`);

    const d6 = base();
    d6.indicators[i].target = '2.450';
    expectError(d6, `indicators[${i}].target`, /two ways/);

    const d7 = base();
    const c = idx(d7, 'HOUSEHOLDS');
    d7.indicators[c].target = 100;
    expectError(d7, `indicators[${c}].target`, /component/);

    const d8 = base();
    d8.indicators[i].rule = 'range';
    d8.indicators[i].target = [50, 'x'];
    expectError(d8, `indicators[${i}].target[1]`);
  });

  test('valueKind, decimals, tolerance, levels', () => {
    const d = base();
    d.indicators[0].valueKind = 'percentage';
    expectError(d, 'indicators[0].valueKind', /percent, number, pass_fail/);

    const d2 = base();
    d2.indicators[0].decimals = 1.5;
    expectError(d2, 'indicators[0].decimals');

    const d3 = base();
    const j = idx(d3, 'JOBS_CREATED');
    d3.indicators[j].tolerance = 1;
    expectError(d3, `indicators[${j}].tolerance`, /about/);

    const d4 = base();
    d4.indicators[0].tolerance = -1;
    expectError(d4, 'indicators[0].tolerance');

    const d5 = base();
    d5.indicators[0].levels = ['commune'];
    expectError(d5, 'indicators[0].levels');

    const d6 = base();
    const p = idx(d6, 'PRESCHOOL_5Y');
    d6.indicators[p].valueKind = 'number';
    expectError(d6, `indicators[${p}].valueKind`, /pass_fail/);
  });

  test('consolidation: kind, references, shape', () => {
    const d = base();
    const i = idx(d, 'GRID_ELECTRICITY');
    d.indicators[i].consolidation = { kind: 'average' };
    expectError(d, `indicators[${i}].consolidation.kind`, /sum, province_only, ratio/);

    const d2 = base();
    d2.indicators[i].consolidation.numerator = 'HOUSEHOLDS_ON_GRID';
    expectError(d2, `indicators[${i}].consolidation.numerator`, /HOUSEHOLDS_ON_GRID/);

    const d3 = base();
    const h = idx(d3, 'HOUSEHOLDS');
    d3.indicators.splice(h, 1);
    // GRID_ELECTRICITY's denominator is now unknown (and comes first).
    expectError(d3, `indicators[${i}].consolidation.denominator`);

    const d4 = base();
    d4.indicators[i].consolidation.scale = 0;
    expectError(d4, `indicators[${i}].consolidation.scale`);

    const d5 = base();
    const n = idx(d5, 'NTM_AVG_CRITERIA');
    d5.indicators[n].consolidation.measure = 'mean';
    expectError(d5, `indicators[${n}].consolidation.measure`, /average_criteria, communes_15_18/);

    const d6 = base();
    const p = idx(d6, 'POVERTY_REDUCTION');
    d6.indicators[p].consolidation.poorDistrictsOnly = 'yes';
    expectError(d6, `indicators[${p}].consolidation.poorDistrictsOnly`);

    const d7 = base();
    d7.indicators[p].consolidation.poorPrev = 'PRESCHOOL_5Y';
    expectError(d7, `indicators[${p}].consolidation.poorPrev`, /pass\/fail/);

    const d8 = base();
    const s = idx(d8, 'PRESCHOOL_5Y');
    d8.indicators[s].consolidation = { kind: 'sum' };
    expectError(d8, `indicators[${s}].consolidation.kind`, /all_met/);

    const d9 = base();
    d9.indicators[0].consolidation = { kind: 'sum', numerator: 'X' };
    expectError(d9, 'indicators[0].consolidation.numerator', /not a catalogue field/);
  });

  test('parentCode, group, name', () => {
    const d = base();
    const h = idx(d, 'HOUSEHOLDS');
    d.indicators[h].parentCode = 'NOPE';
    expectError(d, `indicators[${h}].parentCode`, /NOPE/);

    const d2 = base();
    d2.indicators[0].group = 'kinh_te';
    expectError(d2, 'indicators[0].group', /economy, new_rural, culture_social, environment/);

    const d3 = base();
    d3.indicators[0].name = { vi: '' };
    expectError(d3, 'indicators[0].name.vi');

    const d4 = base();
    d4.groups[1].code = 'economy';
    expectError(d4, 'groups[1].code', /repeats/);

    const d5 = base();
    d5.indicators[0].traget = 9;
    expectError(d5, 'indicators[0].traget', /not a catalogue field/);
  });

  test('free keys (notes) are allowed', () => {
    const d = base();
    d.note = 'bản nháp';
    d.indicators[0]._source = 'NQ HĐND';
    expect(parseCatalogue(d)).toEqual(laiChau2023);
  });
});

test('type check: the embedded catalogue is a Catalogue', () => {
  const c: Catalogue = laiChau2023;
  expect(c.indicators.length).toBe(TABLE.length + COMPONENTS.length);
});
