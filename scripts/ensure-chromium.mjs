// Makes sure a Chromium is there before any browser test: installs Debian's package when we run
// as root with apt, otherwise stops with the command to run. No test tool downloads a browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('tamis: no Chromium found, installing Debian\'s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!findChromium()) {
    console.error(
      'tamis: no Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROME_PATH at a Chrome or Chromium executable.',
    );
    process.exit(1);
  }
}
