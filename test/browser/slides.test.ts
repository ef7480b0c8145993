// Tier 4 for the Slides tab: the PRODUCTION build in headless Debian Chromium with the Excel stand-in
// behind office.js (see pane.test.ts). The deck is made by pptxgenjs's browser path in a real
// browser, from the lazy chunk the click loads (and not before), and downloaded through the pane's
// <a download> link; the .pptx that arrives is unzipped. Screenshots in artifacts/browser/.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Browser, Locator, Page } from 'playwright-core';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { indicatorSheetName } from '../../src/core/layout';
import { vi } from '../../src/taskpane/i18n/vi';
import type { StandinHandle } from './standin-entry';
import { buildAll, Built, launchChromium, OpenedPane, openPane, PANE_VIEWPORT, ROOT, serveStatic, StaticServer } from './harness';

declare global {
  interface Window {
    __standin: StandinHandle;
  }
}

const ARTIFACTS = join(ROOT, 'artifacts', 'browser');
const SHEET = indicatorSheetName(laiChau2023, { level: 'province', lang: 'vi' });

let built: Built | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let pane: OpenedPane | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  built = await buildAll();
  server = await serveStatic(built.appDir);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.remove();
});

afterEach(async () => {
  const p = pane;
  pane = undefined;
  if (!p) return;
  await p.close();
  expect(p.foreign).toEqual([]);
  expect(p.errors).toEqual([]);
});

const standin = <T>(page: Page, fn: (s: StandinHandle, arg: string[]) => T, ...arg: string[]): Promise<T> =>
  page.evaluate(([src, a]) => new Function('s', 'a', `return (${src})(s, a);`)(window.__standin, a) as T, [fn.toString(), arg] as const);
const panel = (page: Page): Locator => page.locator('[role="tabpanel"]:not([hidden])');
const messageBar = (page: Page, intent: string, text: string | RegExp): Locator =>
  page.locator(`.fui-MessageBar[data-intent="${intent}"]`).filter({ hasText: text });

async function expectFitsWidth(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE_VIEWPORT.width);
}

/** The app's files that hold pptxgenjs (its own source text marks it). */
function pptxgenFiles(): string[] {
  return built!.info.app.chunks.flatMap((c) => c.files).filter((f) => f.endsWith('.js') && readFileSync(join(built!.appDir, f), 'utf8').includes('defineSlideMaster'));
}

test('pptxgenjs is in no initial chunk of the pane', () => {
  const initial = built!.info.app.chunks.filter((c) => c.initial).flatMap((c) => c.files);
  const withDeck = pptxgenFiles();
  expect(withDeck.length).toBeGreaterThan(0);
  expect(withDeck.filter((f) => initial.includes(f))).toEqual([]);
});

test('a planner makes the dashboard, downloads a chart image and the deck; the deck chunk loads on the click', async () => {
  pane = await openPane(browser!, server!.origin, { kind: 'standin', file: built!.standinJs });
  const page = pane.page;
  await page.getByRole('button', { name: vi.template.insert }).click();
  await messageBar(page, 'success', vi.template.insertedTitle).waitFor();
  for (const [code, typed] of [
    ['CEREAL_OUTPUT', '230'],
    ['BUDGET_REVENUE', '2300'],
    ['FOREST_COVER', '52.3%'],
    ['RURAL_CLEAN_WATER', '85'],
    ['PRESCHOOL_5Y', 'Đạt'],
  ]) {
    await standin(page, (s, [sh, c, t]) => s.typeActual(sh, c, t), SHEET, code, typed);
  }

  await page.getByRole('tab', { name: vi.tabs.slides }).click();
  await panel(page).getByRole('button', { name: vi.slides.makeDashboard }).click();
  await messageBar(page, 'success', vi.slides.dashboardTitle).waitFor();
  expect(await standin(page, (s) => s.activeSheet())).toBe('Tổng quan 2023');
  await panel(page).getByRole('heading', { name: vi.slides.summaryHeading }).waitFor();
  await panel(page).getByText(/^Có 3\/22 chỉ tiêu đạt kế hoạch/).waitFor();
  await messageBar(page, 'warning', vi.slides.skippedTitle).waitFor();
  await expectFitsWidth(page);
  await page.screenshot({ path: join(ARTIFACTS, '21-slides-dashboard.png'), fullPage: true });

  await panel(page).getByRole('button', { name: vi.slides.exportImages }).click();
  const images = page.getByRole('list', { name: vi.slides.imagesLabel });
  await images.waitFor();
  const [png] = await Promise.all([page.waitForEvent('download'), images.getByRole('link').first().click()]);
  expect(png.suggestedFilename()).toBe('chi-tieu-2023-lai-chau-kinh-te.png');
  expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');

  const deckFiles = pptxgenFiles();
  const loadedDeck = () => pane!.requests.filter((r) => deckFiles.some((f) => r.url.endsWith(`/${f}`)));
  expect(loadedDeck()).toEqual([]);
  await panel(page).getByRole('button', { name: vi.slides.makeDeck }).click();
  const link = page.getByRole('link', { name: vi.slides.downloadLabel('chi-tieu-2023-lai-chau.pptx') });
  await link.waitFor({ timeout: 30_000 });
  expect(loadedDeck().length).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('chi-tieu-2023-lai-chau.pptx');
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
  const done = await messageBar(page, 'success', vi.slides.deckTitle).textContent();
  expect(done).toContain(`${slides.length} trang chiếu và ${charts.length} biểu đồ`);
  expect(charts).toHaveLength(2);
  const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
  expect(title).toContain('Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023');
  expect(title).toContain('Lai Châu');
  await expectFitsWidth(page);
  await page.screenshot({ path: join(ARTIFACTS, '22-slides-deck.png'), fullPage: true });
}, 120_000);
