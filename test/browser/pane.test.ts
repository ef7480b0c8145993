// Tier 4 (DESIGN.md, "Testing without Excel"): the PRODUCTION build of the task pane in headless
// Debian Chromium, driven by playwright-core, clicking through what a person does. Microsoft's
// office.js URL is routed to a bundle of the Excel stand-in (test/browser/standin-entry.ts), so the
// real pane and the real Office.js adapter run against an in-memory workbook whose formulas
// HyperFormula computes. One test opens the page with Microsoft's real office.js (from
// @microsoft/office-js) outside Office.
//
// Each step leaves a screenshot in artifacts/browser/ (gitignored) for a person to look at.
// The pane talks to nobody: every request goes to the test server or to office.js's URL, and any
// other request fails the test (it is also aborted, so nothing leaves the machine).
//
// Needs /usr/bin/chromium (bash .ci/run installs it; CHITIEU_CHROMIUM overrides). Nothing is downloaded.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { laiChau2023 } from '../../src/core/catalogue/laichau2023';
import { indicatorSheetName } from '../../src/core/layout';
import { en } from '../../src/taskpane/i18n/en';
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
const shots: string[] = [];
let requestsSeen = 0;
let foreignSeen = 0;
let passed = 0;
const started = Date.now();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  built = await buildAll();
  server = await serveStatic(built.appDir);
  browser = await launchChromium();
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.remove();
  // The closing line, in the output of `npm test`.
  process.stdout.write(
    `browser tests: ${passed} passed in ${Math.round((Date.now() - started) / 1000)} s; ${requestsSeen} requests, ${foreignSeen} to other origins than 127.0.0.1 and office.js; ` +
      `${shots.length} screenshots in artifacts/browser/\n`,
  );
});

afterEach(async () => {
  const p = pane;
  pane = undefined;
  if (!p) return;
  requestsSeen += p.requests.length;
  foreignSeen += p.foreign.length;
  await p.close();
  // Checked after every test, pass or fail.
  expect(p.foreign).toEqual([]);
  expect(p.errors).toEqual([]);
});

/** Opens the pane (stand-in behind office.js) and waits for its first control. */
async function open(options: Record<string, unknown> = {}): Promise<Page> {
  pane = await openPane(browser!, server!.origin, { kind: 'standin', file: built!.standinJs, options });
  await pane.page.getByRole('button', { name: vi.template.insert }).waitFor();
  return pane.page;
}

async function shot(page: Page, name: string): Promise<void> {
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  shots.push(file);
}

/** Runs `fn` in the page with the stand-in's handle (window.__standin); `fn` must not close over anything. */
const standin = <T>(page: Page, fn: (s: StandinHandle, arg: string[]) => T, ...arg: string[]): Promise<T> =>
  page.evaluate(([src, a]) => new Function('s', 'a', `return (${src})(s, a);`)(window.__standin, a) as T, [fn.toString(), arg] as const);

/** Waits until Excel's selection is `address` ('Sheet'!A1); fails with what it is instead. */
async function selection(page: Page, address: string): Promise<void> {
  try {
    await page.waitForFunction((want) => window.__standin.selected() === want, address, { timeout: 5_000 });
  } catch {
    expect(await standin(page, (s) => s.selected())).toBe(address);
  }
}

/** A test that counts towards the closing line when it gets to its end. */
function flow(name: string, fn: () => Promise<void>, timeout = 60_000): void {
  test(name, async () => {
    await fn();
    passed++;
  }, timeout);
}

/** The visible tab panel. */
const panel = (page: Page): Locator => page.locator('[role="tabpanel"]:not([hidden])');

/** The Fluent MessageBar with this intent that contains `text`. */
const messageBar = (page: Page, intent: string, text: string | RegExp): Locator =>
  page.locator(`.fui-MessageBar[data-intent="${intent}"]`).filter({ hasText: text });

/** No horizontal scroll bar in a 350 px pane. */
async function expectFitsWidth(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PANE_VIEWPORT.width);
}

/** What a person types into "Thực hiện", and what the check must make of it. */
const TYPED: [code: string, typed: string][] = [
  ['CEREAL_OUTPUT', '230'], // a number: met
  ['BUDGET_REVENUE', "'2.450"], // Vietnamese text: met, ambiguous (warning)
  ['GRDP_PER_CAPITA', '52,9 triệu đồng'], // Vietnamese text with its unit: met
  ['TRADE_GROWTH', "'2.5"], // English text: 2,5 < 3,0, not met (warning)
  ['FOREST_COVER', '52.3%'], // a percent: stored 0,523 in a percent cell, read as 52,3: met
  ['GRID_ELECTRICITY', 'không rõ'], // garbage: invalid (error)
  ['RURAL_CLEAN_WATER', '85'], // not met
  ['PRESCHOOL_5Y', 'Đạt'], // met
];

flow('opens at 350 px in Vietnamese: title, tabs and the insert button, nothing cut off', async () => {
  const page = await open();
  await expect(page.title()).resolves.toBe('Chỉ tiêu KH');
  await page.getByRole('heading', { name: vi.app.title, level: 1 }).waitFor();
  for (const t of Object.values(vi.tabs)) await page.getByRole('tab', { name: t }).waitFor();
  expect(await page.getByRole('tab', { selected: true }).textContent()).toBe(vi.tabs.template);
  await panel(page).getByRole('heading', { name: vi.template.heading }).waitFor();
  expect(await page.getByRole('button', { name: vi.template.insert }).isEnabled()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  // The pane waited for Office.onReady from the office.js it was given.
  expect(await standin(page, (s) => s.onReadyCalls)).toBe(1);
  await expectFitsWidth(page);
  await shot(page, '01-open');
});

flow('a planner inserts the template, types results, checks, goes to a problem’s cell, and switches to English', async () => {
  const page = await open();

  // Insert the province template.
  await page.getByRole('button', { name: vi.template.insert }).click();
  await messageBar(page, 'success', vi.template.insertedTitle).waitFor();
  expect(await standin(page, (s) => s.sheets())).toContain(SHEET);
  expect(await standin(page, (s) => s.activeSheet())).toBe(SHEET);
  await shot(page, '02-inserted');

  // Type results into Thực hiện as a person would in Excel.
  const cells: Record<string, string> = {};
  for (const [code, typed] of TYPED) cells[code] = await standin(page, (s, [sh, c, t]) => s.typeActual(sh, c, t), SHEET, code, typed);
  // The workbook's own formulas judge a plain number (no add-in needed to see it).
  const cereal = await standin(page, (s, [sh, a]) => s.cell(sh, a), SHEET, cells.CEREAL_OUTPUT);
  expect(cereal.value).toBe(230);
  const forest = await standin(page, (s, [sh, a]) => s.cell(sh, a), SHEET, cells.FOREST_COVER);
  expect([forest.value, forest.numberFormat]).toEqual([0.523, expect.stringContaining('%')]);

  // Check the open sheet: counts, problems, not-met indicators.
  await page.getByRole('tab', { name: vi.tabs.check }).click();
  await panel(page).getByRole('button', { name: vi.check.run }).click();
  const counts = page.getByRole('list', { name: vi.check.countsLabel });
  await counts.waitFor();
  await counts.getByLabel(`${vi.check.status.met}: 5`).waitFor();
  await counts.getByLabel(`${vi.check.status.not_met}: 2`).waitFor();
  await counts.getByLabel(`${vi.check.status.invalid}: 1`).waitFor();
  await panel(page).getByText(vi.check.sheetChecked(SHEET, laiChau2023.id)).waitFor();
  const problems = panel(page).locator('div').filter({ has: page.getByRole('heading', { name: vi.check.problemsHeading(3) }) }).last();
  await problems.waitFor();
  await problems.getByText(/Không đọc được "không rõ" thành số/).waitFor();
  await problems.getByText(/"2\.450" đọc theo kiểu Việt Nam là 2\.450, theo kiểu tiếng Anh là 2,45/).waitFor();
  await problems.getByText(/"2\.5" không phải cách viết số kiểu Việt Nam/).waitFor();
  const notMet = panel(page).locator('div').filter({ has: page.getByRole('heading', { name: vi.check.notMetHeading(2) }) }).last();
  await notMet.getByText('Tỷ lệ dân số nông thôn sử dụng nước sinh hoạt hợp vệ sinh').waitFor();
  await notMet.getByText(/85(,0)? % < 90(,0)? %/).waitFor();
  await expectFitsWidth(page);
  await shot(page, '03-checked');

  // Clicking a problem selects its cell in Excel, on its sheet.
  const garbage = problems.getByRole('button').filter({ hasText: 'không rõ' });
  expect(await garbage.getAttribute('title')).toBe(vi.check.goToCell(`${SHEET}!${cells.GRID_ELECTRICITY}`));
  await garbage.click();
  await selection(page, `'${SHEET}'!${cells.GRID_ELECTRICITY}`);
  await notMet.getByRole('button').filter({ hasText: 'nước sinh hoạt' }).click();
  await selection(page, `'${SHEET}'!${cells.RURAL_CLEAN_WATER}`);
  expect(await standin(page, (s) => s.activeSheet())).toBe(SHEET);
  await shot(page, '04-problem-selected');

  // English: the same report, without reading Excel again.
  const syncs = await standin(page, (s) => s.syncCount());
  await page.getByRole('tab', { name: vi.tabs.settings }).click();
  await panel(page).getByRole('radio', { name: en.langName }).check();
  await page.getByRole('tab', { name: en.tabs.settings, selected: true }).waitFor();
  await shot(page, '05-settings-english');
  await page.getByRole('tab', { name: en.tabs.check }).click();
  const countsEn = page.getByRole('list', { name: en.check.countsLabel });
  await countsEn.getByLabel(`${en.check.status.met}: 5`).waitFor();
  await countsEn.getByLabel(`${en.check.status.not_met}: 2`).waitFor();
  await panel(page).getByRole('heading', { name: en.check.problemsHeading(3) }).waitFor();
  await panel(page).getByText(/Cannot read "không rõ" as a number/).waitFor();
  await panel(page).getByText('Share of the rural population using hygienic domestic water').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await standin(page, (s) => s.syncCount())).toBe(syncs);
  await expectFitsWidth(page);
  await shot(page, '06-checked-english');
}, 120_000);

flow('an Excel error reaches the person as an error MessageBar saying what to do, and a retry works', async () => {
  const page = await open();
  await standin(page, (s) => s.failNextSync('GeneralException', 'There was an internal error while processing the request.'));
  await page.getByRole('button', { name: vi.template.insert }).click();
  const insertBar = messageBar(page, 'error', /Không chèn được mẫu/);
  await insertBar.waitFor();
  expect(await insertBar.textContent()).toMatch(/Hãy thử lại/);
  expect(await standin(page, (s) => s.sheets())).toEqual(['Sheet1']);
  await shot(page, '07-insert-error');

  await page.getByRole('button', { name: vi.template.insert }).click();
  await messageBar(page, 'success', vi.template.insertedTitle).waitFor();
  await expect(insertBar.count()).resolves.toBe(0);

  await page.getByRole('tab', { name: vi.tabs.check }).click();
  await standin(page, (s) => s.failNextSync('GeneralException', 'There was an internal error while processing the request.'));
  await panel(page).getByRole('button', { name: vi.check.run }).click();
  const checkBar = messageBar(page, 'error', /Không đọc được trang tính/);
  await checkBar.waitFor();
  expect(await checkBar.textContent()).toMatch(/Hãy thử lại/);
  await expectFitsWidth(page);
  await shot(page, '08-check-error');
});

flow('an older Excel (ExcelApi 1.4): the template goes in, and a warning says what this Excel cannot do', async () => {
  const page = await open({ requirementSets: { ExcelApi: '1.4' } });
  await page.getByRole('button', { name: vi.template.insert }).click();
  await messageBar(page, 'success', vi.template.insertedTitle).waitFor();
  const warning = messageBar(page, 'warning', vi.template.olderExcelTitle);
  await warning.waitFor();
  expect(await warning.textContent()).toMatch(/ExcelApi 1\.6/);
  await expectFitsWidth(page);
  await shot(page, '09-older-excel');
});

flow('outside Office, with Microsoft’s office.js: the pane still renders and says it only works inside Excel', async () => {
  pane = await openPane(browser!, server!.origin, { kind: 'microsoft' });
  const page = pane.page;
  await page.getByRole('button', { name: vi.template.insert }).click({ timeout: 30_000 });
  const bar = messageBar(page, 'error', /chỉ chạy bên trong Excel/);
  await bar.waitFor();
  expect(pane.requests.some((r) => r.url.endsWith('/lib/1/hosted/office.js'))).toBe(true);
  // office.js ran (not the pane's fallback for a page without it), and there is no Excel here.
  expect(await page.evaluate(() => [typeof Office.onReady, typeof (window as { Excel?: unknown }).Excel])).toEqual(['function', 'undefined']);
  await expectFitsWidth(page);
  await shot(page, '10-outside-office');
});

flow('the request guard works: a request to another origin is aborted and reported', async () => {
  pane = await openPane(browser!, server!.origin, { kind: 'standin', file: built!.standinJs }, {
    initScripts: ["addEventListener('load', () => { fetch('https://example.invalid/beacon').catch(() => {}); });"],
  });
  await pane.page.getByRole('button', { name: vi.template.insert }).waitFor();
  await pane.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('example.invalid')), undefined, { timeout: 10_000 }).catch(() => undefined);
  expect(pane.foreign).toEqual(['https://example.invalid/beacon']);
  // The guard worked: what afterEach checks for every other test is cleared for this one.
  pane.foreign.length = 0;
  pane.errors.length = 0;
});
