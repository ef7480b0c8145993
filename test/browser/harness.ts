// What the browser tests (test/browser/*.test.ts) and the browser benchmarks (bench/) share: build
// the production add-in and the stand-in bundle, serve the build on 127.0.0.1, launch Debian's
// Chromium through playwright-core, and open the task pane with Microsoft's office.js URL routed
// to a local file. Every request a page makes is recorded; any that leaves the test server (other
// than office.js's own URLs) is aborted and reported as foreign.
//
// No DOM types here (bench/ compiles without them): code that runs in the page lives in the tests.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { Browser, BrowserContext, chromium, Page, Route } from 'playwright-core';

/** The repository (found upwards, so this also works compiled into build-bench/ for the benchmarks). */
export const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'webpack.config.js')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no webpack.config.js above ${from}`);
  }
}

/** Where the task pane loads office.js from (src/taskpane/taskpane.html). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** Microsoft's office.js and the files it loads, as published on npm. */
export const OFFICE_JS_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/** Debian's chromium (installed by .ci/run); CHITIEU_CHROMIUM overrides. Nothing is downloaded. */
export const CHROMIUM = process.env.CHITIEU_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The width Excel gives a task pane by default (Windows: about 350 px). */
export const PANE_VIEWPORT = { width: 350, height: 900 };

export interface BuildInfo {
  ms: number;
  app: {
    entrypoints: Record<string, string[]>;
    chunks: { files: string[]; initial: boolean; names: string[]; origins: string[] }[];
  };
}

export interface Built {
  dir: string;
  appDir: string;
  standinJs: string;
  info: BuildInfo;
  /** Leaves the build for the other test files (and later runs) of the same sources: it is shared. */
  remove(): void;
}

/** What the two bundles are built from: a change to any of these makes a new build. */
const BUILD_INPUTS = ['src', 'assets', 'test/excel-standin', 'test/browser/standin-entry.ts', 'test/browser/build.js', 'webpack.config.js', 'tsconfig.json', 'tsconfig.web.json', 'manifest.xml', 'scripts', 'package-lock.json'];
const CACHE_PREFIX = 'chitieu-browser-build-';

function inputsHash(): string {
  const h = createHash('sha256');
  const walk = (rel: string) => {
    const abs = join(ROOT, rel);
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const e of readdirSync(abs).sort()) if (!e.endsWith('.test.ts') && !e.endsWith('.test.tsx')) walk(join(rel, e));
    } else {
      h.update(rel).update('\0').update(readFileSync(abs)).update('\0');
    }
  };
  BUILD_INPUTS.forEach(walk);
  return h.digest('hex').slice(0, 16);
}

function runBuild(dir: string): Promise<void> {
  return new Promise((res, rej) => {
    execFile(process.execPath, [join(ROOT, 'test', 'browser', 'build.js'), dir], { cwd: ROOT, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? rej(new Error(`the browser build failed: ${err.message}\n${stdout}\n${stderr}`)) : res(),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The production add-in and the stand-in bundle (test/browser/build.js), built once per state of
 * the sources into the temporary folder and shared: the browser test files of one `npm test` (jest
 * runs them in parallel workers) and `npm run bench` use the same build. The key is a hash of the
 * contents of every input (BUILD_INPUTS), so an edit anywhere there builds afresh.
 */
export async function buildAll(): Promise<Built> {
  const dir = join(tmpdir(), `${CACHE_PREFIX}${inputsHash()}`);
  const lock = `${dir}.lock`;
  const done = () => existsSync(join(dir, 'build.json'));
  for (let waited = 0; !done(); waited += 500) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // Another worker is building the same sources: wait for it (or take over a lock it left behind).
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 330_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (done()) break;
      const tmp = mkdtempSync(`${dir}.tmp-`);
      try {
        await runBuild(tmp);
        rmSync(dir, { recursive: true, force: true });
        renameSync(tmp, dir);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      // Builds of other sources left by earlier runs, unused for an hour.
      for (const e of readdirSync(tmpdir())) {
        const old = join(tmpdir(), e);
        if (e.startsWith(CACHE_PREFIX) && old !== dir && !e.endsWith('.lock') && Date.now() - statSync(old).mtimeMs > 3_600_000) {
          rmSync(old, { recursive: true, force: true });
        }
      }
    } finally {
      if (mine) rmSync(lock, { recursive: true, force: true });
    }
  }
  const now = new Date();
  utimesSync(dir, now, now); // in use: not cleaned up by another run
  return {
    dir,
    appDir: join(dir, 'app'),
    standinJs: join(dir, 'standin', 'standin.js'),
    info: JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) as BuildInfo,
    remove: () => undefined,
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a free port), GET and HEAD only, nothing outside `dir`. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__blank.html') {
      // An empty page of the same origin (the first-render benchmark starts each clock from it).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>blank</title>');
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const ok = (req.method === 'GET' || req.method === 'HEAD') && file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    if (!ok) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Headless Debian Chromium with a fresh temporary profile; a clear error when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (bash .ci/run does) or set CHITIEU_CHROMIUM to a Chromium binary`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** What office.js's URL answers with. */
export type OfficeJs =
  /** The Excel stand-in bundle: the pane runs against an in-memory workbook. */
  | { kind: 'standin'; file: string; options?: Record<string, unknown> }
  /** Microsoft's office.js from node_modules, and the files it loads from its folder: a page outside Office. */
  | { kind: 'microsoft' }
  /** A script given as text (the first-render benchmark's minimal Office.onReady). */
  | { kind: 'script'; source: string };

export interface RequestRecord {
  url: string;
  resourceType: string;
  /** Milliseconds since the pane was opened. */
  at: number;
}

export interface OpenedPane {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: RequestRecord[];
  /** Requests to neither the test server nor office.js's folder: each was aborted. */
  foreign: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close(): Promise<void>;
}

/** True for the requests a pane may make: its own origin, and office.js's URL (with the files office.js loads beside it). */
export function allowedRequest(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === OFFICE_JS_URL || url.startsWith(OFFICE_JS_DIR_URL);
}

/**
 * A new browser context (fresh storage, a 350 px wide pane) with office.js routed as asked, and
 * the task pane page opened (not waited for beyond navigation).
 */
export async function openPane(
  browser: Browser,
  origin: string,
  officeJs: OfficeJs,
  opts: { viewport?: { width: number; height: number }; locale?: string; path?: string; initScripts?: string[] } = {},
): Promise<OpenedPane> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? PANE_VIEWPORT,
    locale: opts.locale ?? 'vi-VN',
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const requests: RequestRecord[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const t0 = Date.now();
  context.on('request', (r) => {
    requests.push({ url: r.url(), resourceType: r.resourceType(), at: Date.now() - t0 });
    if (!allowedRequest(r.url(), origin)) foreign.push(r.url());
  });

  const standinSource = officeJs.kind === 'standin' ? readFileSync(officeJs.file, 'utf8') : '';
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url === OFFICE_JS_URL && officeJs.kind === 'standin') {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standinSource });
    }
    if (url === OFFICE_JS_URL && officeJs.kind === 'script') {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs.source });
    }
    if (url.startsWith(OFFICE_JS_DIR_URL) && officeJs.kind === 'microsoft') {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_JS_DIR_URL).pathname.length));
      const file = normalize(join(OFFICE_JS_DIST, rel));
      if (file.startsWith(OFFICE_JS_DIST + sep) && existsSync(file) && statSync(file).isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in @microsoft/office-js' });
    }
    // Anything else would leave the machine: refused (and already recorded as foreign, unless it
    // is an office.js URL this run does not serve, which is answered 404).
    if (url.startsWith(OFFICE_JS_DIR_URL)) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in this run' });
    return route.abort('blockedbyclient');
  });

  if (officeJs.kind === 'standin') {
    await context.addInitScript(`window.__standinOptions = ${JSON.stringify(officeJs.options ?? {})};`);
  }
  for (const s of opts.initScripts ?? []) await context.addInitScript(s);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  await page.goto(`${origin}${opts.path ?? '/taskpane.html'}`);
  return { context, page, requests, foreign, errors, close: () => context.close() };
}
