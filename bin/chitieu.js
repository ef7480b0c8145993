#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm install` through the prepare script).
const path = require('node:path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'build', 'cli', 'main.js'));
} catch (e) {
  process.stderr.write(`chitieu: chưa biên dịch — hãy chạy "npm install" hoặc "npm run build:cli" (not built: run npm install): ${e.message}\n`);
  process.exit(2);
}
cli
  .main(process.argv.slice(2), { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') })
  .then((code) => {
    process.exitCode = code;
  });
