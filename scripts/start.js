#!/usr/bin/env node
/* eslint-disable no-undef */
// `npm start`: builds the add-in and serves it on https://localhost:3000 (webpack-dev-server),
// then prints, in Vietnamese and English, how to sideload manifest.xml into Excel.
// It runs until Ctrl+C. It is a developer's tool, not a test: do not put it in CI as is.
//
//   npm start                          development build, served, live reload
//   npm start -- --production          the production build, served the same way
//   npm start -- --check               start, fetch the pages, manifest.xml and an icon over https, stop;
//                                      exit status 0 when all were served (usable in CI)
//   npm start -- --no-install-ca       never try to install the CA (same as CHITIEU_NO_CA_INSTALL=1)

const https = require("https");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const ORIGIN = "https://localhost:3000";

function parseArgs(argv) {
  const args = { production: false, check: false, installCa: undefined };
  for (const a of argv) {
    if (a === "--production" || a === "--prod") args.production = true;
    else if (a === "--check") args.check = true;
    else if (a === "--no-install-ca") args.installCa = false;
    else if (a === "--help" || a === "-h") args.help = true;
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  return args;
}

function get(url, ca) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ca, timeout: 15000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("timeout", () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on("error", reject);
  });
}

function sideloadText(manifestPath, certs) {
  const lines = [];
  const hr = "─".repeat(78);
  lines.push(hr);
  lines.push(`Chỉ tiêu KH đang chạy tại / is being served at  ${ORIGIN}/taskpane.html`);
  lines.push(`Manifest: ${manifestPath}`);
  lines.push(`          (cũng có tại / also at ${ORIGIN}/manifest.xml)`);
  lines.push(hr);
  if (certs.trusted) {
    lines.push("Chứng chỉ HTTPS: CA phát triển đã được tin cậy trên máy này.");
    lines.push("HTTPS certificate: the development CA is trusted on this machine.");
  } else {
    lines.push("! Chứng chỉ HTTPS: CA phát triển CHƯA được tin cậy. Excel sẽ không mở được ngăn tác vụ");
    lines.push("  cho đến khi bạn cài tệp sau làm CA gốc tin cậy trên máy chạy Excel:");
    lines.push("! HTTPS certificate: the development CA is NOT trusted. Excel will not load the task pane");
    lines.push("  until this file is trusted as a root CA on the machine that runs Excel:");
    lines.push(`    ${certs.paths.ca}`);
    lines.push("  Windows: certutil -user -addstore Root ca.crt");
    lines.push("  macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt");
    lines.push("  Linux:   sudo cp ca.crt /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates");
    lines.push("  (hoặc chạy npm start trong một terminal có quyền sudo/quản trị / or run npm start in a terminal with sudo/admin rights)");
    for (const n of certs.notes) lines.push(`  (${n})`);
  }
  lines.push(hr);
  lines.push("Cách nạp thử add-in (sideload) / How to sideload the add-in:");
  lines.push("");
  lines.push("Excel trên Windows / Excel on Windows (Trusted Add-in Catalogs):");
  lines.push("  1. Tạo thư mục, ví dụ C:\\AddinCatalog, chia sẻ nó (Properties > Sharing > Share) và ghi lại");
  lines.push("     đường dẫn mạng \\\\TEN-MAY\\AddinCatalog. Chép manifest.xml vào thư mục đó.");
  lines.push("     Create a folder such as C:\\AddinCatalog, share it (Properties > Sharing > Share), note its");
  lines.push("     network path \\\\MACHINE\\AddinCatalog, and copy manifest.xml into it.");
  lines.push("  2. Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:");
  lines.push("     nhập đường dẫn mạng vào Catalog Url, Add catalog, đánh dấu Show in Menu, OK; khởi động lại Excel.");
  lines.push("     enter the network path in Catalog Url, Add catalog, tick Show in Menu, OK; restart Excel.");
  lines.push("  3. Home > Add-ins (hoặc / or Insert > My Add-ins) > SHARED FOLDER > Chỉ tiêu KH > Add.");
  lines.push("");
  lines.push("Excel trên Mac / Excel on Mac:");
  lines.push("  mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef");
  lines.push(`  cp "${manifestPath}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/`);
  lines.push("  Khởi động lại Excel, rồi Insert > Add-ins > My Add-ins: chọn Chỉ tiêu KH.");
  lines.push("  Restart Excel, then Insert > Add-ins > My Add-ins and pick Chỉ tiêu KH.");
  lines.push("");
  lines.push("Excel trên web / Excel on the web:");
  lines.push("  Mở một sổ làm việc, Insert > Add-ins > Upload My Add-in (More Settings > Upload My Add-in),");
  lines.push("  chọn manifest.xml, Upload. Trình duyệt cũng phải tin cậy CA ở trên.");
  lines.push("  Open a workbook, Insert > Add-ins > Upload My Add-in (More Settings > Upload My Add-in),");
  lines.push("  choose manifest.xml, Upload. The browser must trust the CA above as well.");
  lines.push("");
  lines.push("Nút Chỉ tiêu KH nằm trên thẻ Home / The Chỉ tiêu KH button is on the Home tab.");
  lines.push("Dừng máy chủ: Ctrl+C  ·  Stop the server: Ctrl+C");
  lines.push(hr);
  return lines.join("\n");
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`[chitieu] ${err.message}`);
    process.exit(2);
  }
  if (args.help) {
    const text = require("fs").readFileSync(__filename, "utf8").split("\n");
    console.log(text.slice(2, text.findIndex((l) => l.startsWith("const "))).join("\n").replace(/^\/\/ ?/gm, "").trim());
    return;
  }

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const { getDevHttpsOptions } = require("./dev-certs");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));

  console.log("[chitieu] Chuẩn bị chứng chỉ HTTPS / preparing HTTPS certificates (office-addin-dev-certs)...");
  const certs = await getDevHttpsOptions({ installCa: args.installCa === false || args.check ? false : undefined });

  const mode = args.production ? "production" : "development";
  const config = await makeConfig({ WEBPACK_SERVE: true, httpsOptions: certs.options }, { mode });
  const devServerOptions = { ...config.devServer };
  if (args.check) {
    devServerOptions.hot = false;
    devServerOptions.liveReload = false;
  }
  delete config.devServer;
  config.stats = "minimal";

  console.log(`[chitieu] Đang build (${mode}) / building (${mode})...`);
  const compiler = webpack(config);
  const server = new WebpackDevServer(devServerOptions, compiler);

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    try {
      await server.stop();
    } finally {
      process.exit(code);
    }
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  process.on("SIGHUP", () => stop(0));
  // `npm start` does not pass SIGTERM on to this process: when npm (our parent) goes away, stop
  // too, so a killed `npm start` never leaves a server holding port 3000.
  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid) stop(0);
  }, 1000).unref();

  try {
    await server.start();
  } catch (err) {
    if (err && err.code === "EADDRINUSE") {
      console.error(`[chitieu] Cổng 3000 đang bận: một máy chủ khác (có thể là npm start trước đó) đang chạy.`);
      console.error(`[chitieu] Port 3000 is in use: another server (maybe an earlier npm start) is running. Stop it and retry.`);
    } else {
      console.error(`[chitieu] Không khởi động được máy chủ / could not start the server: ${err && err.message}`);
    }
    process.exit(1);
  }

  // Called once the first build is done and its stats are printed.
  const stats = await new Promise((resolve) => server.middleware.waitUntilValid(resolve));
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: Boolean(process.stdout.isTTY) }));
    console.error("[chitieu] Build lỗi; sửa lỗi rồi lưu tệp, máy chủ sẽ build lại. / The build failed; fix and save, the server rebuilds.");
    if (args.check) return stop(1);
  }

  console.log(sideloadText(path.join(ROOT, "manifest.xml"), certs));

  if (args.check) {
    let ok = true;
    for (const p of ["/taskpane.html", "/commands.html", "/manifest.xml", "/assets/icon-80.png"]) {
      try {
        const res = await get(ORIGIN + p, certs.options.ca);
        const good = res.status === 200;
        ok = ok && good;
        console.log(`[chitieu] check ${p}: HTTP ${res.status} (${res.body.length} bytes)`);
      } catch (err) {
        ok = false;
        console.log(`[chitieu] check ${p}: ${err.message}`);
      }
    }
    console.log(ok ? "[chitieu] check: OK" : "[chitieu] check: FAILED");
    return stop(ok ? 0 : 1);
  }
}

main().catch((err) => {
  console.error(`[chitieu] ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
