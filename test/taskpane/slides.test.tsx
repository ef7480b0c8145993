/** @jest-environment jsdom */
// Slides panel with the real adapter on the Excel stand-in and the real deck (pptxgenjs): insert the
// template, type values, open Trình chiếu, make the dashboard, read the summary, download the chart
// images and the .pptx (its bytes unzipped: the slides and charts the deck module says it made).

import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { laiChauUnits2020 } from '../../src/core/catalogue/units';
import { meetingSummary } from '../../src/core/summary';
import { checkSheet } from '../../src/excel/check';
import { insertTemplate } from '../../src/excel/template';
import { buildDeckWithContents } from '../../src/pptx/deck';
import { PLACEHOLDER_PNG_BASE64, Standin, typeIntoCell } from '../excel-standin';
import { actualCell, freshExcel } from '../excel/helpers';
import { renderPane } from './render';

// pptxgenjs 4 takes its Node path when process.release.name is 'node' and loads node:fs with a
// dynamic import() that jest's VM cannot run (see test/files/slides.test.ts): here it takes its
// browser path, as it does in the task pane. The deck is built for real, not mocked.
const realRelease = process.release;
beforeAll(() => Object.defineProperty(process, 'release', { value: { ...realRelease, name: 'jest-vm' }, configurable: true }));
afterAll(() => Object.defineProperty(process, 'release', { value: realRelease, configurable: true }));

// jsdom has no Blob URLs: these keep each Blob so a test can read back what a link would download.
const blobs = new Map<string, Blob>();
const revoked = new Set<string>();
let nextUrl = 0;
beforeAll(() => {
  URL.createObjectURL = (b: Blob) => {
    const url = `blob:chitieu-test/${++nextUrl}`;
    blobs.set(url, b);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.add(url);
  };
});
beforeEach(() => window.localStorage.clear());

function blobBytes(b: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(b);
  });
}

async function linkBytes(link: HTMLElement): Promise<Uint8Array> {
  const blob = blobs.get(link.getAttribute('href') ?? '');
  if (!blob) throw new Error(`no Blob behind ${link.getAttribute('href')}`);
  return blobBytes(blob);
}

const TYPED: Record<string, string> = {
  CEREAL_OUTPUT: '230', // met
  BUDGET_REVENUE: '2300', // not met
  GRDP_PER_CAPITA: '52,9 triệu đồng', // met
  FOREST_COVER: '52.3%', // met
  GRID_ELECTRICITY: 'không rõ', // unreadable
  RURAL_CLEAN_WATER: '85', // not met
  PRESCHOOL_5Y: 'Đạt', // met, pass/fail: not on a chart
};

async function filled(opts: Parameters<typeof freshExcel>[0] = {}): Promise<{ x: Standin; ws: string }> {
  const x = freshExcel(opts);
  const { sheets } = await insertTemplate(laiChau2023, laiChauUnits2020, { level: 'province', lang: 'vi' });
  for (const [code, typed] of Object.entries(TYPED)) typeIntoCell(x.workbook, sheets[0], actualCell(laiChau2023, code), typed);
  return { x, ws: sheets[0] };
}

function panel() {
  return within(screen.getByRole('tabpanel'));
}

async function messageBar(text: string | RegExp): Promise<HTMLElement> {
  const el = await screen.findByText(text, {}, { timeout: 20_000 });
  const bar = el.closest('.fui-MessageBar');
  if (!bar) throw new Error(`"${String(text)}" is not inside a MessageBar`);
  return bar as HTMLElement;
}

async function openSlides(user: ReturnType<typeof userEvent.setup>, tab: RegExp = /^Trình chiếu$/) {
  await user.click(screen.getByRole('tab', { name: tab }));
  await screen.findByRole('heading', { name: /Trình chiếu cho cuộc họp|Slides for the meeting/ });
}

const button = (name: RegExp) => panel().getByRole('button', { name });

test('make the dashboard from the open indicator sheet: the sheet and its charts, the summary, what was left out', async () => {
  const { x, ws } = await filled();
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/^Tạo trang tổng quan$/));

  const done = await messageBar(/Đã tạo trang mới "Tổng quan 2023"/);
  expect(done.dataset.intent).toBe('success');
  expect(done.textContent).toMatch(/2 biểu đồ/);
  expect(x.workbook.activeSheetName).toBe('Tổng quan 2023');
  expect(x.workbook.charts('Tổng quan 2023').map((c) => c.name)).toEqual(['Kinh tế', 'Môi trường']);
  const [bars, line] = x.workbook.chartSeries('Tổng quan 2023', 'Môi trường');
  expect(bars.values).toEqual([94.4, 100]);
  expect(line.chartType).toBe('Line');

  // The summary, in Vietnamese with vi-VN numbers, as core says it.
  const check = await checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' }, ws);
  const summary = meetingSummary(check.report, laiChau2023, { lang: 'vi', locale: 'vi-VN' });
  expect(panel().getByRole('heading', { name: 'Tóm tắt cho cuộc họp' })).toBeTruthy();
  for (const sentence of summary.sentences) expect(panel().getByText(sentence)).toBeTruthy();
  expect(panel().getByText(/Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh đạt 85,0 % so với kế hoạch 90,0 %/)).toBeTruthy();
  expect(panel().getByText(`Theo trang "${ws}", danh mục laichau-2023`)).toBeTruthy();
  expect(panel().getByLabelText('Đạt: 4')).toBeTruthy();

  // What the charts leave out, and why.
  const skipped = await messageBar('Chưa đưa vào biểu đồ');
  expect(skipped.dataset.intent).toBe('warning');
  expect(skipped.textContent).toMatch(/Chưa có số liệu \(\d+\): .*Hãy nhập vào cột "Thực hiện"/);
  expect(skipped.textContent).toMatch(/Số liệu chưa đọc được \(1\): Tỷ lệ hộ dân được sử dụng điện lưới quốc gia/);
  expect(skipped.textContent).toMatch(/Đạt\/Không đạt.*\(1\): Giữ vững phổ cập giáo dục mầm non/);
});

test('the deck: built on request, offered as chi-tieu-2023-lai-chau.pptx, a zip with the slides and native charts the deck module made', async () => {
  const { ws } = await filled();
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/Tạo bản trình chiếu/));

  const link = await screen.findByRole('link', { name: 'Tải về chi-tieu-2023-lai-chau.pptx' }, { timeout: 30_000 });
  expect(link.getAttribute('download')).toBe('chi-tieu-2023-lai-chau.pptx');
  const blob = blobs.get(link.getAttribute('href')!)!;
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
  const bytes = await linkBytes(link);
  expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');

  // The same deck, from the same report, straight from the deck module.
  const check = await checkSheet(laiChau2023, { locale: 'vi-VN', lang: 'vi' }, ws);
  const expected = await buildDeckWithContents(check.report, laiChau2023, { lang: 'vi', locale: 'vi-VN', province: 'Lai Châu', year: 2023 });
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  expect(slides).toHaveLength(expected.slides.length);
  expect(charts).toHaveLength(expected.charts);
  expect(expected.slides).toEqual([
    'Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023',
    'Tóm tắt',
    'Kinh tế',
    'Nông thôn mới',
    'Văn hóa – Xã hội',
    'Văn hóa – Xã hội (tiếp)',
    'Môi trường',
    'Các chỉ tiêu không đạt',
    'Chỉ tiêu chưa có số liệu hoặc cần kiểm tra',
    'Chỉ tiêu chưa có số liệu hoặc cần kiểm tra (tiếp)',
  ]);
  expect(charts).toHaveLength(2); // Kinh tế and Môi trường have figures to draw
  // Each slide of the downloaded file carries its title, in that order.
  for (const [i, t] of expected.slides.entries()) expect(await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string')).toContain(t);
  expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('Lai Châu');
  const done = await messageBar('Đã tạo bản trình chiếu');
  expect(done.textContent).toContain(`${expected.slides.length} trang chiếu và ${expected.charts} biểu đồ`);
  // The summary came with it.
  expect(panel().getByText(/^Có 4\/22 chỉ tiêu đạt kế hoạch/)).toBeTruthy();

  // A second deck replaces the first link, whose Blob URL is released.
  const first = link.getAttribute('href')!;
  await user.click(button(/Tạo bản trình chiếu/));
  await waitFor(() => expect(screen.getByRole('link', { name: 'Tải về chi-tieu-2023-lai-chau.pptx' }).getAttribute('href')).not.toBe(first), { timeout: 30_000 });
  expect(revoked.has(first)).toBe(true);
}, 120_000);

test('chart images after the dashboard: one PNG link per chart with Excel\'s bytes; the dashboard being active, the deck still reads the indicator sheet', async () => {
  await filled();
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/^Tạo trang tổng quan$/));
  await messageBar(/Đã tạo trang mới/);
  await user.click(button(/^Tải ảnh biểu đồ$/));
  const list = await screen.findByRole('list', { name: 'Tệp ảnh biểu đồ' });
  const links = within(list).getAllByRole('link');
  expect(links.map((l) => l.getAttribute('download'))).toEqual(['chi-tieu-2023-lai-chau-kinh-te.png', 'chi-tieu-2023-lai-chau-moi-truong.png']);
  for (const l of links) expect(Buffer.from(await linkBytes(l)).toString('base64')).toBe(PLACEHOLDER_PNG_BASE64);
  expect(blobs.get(links[0].getAttribute('href')!)!.type).toBe('image/png');

  // The dashboard is the active sheet now; the deck is made from the indicator sheet read before.
  await user.click(button(/Tạo bản trình chiếu/));
  expect(await screen.findByRole('link', { name: 'Tải về chi-tieu-2023-lai-chau.pptx' }, { timeout: 30_000 })).toBeTruthy();
}, 120_000);

test('the summary follows a language switch without reading Excel again', async () => {
  const { x } = await filled();
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/^Tạo trang tổng quan$/));
  await messageBar(/Đã tạo trang mới/);
  const syncs = x.stats.syncCount;
  await user.click(screen.getByRole('tab', { name: 'Cài đặt' }));
  await user.click(await screen.findByRole('radio', { name: 'English' }));
  await openSlides(user, /^Slides$/);
  expect(panel().getByRole('heading', { name: 'Summary for the meeting' })).toBeTruthy();
  expect(panel().getByText(/^4 of 22 indicators met their targets/)).toBeTruthy();
  // English words, numbers in the chosen locale (vi-VN).
  expect(panel().getByText(/Share of the rural population using hygienic domestic water reached 85,0 % against a target of 90,0 %/)).toBeTruthy();
  expect(panel().getByText('Dashboard made')).toBeTruthy();
  expect(x.stats.syncCount).toBe(syncs);
});

test('a spinner says what is being done; the buttons wait', async () => {
  const { x } = await filled();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const run = x.Excel.run;
  (globalThis as Record<string, unknown>).Excel = new Proxy(x.Excel, {
    get: (t, p) => (p === 'run' ? async (...a: unknown[]) => (await gate, (run as (...b: unknown[]) => unknown)(...a)) : Reflect.get(t, p)),
  });
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/^Tạo trang tổng quan$/));
  expect(await screen.findByText('Đang đọc trang chỉ tiêu và vẽ biểu đồ…')).toBeTruthy();
  for (const name of [/^Tạo trang tổng quan$/, /^Tải ảnh biểu đồ$/, /Tạo bản trình chiếu/]) expect((button(name) as HTMLButtonElement).disabled).toBe(true);
  release();
  await messageBar(/Đã tạo trang mới/);
  expect(screen.queryByText('Đang đọc trang chỉ tiêu và vẽ biểu đồ…')).toBeNull();
});

test('a sheet that is not a template: a warning MessageBar saying what to do, for the dashboard and for the deck', async () => {
  const x = freshExcel();
  x.workbook.setCells('Sheet1', 'A1', [['Báo cáo', 1]]);
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/^Tạo trang tổng quan$/));
  const bar = await messageBar('Trang này không phải mẫu Chỉ tiêu KH');
  expect(bar.dataset.intent).toBe('warning');
  expect(bar.textContent).toContain('Hãy chèn mẫu bằng Chỉ tiêu KH');
  expect(x.workbook.sheetNames()).toEqual(['Sheet1']);
  await user.click(within(bar).getByRole('button', { name: 'Đóng thông báo' }));

  await user.click(button(/Tạo bản trình chiếu/));
  expect((await messageBar('Trang này không phải mẫu Chỉ tiêu KH')).dataset.intent).toBe('warning');
  expect(screen.queryByRole('link')).toBeNull();
  // Nothing charted yet: images say to make the dashboard first.
  await user.click(button(/^Tải ảnh biểu đồ$/));
  const noCharts = await messageBar(/không có biểu đồ nào/);
  expect(noCharts.dataset.intent).toBe('error');
  expect(noCharts.textContent).toMatch(/Hãy bấm "Tạo trang tổng quan" trước/);
});

test('an Excel failure is an error MessageBar with what to do; older Excel says what it leaves out', async () => {
  const { x } = await filled({ requirementSets: { ExcelApi: '1.6' } });
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  x.stats.failNextSync('GeneralException', 'There was an internal error while processing the request.');
  await user.click(button(/^Tạo trang tổng quan$/));
  const bar = await messageBar(/Không đọc được trang tính/);
  expect(bar.dataset.intent).toBe('error');
  expect(bar.textContent).toMatch(/Hãy thử lại/);

  x.core.failOn = (a) => (a.type === 'ChartCollection' && a.member === 'add' ? 'GeneralException' : undefined);
  await user.click(button(/^Tạo trang tổng quan$/));
  const write = await messageBar(/Không tạo được trang tổng quan/);
  expect(write.dataset.intent).toBe('error');
  expect(x.workbook.sheetNames()).not.toContain('Tổng quan 2023');

  x.core.failOn = undefined;
  await user.click(button(/^Tạo trang tổng quan$/));
  const older = await messageBar('Excel này thiếu một số chức năng');
  expect(older.dataset.intent).toBe('warning');
  expect(older.textContent).toMatch(/đường 100 %.*ExcelApi 1\.7/);
  expect(screen.queryByText(/Không tạo được trang tổng quan/)).toBeNull();
});

test('Excel for Mac: the pane says that downloads may not start there', async () => {
  await filled({ platform: 'Mac' });
  const user = userEvent.setup();
  renderPane();
  await openSlides(user);
  await user.click(button(/^Tạo trang tổng quan$/));
  await messageBar(/Đã tạo trang mới/);
  await user.click(button(/^Tải ảnh biểu đồ$/));
  expect((await messageBar(/Excel cho Mac/)).textContent).toMatch(/Excel trên web/);
});
