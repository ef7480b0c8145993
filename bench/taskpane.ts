// The task pane as a browser loads it: the production build (the same `webpack --mode production`
// as `npm run build`, into a temporary folder; dist/ is not touched).
//
//   bundle        gzip and brotli bytes of the JavaScript the pane loads at start (the <script> tags
//                 of taskpane.html, and any chunk the browser fetched before the first control
//                 appeared), against the 120 KB budget and the 167 KB of Microsoft's React task-pane
//                 template; then each chunk loaded later, and what loads it
//   first render  milliseconds from navigation to the pane's first interactive control (an enabled
//                 button or tab), headless Debian Chromium, a new browser context (empty cache) per run,
//                 median of BENCH_RENDER_RUNS (default 7); also with Chromium's 4× CPU slowdown
//
// office.js is answered by a stub of a few lines whose Office.onReady resolves at once: Microsoft's
// office.js (about 1 MB from its CDN, and the host's own start) is outside the pane's budget and is
// not measured. Files come from 127.0.0.1, so the times are parse, compile and render, not network.

import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildAll, Built, launchChromium, openPane, serveStatic, StaticServer } from '../test/browser/harness';
import { BenchTable } from './table';

const KB = 1024;
const BUDGET_KB = 120;
const TEMPLATE_KB = 167; // Office-Addin-TaskPane-React at start: taskpane 38 + react 48 + polyfill 82 KB gzip

const OFFICE_STUB = `window.Office = {
  onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) cb(info); return Promise.resolve(info); },
  context: { requirements: { isSetSupported: function () { return true; } }, displayLanguage: 'vi-VN' },
  HostType: { Excel: 'Excel' }
};`;

/** Records, in the page, when the first enabled control shows and which scripts were fetched by then. */
const PROBE = `(() => {
  const mark = () => {
    if (window.__firstControl !== undefined) return true;
    const c = document.querySelector('#container button:not([disabled]), #container [role="tab"]');
    if (!c) return false;
    window.__firstControl = performance.now();
    window.__scriptsBefore = performance.getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' || /\\.js(\\?|$)/.test(e.name)).map((e) => e.name);
    return true;
  };
  new MutationObserver((_, obs) => { if (mark()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
})();`;

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => Math.round((n / KB) * 10) / 10;

interface Render {
  ms: number;
  scripts: string[];
}

async function renderOnce(browser: Browser, origin: string, cpuSlowdown: number): Promise<Render> {
  const pane = await openPane(browser, origin, { kind: 'script', source: OFFICE_STUB }, { initScripts: [PROBE], path: '/__blank.html' });
  try {
    const page = pane.page;
    if (cpuSlowdown > 1) {
      const cdp = await pane.context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForFunction('window.__firstControl !== undefined', undefined, { timeout: 60_000 });
    const r = (await page.evaluate('({ ms: window.__firstControl, scripts: window.__scriptsBefore })')) as Render;
    if (pane.foreign.length) throw new Error(`the pane asked for ${pane.foreign.join(', ')}`);
    return r;
  } finally {
    await pane.close();
  }
}

/** Which tab or action loads a lazy chunk: clicked one after another in one page, chunks noted as they come. */
async function lazyLoads(browser: Browser, origin: string, built: Built): Promise<Map<string, string>> {
  const pane = await openPane(browser, origin, { kind: 'standin', file: built.standinJs });
  const by = new Map<string, string>();
  try {
    const page = pane.page;
    await page.locator('#container button:not([disabled])').first().waitFor();
    const note = (what: string) => {
      for (const r of pane.requests) {
        const f = r.url.split('/').pop() ?? '';
        if (f.endsWith('.js') && !by.has(f)) by.set(f, what);
      }
    };
    note('start');
    const tabs = page.getByRole('tab');
    const n = await tabs.count();
    // The first tab's primary button (insert the template), then every other tab.
    await page.locator('[role="tabpanel"]:not([hidden]) button.fui-Button').first().click();
    await page.waitForTimeout(500);
    note('first action of the first tab');
    for (let i = 1; i < n; i++) {
      const name = (await tabs.nth(i).getAttribute('id'))?.replace(/^tab-/, '') ?? String(i + 1);
      await tabs.nth(i).click();
      await page.waitForTimeout(500);
      note(`tab "${name}"`);
    }
  } finally {
    await pane.close();
  }
  return by;
}

export async function bench(): Promise<BenchTable[]> {
  const runs = Math.max(5, Number(process.env.BENCH_RENDER_RUNS ?? 7));
  const built = await buildAll();
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveStatic(built.appDir);
    browser = await launchChromium();

    const render: Record<number, Render[]> = { 1: [], 4: [] };
    for (const slow of [1, 4]) for (let i = 0; i < runs; i++) render[slow].push(await renderOnce(browser, server.origin, slow));
    const loadedBy = await lazyLoads(browser, server.origin, built);

    // ---- bundle
    const html = readFileSync(join(built.appDir, 'taskpane.html'), 'utf8');
    const tags = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    const external = tags.filter((t) => /^https?:/.test(t));
    const fromHtml = tags.filter((t) => !/^https?:/.test(t));
    const fetched = new Set(render[1].flatMap((r) => r.scripts).map((u) => u.split('/').pop() ?? '').filter((f) => f.endsWith('.js')));
    const atStart = [...new Set([...fromHtml, ...[...fetched].filter((f) => !/office\.js$/.test(f))])];
    const commands = new Set(built.info.app.entrypoints.commands ?? []);
    const js = readdirSync(built.appDir).filter((f) => f.endsWith('.js') && !commands.has(f));
    const origin = (f: string) => {
      const c = built.info.app.chunks.find((k) => k.files.includes(f));
      return c ? [...c.names, ...c.origins.map((o) => o.replace(/^\.\/(src\/)?/, ''))].join(', ') : '';
    };
    const size = (f: string) => {
      const b = readFileSync(join(built.appDir, f));
      return { raw: b.length, gzip: gz(b), brotli: br(b) };
    };
    const rows: (string | number)[][] = [];
    let start = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of atStart) {
      const s = size(f);
      start = { raw: start.raw + s.raw, gzip: start.gzip + s.gzip, brotli: start.brotli + s.brotli };
      rows.push([f, fromHtml.includes(f) ? 'start (<script>)' : 'start (fetched before first control)', origin(f), kb(s.raw), kb(s.gzip), kb(s.brotli)]);
    }
    rows.push(['= at start', '', `budget ${BUDGET_KB} KB: ${start.gzip <= BUDGET_KB * KB ? 'within' : 'OVER'}`, kb(start.raw), kb(start.gzip), kb(start.brotli)]);
    let lazy = 0;
    for (const f of js.filter((f) => !atStart.includes(f)).sort()) {
      const s = size(f);
      lazy += s.gzip;
      rows.push([f, `lazy: ${loadedBy.get(f) ?? 'not loaded by the tabs or the first action'}`, origin(f), kb(s.raw), kb(s.gzip), kb(s.brotli)]);
    }
    rows.push(['= everything', '', '', kb(js.reduce((a, f) => a + size(f).raw, 0)), kb(start.gzip + lazy), kb(js.reduce((a, f) => a + size(f).brotli, 0))]);

    const stats = (xs: number[]) => [median(xs), Math.min(...xs), Math.max(...xs)];
    return [
      {
        title: 'Task pane JavaScript (production build): at start and lazy',
        columns: ['file', 'loaded', 'chunk of', 'raw KB', 'gzip KB', 'brotli KB'],
        rows,
        notes: [
          `at start: ${kb(start.gzip)} KB gzip (${Math.round(start.gzip / 100) / 10} kB) = ${Math.round((start.gzip / (BUDGET_KB * KB)) * 100)} % of the ${BUDGET_KB} KB budget; Microsoft's React task-pane template: ${TEMPLATE_KB} KB`,
          `not counted: ${external.join(', ') || '(none)'} (Microsoft's CDN, loaded by every add-in)`,
          'KB = 1,024 bytes, kB = 1,000 bytes; gzip level 9, brotli quality 11 (Node zlib), each file on its own',
          `build: webpack --mode production (test/browser/build.js, shared with the browser tests) in ${Math.round(built.info.ms / 1000)} s`,
        ],
      },
      {
        title: 'First render: navigation to the first interactive control (headless Chromium, 350 × 900)',
        columns: ['CPU', 'runs', 'median ms', 'min ms', 'max ms'],
        rows: [
          ['as is', runs, ...stats(render[1].map((r) => r.ms))],
          ['4× slower (CDP throttling)', runs, ...stats(render[4].map((r) => r.ms))],
        ],
        notes: [
          'each run: a new browser context (empty cache, fresh storage), taskpane.html from 127.0.0.1; clock = performance.now() (navigation start)',
          'office.js: a stub whose Office.onReady resolves at once (the real one and the Office host are not part of the pane\'s time)',
          `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
        ],
      },
    ];
  } finally {
    await browser?.close();
    await server?.close();
    built.remove();
  }
}
