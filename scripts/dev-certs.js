/* eslint-disable no-undef */
// HTTPS certificates for the dev server on https://localhost:3000, from office-addin-dev-certs.
//
// office-addin-dev-certs keeps them in ~/.office-addin-dev-certs (ca.crt, localhost.crt,
// localhost.key) and installs ca.crt as a trusted root (on Linux and macOS with sudo). Its
// getHttpsServerOptions() throws when that install is impossible (CI, a container, no sudo), and
// it regenerates the certificates every time the CA is not installed, so a CA trusted by hand on
// another machine would stop matching. Here:
//   - valid certificates already on disk are reused (a new CA only when they are missing, broken
//     or about to expire);
//   - installing the CA is attempted only from an interactive terminal, outside CI, and unless
//     CHITIEU_NO_CA_INSTALL=1; when it fails or is skipped the certificates are still generated
//     and served, and the caller tells the user to trust ca.crt on the machine that runs Excel.

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const DAY_MS = 24 * 60 * 60 * 1000;

function certificatePaths() {
  try {
    const d = require("office-addin-dev-certs/lib/defaults");
    return { dir: d.certificateDirectory, ca: d.caCertificatePath, cert: d.localhostCertificatePath, key: d.localhostKeyPath };
  } catch {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    return { dir, ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
  }
}

/** Why the certificates on disk cannot be used, or null when they can. */
function certificateProblem(paths = certificatePaths(), now = Date.now()) {
  for (const file of [paths.ca, paths.cert, paths.key]) {
    if (!fs.existsSync(file)) return `missing ${file}`;
  }
  try {
    const ca = new crypto.X509Certificate(fs.readFileSync(paths.ca));
    const cert = new crypto.X509Certificate(fs.readFileSync(paths.cert));
    const key = crypto.createPrivateKey(fs.readFileSync(paths.key));
    if (!cert.checkPrivateKey(key)) return "localhost.key does not match localhost.crt";
    if (!cert.verify(ca.publicKey)) return "localhost.crt is not signed by ca.crt";
    if (!cert.checkHost("localhost")) return "localhost.crt is not for localhost";
    for (const [name, c] of [["ca.crt", ca], ["localhost.crt", cert]]) {
      if (new Date(c.validTo).getTime() - now < DAY_MS) return `${name} expires on ${c.validTo}`;
      if (new Date(c.validFrom).getTime() > now) return `${name} is not valid before ${c.validFrom}`;
    }
    return null;
  } catch (err) {
    return `unreadable certificate: ${err.message}`;
  }
}

function firstLine(text) {
  return String(text || "").split(/\r?\n/).map((l) => l.trim()).find(Boolean) || "unknown error";
}

/** True when office-addin-dev-certs reports the CA as installed; false when not, or when it cannot tell. */
function isCaTrusted(devCerts) {
  try {
    return devCerts.getCaCertificateStatus().status === devCerts.CertificateStatus.Installed;
  } catch {
    return false;
  }
}

function defaultInstallCa() {
  if (process.env.CHITIEU_NO_CA_INSTALL === "1") return false;
  if (process.env.CI) return false;
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

function readOptions(paths) {
  return { ca: fs.readFileSync(paths.ca), cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) };
}

/**
 * @param {{ installCa?: boolean }} [opts]
 * @returns {Promise<{ options: {ca: Buffer, cert: Buffer, key: Buffer}, trusted: boolean, generated: boolean,
 *   installAttempted: boolean, paths: {dir: string, ca: string, cert: string, key: string}, notes: string[] }>}
 */
async function getDevHttpsOptions(opts = {}) {
  const devCerts = require("office-addin-dev-certs");
  const installCa = opts.installCa === undefined ? defaultInstallCa() : opts.installCa;
  const paths = certificatePaths();
  const notes = [];
  let generated = false;
  let installAttempted = false;

  let problem = certificateProblem(paths);
  if (problem && installCa) {
    // The official path: generate, install the CA (may ask for the sudo/admin password).
    installAttempted = true;
    try {
      await devCerts.getHttpsServerOptions();
      generated = true;
    } catch (err) {
      notes.push(`office-addin-dev-certs: ${firstLine(err.message)}`);
    }
    problem = certificateProblem(paths);
  }
  if (problem) {
    notes.push(`new certificates (${problem})`);
    devCerts.deleteCertificateFiles(paths.dir); // generateCertificates writes nothing when ca.crt exists
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    generated = true;
    const still = certificateProblem(paths);
    if (still) throw new Error(`Could not create usable certificates in ${paths.dir}: ${still}`);
  }

  let trusted = isCaTrusted(devCerts);
  if (!trusted && installCa && !installAttempted) {
    installAttempted = true;
    try {
      await devCerts.installCaCertificate(paths.ca);
      trusted = isCaTrusted(devCerts);
    } catch (err) {
      notes.push(`office-addin-dev-certs: ${firstLine(err.message)}`);
    }
  }
  if (!installCa && !trusted) {
    notes.push("installing the CA was skipped (not an interactive terminal, CI, or CHITIEU_NO_CA_INSTALL=1)");
  }
  return { options: readOptions(paths), trusted, generated, installAttempted, paths, notes };
}

module.exports = { getDevHttpsOptions, certificateProblem, certificatePaths };
