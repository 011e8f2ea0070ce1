// Shared set-up for the runtime's whole-page tests: Chromium with *.example.test mapped to the
// loopback server (so cookies on parent domains are real), a fake UI bundle, a fresh context
// per test.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startServer } from './browser.mjs';

const fakeUi = await readFile(new URL('../fixtures/runtime/fake-ui.js', import.meta.url), 'utf8');

/** Starts the browser and the server; `host` is the site's host name. */
export async function startRuntimeHarness() {
  const server = await startServer('test/fixtures/runtime');
  const port = new URL(server.url).port;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
  });
  return {
    origin: `http://shop.example.test:${port}`,
    /**
     * A fresh context (no cookies, no storage) whose pages get `config` as window.tamisConfig.
     * `uiRequests` lists the requests for tamis-ui.js, `bannerRequests` those for tamis-banner.js
     * (the banner and placeholder without Lit, which tamis.js preloads): both answered by the fake UI.
     */
    async open(config = {}) {
      const context = await browser.newContext();
      const uiRequests = [];
      const bannerRequests = [];
      const errors = [];
      await context.route((url) => /\/dist\/tamis-(ui|banner)\.js$/.test(url.pathname), (route) => {
        (route.request().url().includes('/dist/tamis-banner.js') ? bannerRequests : uiRequests).push(route.request().url());
        return route.fulfill({ contentType: 'text/javascript', body: fakeUi });
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error));
      await context.addInitScript((c) => (window.tamisConfig = c), config);
      return { context, page, uiRequests, bannerRequests, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The consent cookie as the browser stores it. */
export async function consentCookie(context, name = 'tamis_consent') {
  return (await context.cookies()).find((c) => c.name === name);
}

/** The date `months` calendar months after `time`, as the browser's clock computes it. */
export const addMonthsInPage = (page, time, months) =>
  page.evaluate(([t, m]) => {
    const d = new Date(t);
    const day = d.getDate();
    d.setDate(1);
    d.setMonth(d.getMonth() + m);
    d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()));
    return d.getTime();
  }, [time, months]);
