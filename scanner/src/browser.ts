import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ScanError } from './scan-error.js';

// Never downloads a browser: the user's, CHROME_PATH, or the usual install paths.
const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Third-party cookies must reach the jar, or they silently vanish from the result
  // (blacklight-collector PR #114).
  '--disable-features=TrackingProtection3pcd,IsolateOrigins,site-per-process',
  // navigator.webdriver stays false: consent libraries hide their banner from automated browsers
  // (CookieConsent v3's hideFromBots tests it), and the scan must see what a visitor sees.
  '--disable-blink-features=AutomationControlled',
  // Frames stay in the page's process, so one DevTools session sees every request with its initiator.
  '--disable-site-isolation-trials',
];

/** Launches Chromium headless. @throws ScanError when none is installed */
export async function launchBrowser(executable?: string): Promise<Browser> {
  const path = executable ?? CANDIDATES.find((p) => p && existsSync(p));
  if (!path) throw new ScanError('no Chromium found: install it (apt-get install chromium) or pass --chromium <path>');
  if (!existsSync(path)) throw new ScanError(`--chromium ${path}: no such file`);
  try {
    return await chromium.launch({ executablePath: path, headless: true, args: ARGS });
  } catch (error) {
    throw new ScanError(`Chromium at ${path} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * A normal desktop user agent for the browser's version: banners hidden from bots by user-agent
 * tests (cookieconsent's hideFromBots, Borlabs) must show, so no "HeadlessChrome".
 */
export function desktopUserAgent(browser: Browser): string {
  const major = browser.version().split('.')[0];
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
}

/** The user agent of the crawl's plain HTTP requests (robots.txt, sitemaps, links), made before Chromium starts. */
export const FETCH_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
