import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { Catalogue } from '../../src/core/types';
import { workbookBytes } from '../../src/xlsx/files';
import { buildTemplateWorkbook } from '../../src/xlsx/template';
import { DATA, DISTRICTS, PROVINCE_DATA, communeCounts, districtValues } from '../fixtures/consolidation';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-consolidate-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** A template file (as `chitieu template` writes it) with values typed into `Thực hiện` by code. */
async function writeTemplate(
  file: string,
  level: 'district' | 'province',
  unit: string | undefined,
  values: Record<string, ExcelJS.CellValue>,
  catalogue: Catalogue = laiChau2023,
  communes?: Record<string, number>,
): Promise<string> {
  const wb = buildTemplateWorkbook(catalogue, { level, unit });
  const ws = wb.worksheets[0];
  let header = 0;
  let actualCol = 0;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!header && typeof cell.value === 'string' && cell.value.startsWith('Thực hiện')) {
        header = r;
        actualCol = c;
      }
    }),
  );
  const seen = new Set<string>();
  ws.eachRow((row, r) => {
    const code = row.getCell(1).value;
    if (r > header && typeof code === 'string' && code in values) {
      if (values[code] !== null) row.getCell(actualCol).value = values[code];
      seen.add(code);
    }
  });
  expect([...seen].sort()).toEqual(Object.keys(values).sort());
  if (communes) fillCommunes(wb, communes);
  writeFileSync(file, await workbookBytes(wb));
  return file;
}

/** Types criteria counts into the commune sheet's `Số tiêu chí đạt`, by xã name, as a person would. */
function fillCommunes(wb: ExcelJS.Workbook, counts: Record<string, number>) {
  const ws = wb.worksheets.find((w) => w.name.startsWith('NTM'))!;
  const col: Record<string, number> = {};
  let header = 0;
  ws.eachRow((row, r) => row.eachCell((cell) => (header ||= cell.value === 'Số tiêu chí đạt' ? r : 0)));
  ws.getRow(header).eachCell((cell, c) => (col[String(cell.value)] = c));
  const seen = new Set<string>();
  ws.eachRow((row, r) => {
    if (r <= header) return;
    const name = row.getCell(col['Đơn vị']).value;
    if (row.getCell(col['Loại']).value === 'xã' && typeof name === 'string' && name in counts) {
      row.getCell(col['Số tiêu chí đạt']).value = counts[name];
      seen.add(name);
    }
  });
  expect(seen.size).toBe(Object.keys(counts).length);
}

type Json = {
  out: string;
  sources: { file: string; district: string | null; used: boolean; reason: string | null }[];
  missingDistricts: string[];
  figures: {
    code: string;
    value: number | 'pass' | 'fail' | null;
    status: string;
    reason: string | null;
    districts: { district: string; file: string | null; value: unknown; cell: string | null }[];
  }[];
  problems: { kind: string; file: string; sheet: string; cell: string; code: string | null; severity: string; message: string }[];
};

const districtFiles: string[] = [];
let provinceFile = '';

beforeAll(async () => {
  for (let i = 0; i < DISTRICTS.length; i++) {
    districtFiles.push(
      await writeTemplate(join(dir, `huyen-${i + 1}.xlsx`), 'district', DISTRICTS[i], districtValues(i) as Record<string, ExcelJS.CellValue>, laiChau2023, communeCounts(DISTRICTS[i])),
    );
  }
  provinceFile = await writeTemplate(join(dir, 'tinh.xlsx'), 'province', undefined, PROVINCE_DATA as Record<string, ExcelJS.CellValue>);
});

describe('chitieu consolidate: eight district files and the province file', () => {
  const out = join(dir, 'tong-hop.xlsx');
  let json: Json;
  let before: Record<string, string>;

  beforeAll(async () => {
    before = Object.fromEntries([...districtFiles, provinceFile].map((f) => [f, sha(f)]));
    const r = await run('consolidate', ...districtFiles.slice().reverse(), '--province', provinceFile, '--out', out, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
  });

  const value = (code: string) => json.figures.find((f) => f.code === code)!.value;

  test('the sources are unchanged byte for byte', () => {
    for (const [f, h] of Object.entries(before)) expect([f, sha(f)]).toEqual([f, h]);
  });

  test('the figures are the hand-computed ones', () => {
    expect(json.missingDistricts).toEqual([]);
    expect(value('BUDGET_REVENUE')).toBe(2400); // 800+250+200+180+150+120+400+300
    expect(value('JOBS_CREATED')).toBe(8440);
    expect(value('GRID_ELECTRICITY')).toBe(96); // 96.000 / 100.000 × 100
    expect(value('DOCTORS_PER_10K')).toBe(12.5); // 600 / 480.000 × 10.000
    expect(value('TRADE_GROWTH') as number).toBeCloseTo(5.263157894737, 9); // (100 / 95 − 1) × 100
    expect(value('POVERTY_REDUCTION') as number).toBeCloseTo(4.408163265306, 9);
    expect(value('POVERTY_REDUCTION_POOR_DISTRICTS') as number).toBeCloseTo(6.392581929037, 9);
    expect(value('GRDP_GROWTH')).toBe(9.1); // the province's own entry
    expect(value('PRESCHOOL_5Y')).toBe('pass');
    // From the commune sheets: Σ 1.202 criteria over 94 xã; 23 xã at 15–18.
    expect(value('NTM_AVG_CRITERIA') as number).toBeCloseTo(12.787234042553, 9);
    expect(value('NTM_COMMUNES_15_18')).toBe(23);
  });

  test('each district value is traced to its file and cell', () => {
    const f = json.figures.find((x) => x.code === 'HOUSEHOLDS_GRID')!;
    expect(f.districts.map((d) => [d.district, d.file, d.value])).toEqual(DISTRICTS.map((d, i) => [d, districtFiles[i], DATA.HOUSEHOLDS_GRID[i]]));
    expect(f.districts.every((d) => /^F\d+$/.test(d.cell ?? ''))).toBe(true);
  });

  test('the province workbook, re-read by chitieu check, gives the consolidated values', async () => {
    const r = await run('check', out, '--json');
    expect(r.code).toBe(0);
    const check = JSON.parse(r.out) as { sheet: string; indicators: { code: string; value: number | null; status: string }[] };
    expect(check.sheet).toBe('Chỉ tiêu 2023');
    let compared = 0;
    for (const i of check.indicators) {
      const f = json.figures.find((x) => x.code === i.code)!;
      if (typeof f.value === 'number') {
        expect([i.code, i.value]).toEqual([i.code, f.value]);
        expect([i.code, i.status]).toEqual([i.code, f.status]);
        compared++;
      } else if (f.value === 'pass') {
        expect([i.code, i.status]).toEqual([i.code, 'met']);
        compared++;
      }
    }
    expect(compared).toBe(22); // every indicator
  });

  test('the sources sheet lists, for each code, each district value and its file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2023', 'Nguồn số liệu']);
    const ws = wb.getWorksheet('Nguồn số liệu')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const grid = rows.filter((r) => r[0] === 'HOUSEHOLDS_GRID');
    expect(grid).toHaveLength(9);
    expect(grid[0][4]).toBe(96000);
    expect(grid.slice(1).map((r) => [r[3], r[4], r[5]])).toEqual(DISTRICTS.map((d, i) => [d, DATA.HOUSEHOLDS_GRID[i], districtFiles[i]]));
  });
});

describe('a rate left empty shows its reason, in JSON and in the workbook', () => {
  test('Tam Đường typed only the grid-electricity rate', async () => {
    const files = [...districtFiles];
    files[1] = await writeTemplate(join(dir, 'tam-duong-rate-only.xlsx'), 'district', 'Tam Đường', {
      ...(districtValues(1) as Record<string, ExcelJS.CellValue>),
      HOUSEHOLDS: null,
      HOUSEHOLDS_GRID: null,
    }, laiChau2023, communeCounts('Tam Đường'));
    const out = join(dir, 'rate-only.xlsx');
    const r = await run('consolidate', ...files, '--out', out, '--json');
    expect(r.code).toBe(0);
    const j: Json = JSON.parse(r.out);
    const f = j.figures.find((x) => x.code === 'GRID_ELECTRICITY')!;
    expect(f.value).toBeNull();
    expect(f.reason).toContain('Tam Đường: HOUSEHOLDS_GRID, HOUSEHOLDS');
    const p = j.problems.find((x) => x.kind === 'rate_without_parts')!;
    expect(p).toMatchObject({ file: files[1], code: 'GRID_ELECTRICITY', severity: 'error' });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    let row: ExcelJS.Row | undefined;
    ws.eachRow((rw) => {
      if (rw.getCell(1).value === 'GRID_ELECTRICITY') row = rw;
    });
    expect(row!.getCell(6).value).toBeNull(); // Thực hiện left empty
    expect(String(row!.getCell(9).value)).toContain('HOUSEHOLDS_GRID, HOUSEHOLDS'); // Ghi chú: the reason
  });
});

describe('bad input: reported per file, the rest still consolidates', () => {
  let j: Json;
  const bad: Record<string, string> = {};
  const out = join(dir, 'bad-mix.xlsx');
  let before: Record<string, string>;

  beforeAll(async () => {
    bad.corrupt = join(dir, 'corrupt.xlsx');
    writeFileSync(bad.corrupt, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    bad.text = join(dir, 'notes.xlsx');
    writeFileSync(bad.text, 'không phải Excel');
    bad.huge = join(dir, 'huge.xlsx');
    writeFileSync(bad.huge, 'PK');
    truncateSync(bad.huge, 51 * 1024 * 1024);
    bad.plain = join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'xin chào';
    await wb.xlsx.writeFile(bad.plain);
    bad.province = join(dir, 'tinh-as-district.xlsx');
    await writeTemplate(bad.province, 'province', undefined, {});
    bad.year = await writeTemplate(join(dir, 'than-uyen-2022.xlsx'), 'district', 'Than Uyên', {}, { ...laiChau2023, year: 2022 });
    bad.version = await writeTemplate(join(dir, 'tan-uyen-v2.xlsx'), 'district', 'Tân Uyên', {}, { ...laiChau2023, version: 2 });
    bad.twice = await writeTemplate(join(dir, 'sin-ho-ban-2.xlsx'), 'district', 'Sìn Hồ', {
      ...(districtValues(3) as Record<string, ExcelJS.CellValue>),
      BUDGET_REVENUE: 181,
    });
    bad.invalid = await writeTemplate(join(dir, 'muong-te-loi.xlsx'), 'district', 'Mường Tè', {
      ...(districtValues(4) as Record<string, ExcelJS.CellValue>),
      CEREAL_OUTPUT: 'hai lăm',
    });
    // Districts: 1–4 good (Sìn Hồ twice), Mường Tè with a bad cell, Nậm Nhùn good; Tân Uyên and Than Uyên only in bad files.
    const sources = [...districtFiles.slice(0, 4), bad.twice, bad.invalid, districtFiles[5], ...Object.values(bad).filter((f) => f !== bad.twice && f !== bad.invalid)];
    before = Object.fromEntries(sources.map((f) => [f, sha(f)]));
    const r = await run('consolidate', ...sources, '--out', out, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    j = JSON.parse(r.out);
  });

  const problemOf = (file: string) => j.problems.filter((p) => p.file === file);

  test('a corrupt, a non-.xlsx and an oversized file are refused with a message', () => {
    expect(problemOf(bad.corrupt)[0]).toMatchObject({ kind: 'unreadable_file', severity: 'error' });
    expect(problemOf(bad.corrupt)[0].message).toContain('hỏng');
    expect(problemOf(bad.text)[0].message).toContain('không phải tệp Excel .xlsx');
    expect(problemOf(bad.huge)[0].message).toContain('quá lớn');
  });

  test('not a template; a province sheet given as a district; another year or version', () => {
    expect(problemOf(bad.plain)[0].kind).toBe('not_template');
    expect(problemOf(bad.province)[0].kind).toBe('wrong_level');
    expect(problemOf(bad.year)[0]).toMatchObject({ kind: 'wrong_year', severity: 'error' });
    expect(problemOf(bad.year)[0].message).toContain('2022');
    expect(problemOf(bad.version)[0].kind).toBe('wrong_catalogue');
  });

  test('the same district twice, with different figures: neither is used', () => {
    const dup = j.problems.filter((p) => p.kind === 'duplicate_district').map((p) => p.file);
    expect(dup.sort()).toEqual([districtFiles[3], bad.twice].sort());
  });

  test('the missing districts are named', () => {
    expect(j.missingDistricts).toEqual(['Sìn Hồ', 'Tân Uyên', 'Than Uyên']);
    expect(j.problems.find((p) => p.kind === 'missing_district')!.message).toContain('Sìn Hồ, Tân Uyên, Than Uyên');
  });

  test('an invalid cell is named by file, sheet and cell', () => {
    const p = problemOf(bad.invalid).find((x) => x.kind === 'invalid_cell')!;
    expect(p).toMatchObject({ code: 'CEREAL_OUTPUT', sheet: 'Chỉ tiêu 2023 - Mường Tè', severity: 'error' });
    expect(p.cell).toMatch(/^F\d+$/);
    expect(p.message).toContain('hai lăm');
  });

  test('the rest still consolidates, and every source is listed', () => {
    expect(j.sources.filter((s) => s.used).map((s) => s.district)).toEqual(['Thành phố Lai Châu', 'Tam Đường', 'Phong Thổ', 'Mường Tè', 'Nậm Nhùn']);
    expect(j.sources.filter((s) => !s.used).every((s) => s.reason)).toBe(true);
    expect(existsSync(out)).toBe(true);
    // Sums wait for every district; nothing is guessed.
    expect(j.figures.find((f) => f.code === 'BUDGET_REVENUE')!.value).toBeNull();
  });

  test('no source was written to', () => {
    for (const [f, h] of Object.entries(before)) expect([f, sha(f)]).toEqual([f, h]);
  });
});

describe('exit 2 with one line, nothing written', () => {
  test('nothing could be consolidated', async () => {
    const f = join(dir, 'only-text.xlsx');
    writeFileSync(f, 'text');
    const out = join(dir, 'never-1.xlsx');
    const r = await run('consolidate', f, join(dir, 'does-not-exist.xlsx'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('không tổng hợp được');
    expect(r.err).toContain('does-not-exist.xlsx');
    expect(existsSync(out)).toBe(false);
  });

  test('--out missing, not .xlsx, or one of the sources', async () => {
    const h = sha(districtFiles[0]);
    for (const args of [[districtFiles[0]], [districtFiles[0], '--out', join(dir, 'x.csv')], [districtFiles[0], districtFiles[1], '--out', districtFiles[0]]]) {
      const r = await run('consolidate', ...args);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    expect(sha(districtFiles[0])).toBe(h);
    // The same source through a symbolic link.
    const link = join(dir, 'link-to-huyen-1.xlsx');
    symlinkSync(districtFiles[0], link);
    const viaLink = await run('consolidate', districtFiles[0], '--out', link);
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain('tệp nguồn');
    expect(sha(districtFiles[0])).toBe(h);
    expect((await run('consolidate', '--out', join(dir, 'y.xlsx'))).code).toBe(2);
    expect((await run('consolidate', districtFiles[0], '--out', join(dir, 'y.xlsx'), '--bogus')).code).toBe(2);
  });
});

describe('text output', () => {
  test('a summary line, one line per indicator, then the problems', async () => {
    const out = join(dir, 'text.xlsx');
    const r = await run('consolidate', ...districtFiles.slice(0, 7), '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã tổng hợp 7/8 huyện');
    expect(r.out).toContain('Thiếu: Than Uyên');
    expect(r.out).toMatch(/Không đạt\s+GRID_ELECTRICITY|Chưa có số liệu\s+GRID_ELECTRICITY/);
  });
});
