// The embedded default catalogue: Lai Châu's socio-economic plan for 2023 (the targets of the
// HĐND resolution as reported on laichau.gov.vn, 9 Dec 2022). Pure data.
//
// Indicators are listed group by group (Kinh tế, Nông thôn mới, Văn hóa – Xã hội, Môi trường), each
// followed by its component rows: for a share, the total first and then "Trong đó: ..." (the part),
// as Vietnamese report tables write them. A component that serves several indicators (HOUSEHOLDS:
// grid electricity and poverty) appears once, under the first indicator it serves.
//
// Judgement calls (see also the report of the commit that added this file):
// - Village roads and grid electricity are infrastructure targets and sit in `economy`: they are
//   measured over the whole province (towns and wards too), not only over the xã that the
//   new-rural programme scores, so `new_rural` keeps just the two NTM aggregates.
// - POVERTY_REDUCTION is in percentage points (điểm %). Its `valueKind` is 'percent' because that
//   kind only says how a cell is read: the plan writes the target as "3,6%", and a person who types
//   3,6% into Excel gets 0,036 in a percent-formatted cell, which must read as 3,6 points.
// - Components are plain counts (decimals 0) except money (triệu USD, 1 decimal) and land (ha,
//   1 decimal); their decimals only affect display, never a verdict (rule 'none').

import type { Catalogue, Indicator } from '../types';

type Bi = { vi: string; en: string };

const PCT: Bi = { vi: '%', en: '%' };

/** A component row: rule 'none', no target, summed over units. */
function component(code: string, parentCode: string, group: string, name: Bi, unit: Bi, decimals = 0): Indicator {
  return { code, group, name, unit, valueKind: 'number', rule: 'none', decimals, consolidation: { kind: 'sum' }, parentCode };
}

function ratio(numerator: string, denominator: string, scale: number): Indicator['consolidation'] {
  return { kind: 'ratio', numerator, denominator, scale };
}

const E = 'economy';
const R = 'new_rural';
const S = 'culture_social';
const M = 'environment';

const VILLAGE_UNIT: Bi = { vi: 'thôn, bản', en: 'villages' };
const HOUSEHOLD_UNIT: Bi = { vi: 'hộ', en: 'households' };
const PEOPLE_UNIT: Bi = { vi: 'người', en: 'people' };
const WORKER_UNIT: Bi = { vi: 'lao động', en: 'workers' };

const indicators: Indicator[] = [
  // ------------------------------------------------------------------ Kinh tế
  {
    code: 'GRDP_GROWTH',
    group: E,
    name: {
      vi: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)',
      en: 'Growth rate of gross regional domestic product (GRDP)',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'about',
    target: 9.0,
    tolerance: 0,
    decimals: 1,
    consolidation: { kind: 'province_only' },
  },
  {
    code: 'GRDP_PER_CAPITA',
    group: E,
    name: { vi: 'GRDP bình quân đầu người', en: 'GRDP per capita' },
    unit: { vi: 'triệu đồng', en: 'million VND' },
    valueKind: 'number',
    rule: 'about',
    target: 52.9,
    tolerance: 0,
    decimals: 1,
    consolidation: { kind: 'province_only' },
  },
  {
    code: 'CEREAL_OUTPUT',
    group: E,
    name: { vi: 'Tổng sản lượng lương thực có hạt', en: 'Total cereal output' },
    unit: { vi: 'nghìn tấn', en: 'thousand tonnes' },
    valueKind: 'number',
    rule: 'at_least',
    target: 225,
    decimals: 1,
    consolidation: { kind: 'sum' },
  },
  {
    code: 'BUDGET_REVENUE',
    group: E,
    name: { vi: 'Thu ngân sách nhà nước trên địa bàn', en: 'State budget revenue collected in the province' },
    unit: { vi: 'tỷ đồng', en: 'billion VND' },
    valueKind: 'number',
    rule: 'at_least',
    target: 2450,
    decimals: 0,
    consolidation: { kind: 'sum' },
  },
  {
    code: 'TRADE_GROWTH',
    group: E,
    name: { vi: 'Tốc độ tăng kim ngạch xuất nhập khẩu', en: 'Growth of import and export turnover' },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 3.0,
    decimals: 1,
    consolidation: { kind: 'growth', current: 'TRADE_TURNOVER', previous: 'TRADE_TURNOVER_PREV' },
  },
  component(
    'TRADE_TURNOVER',
    'TRADE_GROWTH',
    E,
    { vi: 'Kim ngạch xuất nhập khẩu', en: 'Import and export turnover' },
    { vi: 'triệu USD', en: 'million USD' },
    1,
  ),
  component(
    'TRADE_TURNOVER_PREV',
    'TRADE_GROWTH',
    E,
    { vi: 'Kim ngạch xuất nhập khẩu năm trước', en: 'Import and export turnover, previous year' },
    { vi: 'triệu USD', en: 'million USD' },
    1,
  ),
  {
    code: 'TOURIST_GROWTH',
    group: E,
    name: { vi: 'Tốc độ tăng tổng lượt khách du lịch', en: 'Growth of total tourist arrivals' },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 7.6,
    decimals: 1,
    consolidation: { kind: 'growth', current: 'TOURIST_ARRIVALS', previous: 'TOURIST_ARRIVALS_PREV' },
  },
  component(
    'TOURIST_ARRIVALS',
    'TOURIST_GROWTH',
    E,
    { vi: 'Tổng lượt khách du lịch', en: 'Total tourist arrivals' },
    { vi: 'lượt khách', en: 'visits' },
  ),
  component(
    'TOURIST_ARRIVALS_PREV',
    'TOURIST_GROWTH',
    E,
    { vi: 'Tổng lượt khách du lịch năm trước', en: 'Total tourist arrivals, previous year' },
    { vi: 'lượt khách', en: 'visits' },
  ),
  {
    code: 'VILLAGE_ROADS',
    group: E,
    name: {
      vi: 'Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi',
      en: 'Share of villages with convenient motorbike or car access',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 99.1,
    decimals: 1,
    consolidation: ratio('VILLAGES_WITH_ROADS', 'VILLAGES', 100),
  },
  component('VILLAGES', 'VILLAGE_ROADS', E, { vi: 'Tổng số thôn, bản', en: 'Total number of villages' }, VILLAGE_UNIT),
  component(
    'VILLAGES_WITH_ROADS',
    'VILLAGE_ROADS',
    E,
    {
      vi: 'Trong đó: số thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi',
      en: 'Of which: villages with convenient motorbike or car access',
    },
    VILLAGE_UNIT,
  ),
  {
    code: 'GRID_ELECTRICITY',
    group: E,
    name: {
      vi: 'Tỷ lệ hộ dân được sử dụng điện lưới quốc gia',
      en: 'Share of households using national grid electricity',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 96.5,
    decimals: 1,
    consolidation: ratio('HOUSEHOLDS_GRID', 'HOUSEHOLDS', 100),
  },
  component('HOUSEHOLDS', 'GRID_ELECTRICITY', E, { vi: 'Tổng số hộ', en: 'Total number of households' }, HOUSEHOLD_UNIT),
  component(
    'HOUSEHOLDS_GRID',
    'GRID_ELECTRICITY',
    E,
    {
      vi: 'Trong đó: số hộ được sử dụng điện lưới quốc gia',
      en: 'Of which: households using national grid electricity',
    },
    HOUSEHOLD_UNIT,
  ),

  // ------------------------------------------------------------------ Nông thôn mới
  {
    code: 'NTM_COMMUNES_15_18',
    group: R,
    name: {
      vi: 'Số xã đạt từ 15-18 tiêu chí nông thôn mới',
      en: 'Communes meeting 15–18 new-rural criteria',
    },
    unit: { vi: 'xã', en: 'communes' },
    valueKind: 'number',
    rule: 'at_least',
    target: 7,
    decimals: 0,
    consolidation: { kind: 'rural', measure: 'communes_15_18' },
  },
  {
    code: 'NTM_AVG_CRITERIA',
    group: R,
    name: {
      vi: 'Bình quân số tiêu chí nông thôn mới/xã',
      en: 'Average number of new-rural criteria met per commune',
    },
    unit: { vi: 'tiêu chí/xã', en: 'criteria per commune' },
    valueKind: 'number',
    rule: 'at_least',
    target: 13.9,
    decimals: 1,
    consolidation: { kind: 'rural', measure: 'average_criteria' },
  },

  // ------------------------------------------------------------------ Văn hóa – Xã hội
  {
    code: 'PRESCHOOL_5Y',
    group: S,
    name: {
      vi: 'Giữ vững phổ cập giáo dục mầm non cho trẻ 5 tuổi',
      en: 'Maintain universal preschool education for five-year-olds',
    },
    unit: { vi: 'Đạt/Không đạt', en: 'Met/Not met' },
    valueKind: 'pass_fail',
    rule: 'maintain',
    target: 'pass',
    decimals: 0,
    consolidation: { kind: 'all_met' },
  },
  {
    code: 'DOCTORS_PER_10K',
    group: S,
    name: { vi: 'Số bác sỹ/1 vạn dân', en: 'Doctors per 10,000 people' },
    unit: { vi: 'bác sỹ', en: 'doctors' },
    valueKind: 'number',
    rule: 'at_least',
    target: 13.0,
    decimals: 1,
    consolidation: ratio('DOCTORS', 'POPULATION', 10000),
  },
  component('DOCTORS', 'DOCTORS_PER_10K', S, { vi: 'Số bác sỹ', en: 'Number of doctors' }, { vi: 'bác sỹ', en: 'doctors' }),
  component('POPULATION', 'DOCTORS_PER_10K', S, { vi: 'Dân số trung bình', en: 'Average population' }, PEOPLE_UNIT),
  {
    code: 'POVERTY_REDUCTION',
    group: S,
    name: { vi: 'Mức giảm tỷ lệ hộ nghèo', en: 'Reduction of the poor-household rate' },
    unit: { vi: 'điểm %', en: 'percentage points' },
    valueKind: 'percent',
    rule: 'at_least',
    target: 3.6,
    decimals: 1,
    consolidation: {
      kind: 'poverty_reduction',
      poor: 'POOR_HOUSEHOLDS',
      households: 'HOUSEHOLDS',
      poorPrev: 'POOR_HOUSEHOLDS_PREV',
      householdsPrev: 'HOUSEHOLDS_PREV',
      poorDistrictsOnly: false,
    },
  },
  component('POOR_HOUSEHOLDS', 'POVERTY_REDUCTION', S, { vi: 'Số hộ nghèo', en: 'Poor households' }, HOUSEHOLD_UNIT),
  component(
    'POOR_HOUSEHOLDS_PREV',
    'POVERTY_REDUCTION',
    S,
    { vi: 'Số hộ nghèo năm trước', en: 'Poor households, previous year' },
    HOUSEHOLD_UNIT,
  ),
  component(
    'HOUSEHOLDS_PREV',
    'POVERTY_REDUCTION',
    S,
    { vi: 'Tổng số hộ năm trước', en: 'Total number of households, previous year' },
    HOUSEHOLD_UNIT,
  ),
  {
    code: 'POVERTY_REDUCTION_POOR_DISTRICTS',
    group: S,
    name: { vi: 'Trong đó: các huyện nghèo', en: 'Of which: poor districts' },
    unit: { vi: 'điểm %', en: 'percentage points' },
    valueKind: 'percent',
    rule: 'at_least',
    target: 5.1,
    decimals: 1,
    consolidation: {
      kind: 'poverty_reduction',
      poor: 'POOR_HOUSEHOLDS',
      households: 'HOUSEHOLDS',
      poorPrev: 'POOR_HOUSEHOLDS_PREV',
      householdsPrev: 'HOUSEHOLDS_PREV',
      poorDistrictsOnly: true,
    },
  },
  {
    code: 'JOBS_CREATED',
    group: S,
    name: { vi: 'Giải quyết việc làm', en: 'Jobs created' },
    unit: WORKER_UNIT,
    valueKind: 'number',
    rule: 'at_least',
    target: 8440,
    decimals: 0,
    consolidation: { kind: 'sum' },
  },
  {
    code: 'WORKERS_TRAINED',
    group: S,
    name: { vi: 'Đào tạo lao động', en: 'Workers trained' },
    unit: WORKER_UNIT,
    valueKind: 'number',
    rule: 'at_least',
    target: 8000,
    decimals: 0,
    consolidation: { kind: 'sum' },
  },
  {
    code: 'TRAINED_LABOUR_SHARE',
    group: S,
    name: { vi: 'Tỷ lệ lao động qua đào tạo', en: 'Share of trained workers in the labour force' },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 58.3,
    decimals: 1,
    consolidation: ratio('TRAINED_WORKERS', 'LABOUR_FORCE', 100),
  },
  component(
    'LABOUR_FORCE',
    'TRAINED_LABOUR_SHARE',
    S,
    { vi: 'Tổng số lao động trong độ tuổi lao động', en: 'Labour force (working-age workers)' },
    WORKER_UNIT,
  ),
  component(
    'TRAINED_WORKERS',
    'TRAINED_LABOUR_SHARE',
    S,
    { vi: 'Trong đó: số lao động đã qua đào tạo', en: 'Of which: trained workers' },
    WORKER_UNIT,
  ),
  {
    code: 'VILLAGE_CULTURAL_HOUSES',
    group: S,
    name: {
      vi: 'Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa',
      en: 'Share of villages and residential areas with a cultural house',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 84.1,
    decimals: 1,
    consolidation: ratio('VILLAGES_CULTURAL_HOUSE', 'VILLAGES_RESIDENTIAL', 100),
  },
  component(
    'VILLAGES_RESIDENTIAL',
    'VILLAGE_CULTURAL_HOUSES',
    S,
    { vi: 'Tổng số thôn, bản, khu dân cư', en: 'Total number of villages and residential areas' },
    { vi: 'thôn, bản, khu dân cư', en: 'villages and residential areas' },
  ),
  component(
    'VILLAGES_CULTURAL_HOUSE',
    'VILLAGE_CULTURAL_HOUSES',
    S,
    {
      vi: 'Trong đó: số thôn, bản, khu dân cư có nhà văn hóa',
      en: 'Of which: villages and residential areas with a cultural house',
    },
    { vi: 'thôn, bản, khu dân cư', en: 'villages and residential areas' },
  ),
  {
    code: 'ETHNIC_TV_RADIO',
    group: S,
    name: {
      vi: 'Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh',
      en: 'Share of ethnic-minority people with access to television and radio',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 93.3,
    decimals: 1,
    consolidation: ratio('ETHNIC_POP_TV_RADIO', 'ETHNIC_POPULATION', 100),
  },
  component(
    'ETHNIC_POPULATION',
    'ETHNIC_TV_RADIO',
    S,
    { vi: 'Dân số là đồng bào dân tộc thiểu số', en: 'Ethnic-minority population' },
    PEOPLE_UNIT,
  ),
  component(
    'ETHNIC_POP_TV_RADIO',
    'ETHNIC_TV_RADIO',
    S,
    {
      vi: 'Trong đó: số người được xem truyền hình và nghe đài phát thanh',
      en: 'Of which: people with access to television and radio',
    },
    PEOPLE_UNIT,
  ),

  // ------------------------------------------------------------------ Môi trường
  {
    code: 'RURAL_CLEAN_WATER',
    group: M,
    name: {
      vi: 'Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh',
      en: 'Share of the rural population using hygienic domestic water',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 90,
    decimals: 1,
    consolidation: ratio('RURAL_POP_CLEAN_WATER', 'RURAL_POPULATION', 100),
  },
  component('RURAL_POPULATION', 'RURAL_CLEAN_WATER', M, { vi: 'Dân số nông thôn', en: 'Rural population' }, PEOPLE_UNIT),
  component(
    'RURAL_POP_CLEAN_WATER',
    'RURAL_CLEAN_WATER',
    M,
    {
      vi: 'Trong đó: số người sử dụng nước sinh hoạt hợp vệ sinh',
      en: 'Of which: people using hygienic domestic water',
    },
    PEOPLE_UNIT,
  ),
  {
    code: 'WASTE_COLLECTION',
    group: M,
    name: {
      vi: 'Tỷ lệ xã, phường, thị trấn được thu gom, xử lý rác thải sinh hoạt',
      en: 'Share of communes, wards and towns where household waste is collected and treated',
    },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 69.8,
    decimals: 1,
    consolidation: ratio('COMMUNES_WASTE_COLLECTED', 'COMMUNE_UNITS', 100),
  },
  component(
    'COMMUNE_UNITS',
    'WASTE_COLLECTION',
    M,
    { vi: 'Tổng số xã, phường, thị trấn', en: 'Total number of communes, wards and towns' },
    { vi: 'xã, phường, thị trấn', en: 'communes, wards and towns' },
  ),
  component(
    'COMMUNES_WASTE_COLLECTED',
    'WASTE_COLLECTION',
    M,
    {
      vi: 'Trong đó: số xã, phường, thị trấn được thu gom, xử lý rác thải sinh hoạt',
      en: 'Of which: communes, wards and towns where household waste is collected and treated',
    },
    { vi: 'xã, phường, thị trấn', en: 'communes, wards and towns' },
  ),
  {
    code: 'FOREST_COVER',
    group: M,
    name: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover' },
    unit: PCT,
    valueKind: 'percent',
    rule: 'at_least',
    target: 52.3,
    decimals: 1,
    consolidation: ratio('FOREST_AREA', 'NATURAL_AREA', 100),
  },
  component(
    'NATURAL_AREA',
    'FOREST_COVER',
    M,
    { vi: 'Tổng diện tích tự nhiên', en: 'Total natural area' },
    { vi: 'ha', en: 'ha' },
    1,
  ),
  component(
    'FOREST_AREA',
    'FOREST_COVER',
    M,
    { vi: 'Trong đó: diện tích đất có rừng', en: 'Of which: forested area' },
    { vi: 'ha', en: 'ha' },
    1,
  ),
];

export const laiChau2023: Catalogue = {
  id: 'laichau-2023',
  version: 1,
  province: 'Lai Châu',
  year: 2023,
  title: {
    vi: 'Các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2023 tỉnh Lai Châu',
    en: 'Main indicators of the 2023 socio-economic development plan, Lai Châu province',
  },
  groups: [
    { code: 'economy', name: { vi: 'Kinh tế', en: 'Economy' } },
    { code: 'new_rural', name: { vi: 'Nông thôn mới', en: 'New rural areas' } },
    { code: 'culture_social', name: { vi: 'Văn hóa – Xã hội', en: 'Culture and society' } },
    { code: 'environment', name: { vi: 'Môi trường', en: 'Environment' } },
  ],
  indicators,
};
