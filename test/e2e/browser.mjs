// Shared set-up for whole-page tests: Debian's Chromium driven by playwright-core, the repository
// served on a loopback port, and every other host answered by fakes (there is no internet).
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
