/* eslint-disable no-undef */
// Rewrites the development address of the add-in (https://localhost:3000/) into the address it is
// deployed at. Used by webpack.config.js on the manifest that goes into dist/; test/manifest.test.ts
// tests it. Plain CommonJS so webpack's config, the start script and jest can all require it.

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks and normalises a deployment address: https, no query or fragment, ends with "/".
 * @param {string} raw e.g. "https://example.gov.vn/chitieu" or "https://example.gov.vn/chitieu/"
 * @returns {string} e.g. "https://example.gov.vn/chitieu/"
 */
function normaliseAddinUrl(raw) {
  const text = String(raw == null ? "" : raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${text}" (expected e.g. https://example.gov.vn/chitieu/)`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL must use https (Office loads add-ins only over https): "${text}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_URL must be a plain folder address, without query, fragment or credentials: "${text}"`);
  }
  let href = url.origin + url.pathname;
  if (!href.endsWith("/")) href += "/";
  return href;
}

/**
 * Replaces every https://localhost:3000/ in a manifest by addinUrl (and a bare
 * https://localhost:3000 by its origin). Without addinUrl the manifest is returned unchanged.
 * @param {string} manifest the text of manifest.xml
 * @param {string | undefined} addinUrl
 * @returns {string}
 */
function rewriteManifestUrls(manifest, addinUrl) {
  const text = String(manifest);
  if (!addinUrl) return text;
  const target = normaliseAddinUrl(addinUrl);
  const origin = new URL(target).origin;
  return text.split(DEV_URL).join(target).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_URL, DEV_ORIGIN, normaliseAddinUrl, rewriteManifestUrls };
