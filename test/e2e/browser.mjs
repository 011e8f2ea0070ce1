// Shared set-up for whole-page tests: Debian's Chromium driven by playwright-core, the repository
// served on a loopback port, and every other host answered by fakes (there is no internet).
import { before, after } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { serve } from '../../scripts/serve.mjs';

/** Launches Chromium headless. */
export async function launch() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

/**
 * Serves a folder of the repository (with /dist/ at the top) on a free loopback port.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(dir = 'test/fixtures') {
  const server = await serve({ dir, port: 0, host: '127.0.0.1' });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * A throwaway site for one test file: before its tests, a temporary folder that `write(dir)` fills,
 * served by {@link startServer}, and a launched browser; after them, all three gone.
 * @param {string} prefix the temporary folder's name prefix
 * @param {(dir: string) => Promise<void>} write writes the site's files into `dir`
 * @returns {{ browser?: import('playwright-core').Browser, server?: { url: string, close: () => Promise<void> }, dir?: string }}
 *   filled in once the `before` hook has run
 */
export function tempSite(prefix, write) {
  const site = {};
  before(async () => {
    site.dir = await mkdtemp(join(tmpdir(), prefix));
    await write(site.dir);
    site.browser = await launch();
    site.server = await startServer(site.dir);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (site.dir) await rm(site.dir, { recursive: true, force: true });
  });
  return site;
}
