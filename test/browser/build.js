#!/usr/bin/env node
/* eslint-disable no-undef */
// Builds what the browser tests (test/browser) and the browser benchmarks (bench/) load, in one
// webpack run, without touching dist/:
//
//   node test/browser/build.js OUT_DIR
//     OUT_DIR/app/              the add-in exactly as `npm run build` (webpack --mode production) makes it
//     OUT_DIR/standin/standin.js  the Excel stand-in (test/excel-standin) as one classic browser script,
//                               which the tests serve in place of Microsoft's office.js
//     OUT_DIR/build.json        { ms, app: { initial: [files], chunks: [{ files, initial, names, origins }] } }
//
// A plain node script run in its own process (not inside jest's module registry): webpack is big.

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..");

function standinConfig(outDir) {
  return {
    name: "standin",
    context: ROOT,
    mode: "production",
    target: "web",
    devtool: false,
    entry: { standin: "./test/browser/standin-entry.ts" },
    output: { path: path.join(outDir, "standin"), filename: "standin.js", iife: true, clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.join(ROOT, "tsconfig.web.json"), transpileOnly: true, onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    // office.js is one classic script: no chunks, readable stack traces.
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
  };
}

async function main() {
  const outDir = path.resolve(process.argv[2] || "");
  if (!process.argv[2]) {
    console.error("usage: node test/browser/build.js OUT_DIR");
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const makeAppConfig = require(path.join(ROOT, "webpack.config.js"));
  const app = await makeAppConfig({}, { mode: "production" });
  app.name = "app";
  app.output = { ...app.output, path: path.join(outDir, "app") };

  const t0 = Date.now();
  const stats = await new Promise((resolve, reject) => {
    webpack([app, standinConfig(outDir)], (err, s) => (err ? reject(err) : resolve(s)));
  });
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, errorDetails: true, colors: false }));
    process.exit(1);
  }
  const appStats = stats.stats[0].toJson({ all: false, entrypoints: true, chunks: true, chunkOrigins: true });
  const info = {
    ms: Date.now() - t0,
    app: {
      entrypoints: Object.fromEntries(
        Object.entries(appStats.entrypoints).map(([name, e]) => [name, e.assets.map((a) => (typeof a === "string" ? a : a.name))]),
      ),
      chunks: appStats.chunks.map((c) => ({
        id: c.id,
        files: c.files,
        initial: c.initial,
        names: c.names,
        origins: (c.origins || []).map((o) => o.request).filter(Boolean),
      })),
    },
  };
  fs.writeFileSync(path.join(outDir, "build.json"), JSON.stringify(info, null, 2));
  console.log(`built app and stand-in into ${outDir} in ${info.ms} ms`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
