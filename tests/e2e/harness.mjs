// Shared setup for the end-to-end tests: a static server for dist/ and Debian's Chromium
// driven by playwright-core. Nothing here downloads a browser.
import { createServer } from 'node:http';
import { readFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const here = new URL('.', import.meta.url).pathname;
export const distDir = resolve(process.env.SCHEMA_AUDIT_DIST ?? join(here, '../../dist'));
export const artifactsDir = resolve(process.env.SCHEMA_AUDIT_ARTIFACTS ?? join(here, '../../target/e2e'));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.sql': 'text/plain; charset=utf-8',
};

/** Serves dist/ on a free loopback port; resolves to { url, close }. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(distDir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Launches headless Chromium with a fresh profile and the flags this machine needs. Closing
 * the browser deletes the profile (tens of megabytes each; a test run opens dozens).
 */
export async function launchBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'schema-audit-e2e-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const close = browser.close.bind(browser);
  browser.close = async (...args) => {
    await close(...args);
    await rm(profile, { recursive: true, force: true });
  };
  return browser;
}

/** Saves a full-page screenshot under target/e2e for a reviewer to look at. */
export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}
