import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { parseCatalogue } from '../../src/core/catalogue/catalogue';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { PLAN_DIR } from '../fixtures/plans/corpus';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-catalogue-'));
const plan = (name: string) => join(PLAN_DIR, `${name}.txt`);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err: err.join('\n') };
}

interface Row {
  code: string;
  name: { vi: string };
  target?: unknown;
  rule: string;
  source?: string;
  doubtful?: string | false;
  parentCode?: string;
}

describe('chitieu catalogue --from-text (the seed article)', () => {
  const out = join(dir, 'laichau-2023.json');
  let r: Awaited<ReturnType<typeof run>>;
  let doc: { id: string; year: number; indicators: Row[] };

  beforeAll(async () => {
    r = await run('catalogue', '--from-text', plan('laichau-2023-article'), '--out', out);
    doc = JSON.parse(readFileSync(out, 'utf8'));
  });

  test('writes the catalogue that --catalogue accepts: the embedded 2023 catalogue', () => {
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(parseCatalogue(readFileSync(out, 'utf8'))).toEqual(laiChau2023);
  });

  test('each target row carries its source sentence and whether it is doubtful; component rows do not', () => {
    const targets = doc.indicators.filter((i) => !i.parentCode);
    expect(targets).toHaveLength(22);
    for (const t of targets) {
      expect(typeof t.source).toBe('string');
      expect(t.doubtful).toBe(false);
    }
    expect(doc.indicators.find((i) => i.code === 'BUDGET_REVENUE')!.source).toContain('Thu ngân sách trên địa bàn đạt 2.450 tỷ đồng.');
    for (const c of doc.indicators.filter((i) => i.parentCode)) expect(c).not.toHaveProperty('source');
  });

  test('prints one line per target, then a summary', () => {
    expect(r.out).toHaveLength(23);
    expect(r.out[0]).toBe('GRDP_GROWTH: khoảng 9,0 % — Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)');
    expect(r.out[3]).toBe('NTM_COMMUNES_15_18: ≥ 7 xã — Số xã đạt từ 15-18 tiêu chí nông thôn mới');
    expect(r.out[22]).toBe(`Đã ghi ${out}: 22 chỉ tiêu (0 nghi vấn, 0 mới), laichau-2023, Lai Châu, năm 2023.`);
  });

  test('chitieu template --catalogue uses it, and check reads the targets back', async () => {
    const xlsx = join(dir, 'from-text.xlsx');
    expect((await run('template', '--catalogue', out, '--out', xlsx)).code).toBe(0);
    const c = await run('check', xlsx, '--json', '--catalogue', out);
    expect(c.code).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    const targets = Object.fromEntries(json.indicators.map((i: { code: string; target: unknown }) => [i.code, i.target]));
    expect(targets).toMatchObject({ GRDP_GROWTH: 9, BUDGET_REVENUE: 2450, NTM_COMMUNES_15_18: 7, DOCTORS_PER_10K: 13 });
    expect(json.indicators).toHaveLength(22);
  });
});

describe('chitieu catalogue with other texts', () => {
  test('a 2024 resolution: next year\'s numbers under the same codes, and a template for 2024', async () => {
    const out = join(dir, 'nq-2024.json');
    const r = await run('catalogue', '--from-text', plan('nghi-quyet-2024-danh-sach'), '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    const cat = parseCatalogue(readFileSync(out, 'utf8'));
    expect([cat.id, cat.year]).toEqual(['laichau-2024', 2024]);
    expect(cat.indicators.find((i) => i.code === 'GRDP_GROWTH')).toMatchObject({ target: 8.5, rule: 'at_least' });
    expect(r.out).toContain('TOURIST_GROWTH: from 8 to 10 % — Tốc độ tăng tổng lượt khách du lịch');
    expect(r.out[r.out.length - 1]).toMatch(/^Wrote .*: 18 targets \(0 doubtful, 2 new\), laichau-2024, Lai Châu, plan year 2024\. Not in the text: VILLAGE_ROADS, /);
    const xlsx = join(dir, 'nq-2024.xlsx');
    expect((await run('template', '--catalogue', out, '--out', xlsx)).code).toBe(0);
    const c = JSON.parse((await run('check', xlsx, '--json', '--catalogue', out)).out.join('\n'));
    expect(c.indicators.find((i: { code: string }) => i.code === 'TOURIST_GROWTH').target).toEqual([8, 10]);
    expect(c.indicators.find((i: { code: string }) => i.code === 'TRONG_MOI_MAC_CA')).toMatchObject({ target: 1500, unit: 'ha' });
  });

  test('new indicators only (no known code fits) still make a working template', async () => {
    const out = join(dir, 'limits-2025.json');
    expect((await run('catalogue', '--from-text', plan('khoang-va-gioi-han-2025'), '--out', out)).code).toBe(0);
    const xlsx = join(dir, 'limits-2025.xlsx');
    const t = await run('template', '--catalogue', out, '--out', xlsx);
    expect([t.code, t.err]).toEqual([0, '']);
  });

  test('doubtful readings are marked in the file and in the lines printed', async () => {
    const out = join(dir, 'en.json');
    const r = await run('catalogue', '--from-text', plan('so-kieu-tieng-anh'), '--out', out);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const budget = doc.indicators.find((i: Row) => i.code === 'BUDGET_REVENUE');
    expect(budget.target).toBe(2450.5);
    expect(budget.doubtful).toBe('"2,450.5" viết theo kiểu tiếng Anh; đã đọc là 2.450,5');
    expect(r.out.find((l) => l.startsWith('BUDGET_REVENUE'))).toContain('[nghi vấn: "2,450.5" viết theo kiểu tiếng Anh');
    expect(r.out[r.out.length - 1]).toContain('5 chỉ tiêu (5 nghi vấn, 0 mới)');
  });

  test('--year and --province override what the text says; UTF-16 text is read', async () => {
    const file = join(dir, 'utf16.txt');
    const text = 'Tỷ lệ che phủ rừng đạt 55%; thu ngân sách đạt 3.000 tỷ đồng.';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = join(dir, 'utf16.json');
    const r = await run('catalogue', '--from-text', file, '--out', out, '--year', '2026', '--province', 'Điện Biên');
    expect(r.code).toBe(0);
    const cat = parseCatalogue(readFileSync(out, 'utf8'));
    expect([cat.id, cat.year, cat.province]).toEqual(['dienbien-2026', 2026, 'Điện Biên']);
    expect(cat.indicators.filter((i) => !i.parentCode).map((i) => [i.code, i.target])).toEqual([
      ['BUDGET_REVENUE', 3000],
      ['FOREST_COVER', 55],
    ]);
  });

  test('another known catalogue can be given with --catalogue (even one written by this command)', async () => {
    const known = join(dir, 'known.json');
    expect((await run('catalogue', '--from-text', plan('laichau-2023-article'), '--out', known)).code).toBe(0);
    const out = join(dir, 'again.json');
    const r = await run('catalogue', '--from-text', plan('bao-chi-cham-phay'), '--out', out, '--catalogue', known);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('GRDP_GROWTH: từ 7,0 đến 7,5 % — Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)');
  });
});

describe('chitieu catalogue refuses, with one line and nothing written', () => {
  test.each([
    [['--out', 'x.json'], /thiếu --from-text/],
    [['--from-text', 'PLAN.txt'], /thiếu --out/],
    [['--from-text', 'PLAN.txt', '--out', 'x.xlsx'], /--out phải là tệp \.json/],
    [['--from-text', 'PLAN.txt', '--out', 'x.json', '--year', '23'], /--year phải là năm kế hoạch/],
    [['--from-text', 'PLAN.txt', '--out', 'x.json', '--lang', 'fr'], /--lang phải là vi \| en/],
    [['--from-text', 'PLAN.txt', '--out', 'x.json', '--bogus'], /Unknown option '--bogus'/],
  ])('%j', async (args, message) => {
    const r = await run('catalogue', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toEqual([]);
  });

  test('a missing file, a Word file, a text without targets', async () => {
    const out = join(dir, 'never.json');
    const missing = await run('catalogue', '--from-text', join(dir, 'nope.txt'), '--out', out);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('không tìm thấy tệp')]);
    const docx = join(dir, 'plan.docx');
    writeFileSync(docx, Buffer.from('PK\u0003\u0004rest', 'latin1'));
    const word = await run('catalogue', '--from-text', docx, '--out', out);
    expect([word.code, word.err]).toEqual([2, expect.stringContaining('Save As → Plain Text')]);
    const none = await run('catalogue', '--from-text', plan('ket-qua-nam-truoc'), '--out', out);
    expect([none.code, none.err]).toEqual([2, expect.stringContaining('không tìm thấy chỉ tiêu nào')]);
    expect(existsSync(out)).toBe(false);
  });

  test('--out must not overwrite the plan text', async () => {
    const file = join(dir, 'plan.json');
    writeFileSync(file, 'Tỷ lệ che phủ rừng đạt 55%.');
    const r = await run('catalogue', '--from-text', file, '--out', file);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('Tỷ lệ che phủ rừng đạt 55%.');
  });

  test('the usage text names the command', async () => {
    const r = await run('--help');
    expect(r.out.join('\n')).toContain('chitieu catalogue --from-text PLAN.txt --out catalogue.json');
  });
});
