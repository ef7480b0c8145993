// `chitieu slides`: a deck from a filled template, through the CLI. The .pptx is unzipped and read
// (slides, native chart parts with their series, text with its diacritics), then LibreOffice
// headless converts it to PDF. PNGs of the slides are kept in artifacts/slides/ for a person to look
// at when a PDF rasteriser (pdftoppm or Ghostscript) is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { catalogueToJson } from '../../src/core/catalogue/catalogue';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { libreofficeConvert } from './libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-slides-'));
const ROOT = join(__dirname, '..', '..');

// pptxgenjs 4.0.1, when it sees Node (process.release.name === 'node'), loads node:fs with a
// dynamic import() to read image files, even for a deck without images; jest's VM cannot run a
// dynamic import without --experimental-vm-modules and fails the test. In this file the library
// takes its browser path instead (the same bytes: the deck has no images). The Node path is
// exercised by the last test, which runs the built `bin/chitieu.js` in a real Node process.
const realRelease = process.release;
beforeAll(() => Object.defineProperty(process, 'release', { value: { ...realRelease, name: 'jest-vm' }, configurable: true }));
afterAll(() => Object.defineProperty(process, 'release', { value: realRelease, configurable: true }));
const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'slides');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Types values into the `Thực hiện` cells of rows found by code, as a person would in Excel. */
async function fill(file: string, values: Record<string, ExcelJS.CellValue>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  let header = 0;
  let actualCol = 0;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'string' && /^(Thực hiện|Actual)/.test(cell.value)) {
        header = r;
        actualCol = c;
      }
    }),
  );
  const seen = new Set<string>();
  ws.eachRow((row, r) => {
    const code = row.getCell(1).value;
    if (r > header && typeof code === 'string' && code in values) {
      row.getCell(actualCol).value = values[code];
      seen.add(code);
    }
  });
  expect([...seen].sort()).toEqual(Object.keys(values).sort());
  await wb.xlsx.writeFile(file);
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface Unzipped {
  zip: JSZip;
  /** Each slide's text runs, slide 1 first. */
  slides: string[][];
  /** ppt/charts/chartN.xml, N ascending. */
  charts: string[];
}

async function unzip(file: string): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const numbered = (re: RegExp) =>
    Object.keys(zip.files)
      .filter((n) => re.test(n))
      .sort((a, b) => Number(re.exec(a)![1]) - Number(re.exec(b)![1]));
  const slides: string[][] = [];
  for (const name of numbered(/^ppt\/slides\/slide(\d+)\.xml$/)) {
    // Text runs, without fields (the slide number).
    const xml = (await zip.file(name)!.async('string')).replace(/<a:fld [\s\S]*?<\/a:fld>/g, '');
    slides.push([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1])));
  }
  const charts: string[] = [];
  for (const name of numbered(/^ppt\/charts\/chart(\d+)\.xml$/)) charts.push(await zip.file(name)!.async('string'));
  return { zip, slides, charts };
}

interface Series {
  name: string;
  labels: string[];
  values: number[];
  pointColours: string[];
  kind: 'bar' | 'line';
}

/** The series of a chart part, as PowerPoint reads them from its caches. */
function series(chartXml: string): Series[] {
  const out: Series[] = [];
  for (const kind of ['bar', 'line'] as const) {
    const block = new RegExp(`<c:${kind}Chart>([\\s\\S]*?)</c:${kind}Chart>`).exec(chartXml);
    if (!block) continue;
    for (const m of block[1].matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
      const ser = m[1];
      const pts = (part: string) => [...(new RegExp(`<c:${part}>([\\s\\S]*?)</c:${part}>`).exec(ser)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => decode(v[1]));
      out.push({
        kind,
        name: decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]),
        labels: pts('cat'),
        values: pts('val').map(Number),
        pointColours: [...ser.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((c) => c[1]),
      });
    }
  }
  return out;
}

const NAME = Object.fromEntries(laiChau2023.indicators.map((i) => [i.code, i.name.vi]));
const GREEN = '2E8B57';
const RED = 'C0392B';

/** Which PDF tools this machine has (poppler-utils or Ghostscript); each is optional. */
function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 20000 });
    return true;
  } catch {
    return false;
  }
}
const PDFTOTEXT = has('pdftotext', ['-v']);
const PDFTOPPM = has('pdftoppm', ['-v']);
const GS = has('gs', ['--version']);

function pdfText(pdf: string): string {
  const text = PDFTOTEXT
    ? execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    : execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=txtwrite', '-o', '-', pdf], { encoding: 'utf8' });
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

// A year's results: met, not met (amount, rate, points, by rounding), unreadable, missing.
const TYPED: Record<string, ExcelJS.CellValue> = {
  GRDP_GROWTH: 8.5,
  GRDP_PER_CAPITA: 53.1,
  CEREAL_OUTPUT: 226.4,
  BUDGET_REVENUE: 2400,
  TRADE_GROWTH: 3.4,
  TOURIST_GROWTH: 12.5,
  VILLAGE_ROADS: 99.2,
  GRID_ELECTRICITY: 96.6,
  NTM_COMMUNES_15_18: 8,
  NTM_AVG_CRITERIA: 13.84,
  PRESCHOOL_5Y: 'Đạt',
  DOCTORS_PER_10K: 13.2,
  POVERTY_REDUCTION: 3.8,
  POVERTY_REDUCTION_POOR_DISTRICTS: 4.3,
  JOBS_CREATED: 8500,
  // WORKERS_TRAINED: left blank
  TRAINED_LABOUR_SHARE: 58.5,
  VILLAGE_CULTURAL_HOUSES: 85,
  ETHNIC_TV_RADIO: 'nhiều', // cannot be read
  RURAL_CLEAN_WATER: 90.5,
  WASTE_COLLECTION: 70,
  FOREST_COVER: 52.1,
};

const EXPECTED_TITLES = [
  'Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023',
  'Tóm tắt',
  'Kinh tế',
  'Nông thôn mới',
  'Văn hóa – Xã hội',
  'Văn hóa – Xã hội (tiếp)',
  'Môi trường',
  'Các chỉ tiêu không đạt',
  'Chỉ tiêu chưa có số liệu hoặc cần kiểm tra',
];

describe('chitieu slides: a filled template → a deck', () => {
  const xlsx = join(dir, 'ket-qua.xlsx');
  const pptx = join(dir, 'hop.pptx');
  const pptxEn = join(dir, 'meeting.pptx');
  let cli: { code: number; out: string; err: string };
  let deck: Unzipped;
  let pdf: string;

  beforeAll(async () => {
    expect((await run('template', '--out', xlsx)).code).toBe(0);
    await fill(xlsx, TYPED);
    cli = await run('slides', xlsx, '--out', pptx);
    deck = await unzip(pptx);
    expect((await run('slides', xlsx, '--out', pptxEn, '--lang', 'en')).code).toBe(0);
    [pdf] = libreofficeConvert([pptx], 'pdf', join(dir, 'pdf'));
  }, 240000);

  test('the command succeeds and says what the deck holds and what is missing', () => {
    expect(cli).toMatchObject({ code: 0, err: '' });
    expect(cli.out).toBe(
      `Đã tạo ${pptx}: 9 trang chiếu, 5 biểu đồ; 15/22 chỉ tiêu đạt, 5 không đạt. Chưa có số liệu (1): WORKERS_TRAINED. Cần kiểm tra (1): ETHNIC_TV_RADIO.`,
    );
    expect(cli.out.split('\n')).toHaveLength(1);
  });

  test('the expected slides, in order: title, summary, one per group, not met, missing', () => {
    expect(deck.slides.map((texts) => texts[0])).toEqual(EXPECTED_TITLES);
    const title = deck.slides[0].join('\n');
    expect(title).toContain('Lai Châu');
    expect(title).toMatch(/Ngày \d{1,2} tháng \d{1,2} năm \d{4}/);
  });

  test('the summary slide says the meeting sentences, diacritics intact (NFC), numbers in vi-VN', () => {
    const summary = deck.slides[1];
    expect(summary).toEqual([
      'Tóm tắt',
      'Có 15/22 chỉ tiêu đạt kế hoạch, 5 chỉ tiêu không đạt, 1 chỉ tiêu chưa có số liệu, 1 chỉ tiêu có số liệu cần kiểm tra.',
      'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 8,5 % so với kế hoạch khoảng 9,0 % (thiếu 0,5 điểm %).',
      'Thu ngân sách nhà nước trên địa bàn đạt 2.400 tỷ đồng so với kế hoạch 2.450 tỷ đồng (bằng 98,0 % kế hoạch, thiếu 50 tỷ đồng).',
      'Bình quân số tiêu chí nông thôn mới/xã đạt 13,8 tiêu chí/xã so với kế hoạch 13,9 tiêu chí/xã (bằng 99,3 % kế hoạch, thiếu 0,1 tiêu chí/xã).',
      'Mức giảm tỷ lệ hộ nghèo – các huyện nghèo đạt 4,3 điểm % so với kế hoạch 5,1 điểm % (thiếu 0,8 điểm %).',
      'Tỷ lệ che phủ rừng đạt 52,1 % so với kế hoạch 52,3 % (thiếu 0,2 điểm %).',
      'Chưa có số liệu: Đào tạo lao động.',
      `Số liệu chưa đọc được, cần kiểm tra lại: ${NAME.ETHNIC_TV_RADIO}.`,
    ]);
    for (const t of deck.slides.flat()) expect(t).toBe(t.normalize('NFC'));
  });

  test('one native chart per group slide: % of target coloured by status, and a 100 % line', () => {
    expect(deck.charts).toHaveLength(5);
    const economy = series(deck.charts[0]);
    expect(economy.map((s) => [s.kind, s.name])).toEqual([
      ['bar', '% so với kế hoạch'],
      ['line', 'Kế hoạch (100 %)'],
    ]);
    const [bars, line] = economy;
    expect(bars.values).toEqual([94.4, 100.4, 100.6, 98, 113.3, 164.5, 100.1, 100.1]);
    expect(bars.pointColours).toEqual([RED, GREEN, GREEN, RED, GREEN, GREEN, GREEN, GREEN]);
    expect(bars.labels[0]).toBe('Tốc độ tăng trưởng tổng… (GRDP)');
    expect(bars.labels[1]).toBe('GRDP bình quân đầu người');
    for (const l of bars.labels) expect(l.length).toBeLessThanOrEqual(34);
    expect(line.values).toEqual(Array(8).fill(100));
    expect(line.labels).toEqual(bars.labels);
    // New rural: 8/7 communes, 13,8/13,9 criteria (not met by rounding).
    const [ruralBars] = series(deck.charts[1]);
    expect(ruralBars.values).toEqual([114.3, 99.3]);
    expect(ruralBars.pointColours).toEqual([GREEN, RED]);
    // Environment: the forest cover bar is red just under the line.
    const [envBars] = series(deck.charts[4]);
    expect(envBars.values).toEqual([100.6, 100.3, 99.6]);
    expect(envBars.pointColours).toEqual([GREEN, GREEN, RED]);
    // The data labels are written the Vietnamese way.
    expect(deck.charts[0]).toContain('formatCode="[$-42A]0.0"');
    // Each chart carries its data workbook, so "Edit Data" works in PowerPoint.
    expect(Object.keys(deck.zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(5);
  });

  test('each group slide has its table; what is not on the chart is said on the slide', () => {
    const economy = deck.slides[2];
    expect(economy).toEqual(expect.arrayContaining(['Chỉ tiêu', 'Thực hiện', 'Kế hoạch', '2.400 tỷ đồng', '2.450 tỷ đồng', 'khoảng 9,0 %', '98,0 %', 'Không đạt']));
    const culture2 = deck.slides[5].join(' ');
    expect(culture2).toContain(`Không có trên biểu đồ: ${NAME.WORKERS_TRAINED} (chưa có số liệu); `);
    expect(culture2).toContain('(cần kiểm tra)');
    expect(deck.slides[5]).toEqual(expect.arrayContaining(['Chưa có số liệu', 'Cần kiểm tra', '—']));
  });

  test('the not-met slide lists each with value, target and gap; the last slide what is missing', () => {
    const notMet = deck.slides[7];
    for (const code of ['GRDP_GROWTH', 'BUDGET_REVENUE', 'NTM_AVG_CRITERIA', 'POVERTY_REDUCTION_POOR_DISTRICTS', 'FOREST_COVER']) {
      expect(notMet.join('\n')).toContain(code === 'POVERTY_REDUCTION_POOR_DISTRICTS' ? 'Mức giảm tỷ lệ hộ nghèo – các huyện nghèo' : NAME[code]);
    }
    expect(notMet).toEqual(expect.arrayContaining(['52,1 %', '52,3 %', 'thiếu 0,2 điểm %', 'thiếu 50 tỷ đồng']));
    const missing = deck.slides[8];
    expect(missing).toEqual(expect.arrayContaining([NAME.WORKERS_TRAINED, 'Chưa có số liệu', 'Chưa nhập số liệu', NAME.ETHNIC_TV_RADIO, 'Cần kiểm tra']));
  });

  test('every text and chart label is set in Arial (Vietnamese in PowerPoint; Liberation Sans in LibreOffice)', async () => {
    const parts = Object.keys(deck.zip.files).filter((n) => /^ppt\/(slides|charts)\/[^/]+\.xml$/.test(n));
    const faces = new Set<string>();
    for (const n of parts) for (const m of (await deck.zip.file(n)!.async('string')).matchAll(/<a:latin typeface="([^"]+)"/g)) faces.add(m[1]);
    expect([...faces].filter((f) => !f.startsWith('+'))).toEqual(['Arial']);
    const theme = await deck.zip.file('ppt/theme/theme1.xml')!.async('string');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Arial"/);
  });

  test('the English deck: English words, en-US numbers', async () => {
    const en = await unzip(pptxEn);
    expect(en.slides.map((s) => s[0])).toEqual([
      'Plan indicators: results for 2023',
      'Summary',
      'Economy',
      'New rural areas',
      'Culture and society',
      'Culture and society (continued)',
      'Environment',
      'Indicators not met',
      'Indicators without data or to be checked',
    ]);
    expect(en.slides[1]).toContain('Forest cover reached 52.1 % against a target of 52.3 % (0.2 percentage points short).');
    expect(en.slides[2]).toEqual(expect.arrayContaining(['2,400 billion VND', 'Not met']));
    expect(en.charts[0]).toContain('formatCode="[$-409]0.0"');
    expect(series(en.charts[0])[0].values).toEqual([94.4, 100.4, 100.6, 98, 113.3, 164.5, 100.1, 100.1]);
  });

  test('LibreOffice converts the deck to a PDF with one page per slide', () => {
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20000);
    const raw = bytes.toString('latin1');
    expect(raw.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(EXPECTED_TITLES.length);
    // Vietnamese needs no fallback font: the glyphs come from Arial's stand-ins (or DejaVu / Noto),
    // OpenSymbol draws the bullets.
    const fonts = [...new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]))];
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(LiberationSans|Arial|DejaVuSans|NotoSans|OpenSymbol)/);
  });

  test('the PDF shows the Vietnamese text as written (pdftotext or Ghostscript)', () => {
    const text = pdfText(pdf);
    for (const s of [
      'Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023',
      'Tỷ lệ che phủ rừng đạt 52,1 % so với kế hoạch 52,3 % (thiếu 0,2 điểm %).',
      'Có 15/22 chỉ tiêu đạt kế hoạch, 5 chỉ tiêu không đạt, 1 chỉ tiêu chưa có số liệu, 1 chỉ tiêu có số liệu cần kiểm tra.',
      'Văn hóa – Xã hội (tiếp)',
      'Các chỉ tiêu không đạt',
      NAME.ETHNIC_TV_RADIO,
    ]) {
      expect(text).toContain(s);
    }
  });

  afterAll(() => {
    // PNGs of the slides for a person to look at (artifacts/ is gitignored).
    if (!pdf || !existsSync(pdf) || !(PDFTOPPM || GS)) return;
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    if (PDFTOPPM) execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(ARTIFACTS, 'slide')]);
    else execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', '-r80', '-o', join(ARTIFACTS, 'slide-%02d.png'), pdf]);
    writeFileSync(join(ARTIFACTS, 'README.txt'), `Slides of ${pptx}, rendered by LibreOffice ${new Date().toISOString()}\n`);
  });
});

describe('chitieu slides: indicators without data, very long names', () => {
  test('an empty template still makes a deck, which says on its slides what is missing', async () => {
    const xlsx = join(dir, 'trong.xlsx');
    const pptx = join(dir, 'trong.pptx');
    expect((await run('template', '--out', xlsx)).code).toBe(0);
    const r = await run('slides', xlsx, '--out', pptx);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã tạo .*: \d+ trang chiếu, 0 biểu đồ; 0\/22 chỉ tiêu đạt, 0 không đạt\. Chưa có số liệu \(22\): GRDP_GROWTH, /);
    const deck = await unzip(pptx);
    expect(deck.charts).toHaveLength(0);
    expect(deck.slides[1]).toEqual(['Tóm tắt', 'Chưa có số liệu cho cả 22 chỉ tiêu.']);
    const economy = deck.slides.find((s) => s[0] === 'Kinh tế')!;
    expect(economy).toContain('Chưa có số liệu để vẽ biểu đồ cho nhóm chỉ tiêu này.');
    expect(deck.slides.find((s) => s[0] === 'Các chỉ tiêu không đạt')).toContain('Không có chỉ tiêu nào không đạt trong số các chỉ tiêu đã có số liệu.');
    const missing = deck.slides.filter((s) => s[0].startsWith('Chỉ tiêu chưa có số liệu')).flat();
    for (const code of Object.keys(TYPED)) expect(missing).toContain(code === 'POVERTY_REDUCTION_POOR_DISTRICTS' ? 'Mức giảm tỷ lệ hộ nghèo – các huyện nghèo' : NAME[code]);
  });

  test('a very long name is shortened on the chart and in the table, said in full in the summary', async () => {
    const long =
      'Tỷ lệ diện tích đất có rừng so với tổng diện tích đất tự nhiên trên địa bàn toàn tỉnh, bao gồm rừng tự nhiên, rừng trồng đã thành rừng và diện tích cây cao su, cây ăn quả trồng trên đất lâm nghiệp theo hướng dẫn của Bộ Nông nghiệp và Phát triển nông thôn';
    const cat = { ...laiChau2023, indicators: laiChau2023.indicators.map((i) => (i.code === 'FOREST_COVER' ? { ...i, name: { vi: long, en: 'Forest cover' } } : i)) };
    const json = join(dir, 'dai.json');
    writeFileSync(json, catalogueToJson(cat));
    const xlsx = join(dir, 'dai.xlsx');
    const pptx = join(dir, 'dai.pptx');
    expect((await run('template', '--out', xlsx, '--catalogue', json)).code).toBe(0);
    await fill(xlsx, { FOREST_COVER: 52.1, RURAL_CLEAN_WATER: 91 });
    const r = await run('slides', xlsx, '--out', pptx, '--catalogue', json);
    expect(r.code).toBe(0);
    const deck = await unzip(pptx);
    const env = deck.slides.find((s) => s[0] === 'Môi trường')!;
    const inTable = env.find((t) => t.startsWith('Tỷ lệ diện tích đất có rừng'))!;
    expect(inTable.endsWith('…')).toBe(true);
    expect(inTable.length).toBeLessThanOrEqual(140);
    const [bars] = series(deck.charts[deck.charts.length - 1]);
    expect(bars.labels[bars.labels.length - 1]).toBe('Tỷ lệ diện tích đất có rừng so…');
    expect(deck.slides[1]).toContain(`${long} đạt 52,1 % so với kế hoạch 52,3 % (thiếu 0,2 điểm %).`);
  });
});

describe('chitieu slides: bad input, one clear line, exit 2, nothing written', () => {
  test('a workbook that is not a Chỉ tiêu KH template', async () => {
    const xlsx = join(dir, 'khac.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Tên', 'Giá trị']);
    await wb.xlsx.writeFile(xlsx);
    const out = join(dir, 'khac.pptx');
    const r = await run('slides', xlsx, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^chitieu: Tệp ".*khac\.xlsx" không có trang chỉ tiêu theo mẫu Chỉ tiêu KH/);
    expect(existsSync(out)).toBe(false);
  });

  test('a sheet with the header but no row of the catalogue', async () => {
    const xlsx = join(dir, 'la.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ tiêu');
    ws.addRow(['Mã số', 'STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 2023', 'Thực hiện 2023']);
    ws.addRow(['MACADAMIA_AREA', 1, 'Diện tích mắc ca trồng mới', 'ha', 500, 420]);
    await wb.xlsx.writeFile(xlsx);
    const out = join(dir, 'la.pptx');
    const r = await run('slides', xlsx, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain('không có dòng chỉ tiêu nào thuộc danh mục "laichau-2023"');
    expect(existsSync(out)).toBe(false);
  });

  test('missing or wrong --out, a file that is not .xlsx', async () => {
    const xlsx = join(dir, 'ok.xlsx');
    expect((await run('template', '--out', xlsx)).code).toBe(0);
    for (const args of [[xlsx], [xlsx, '--out', join(dir, 'x.ppt')], [xlsx, '--out', join(dir, 'x.pptx'), '--lang', 'fr']]) {
      const r = await run('slides', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^chitieu: /);
    }
    const txt = join(dir, 'ghi-chu.txt');
    writeFileSync(txt, 'không phải bảng tính');
    const r = await run('slides', txt, '--out', join(dir, 'y.pptx'));
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain('không phải tệp Excel .xlsx');
    expect(readdirSync(dir).filter((f) => /^(x|y)\.pptx$/.test(f))).toEqual([]);
  });
});

describe('the installed command', () => {
  test('`chitieu slides` runs from bin/ in Node after the build and makes the same deck', async () => {
    // The build's exit status is cli.test's business (other modules may be mid-edit); this test
    // needs the emitted JavaScript of the CLI and the deck.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    const xlsx = join(dir, 'bin.xlsx');
    const pptx = join(dir, 'bin.pptx');
    expect((await run('template', '--out', xlsx)).code).toBe(0);
    await fill(xlsx, TYPED);
    const r = spawnSync('node', [join(ROOT, 'bin', 'chitieu.js'), 'slides', xlsx, '--out', pptx], { encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout.trim()).toBe(`Đã tạo ${pptx}: 9 trang chiếu, 5 biểu đồ; 15/22 chỉ tiêu đạt, 5 không đạt. Chưa có số liệu (1): WORKERS_TRAINED. Cần kiểm tra (1): ETHNIC_TV_RADIO.`);
    const deck = await unzip(pptx);
    expect(deck.slides.map((t) => t[0])).toEqual(EXPECTED_TITLES);
    expect(series(deck.charts[0])[0].values).toEqual([94.4, 100.4, 100.6, 98, 113.3, 164.5, 100.1, 100.1]);
    const bad = spawnSync('node', [join(ROOT, 'bin', 'chitieu.js'), 'slides', join(dir, 'missing.xlsx'), '--out', join(dir, 'z.pptx')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 120000);
});
