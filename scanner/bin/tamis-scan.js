#!/usr/bin/env node
// tamis-scan: see ../README.md or `tamis-scan --help`. Compiled from ../src by `npm run build`.
import { main } from '../dist/scanner/src/cli.js';

// Exit at once: after a --timeout, visits may still be under way; ending the process ends Chromium.
process.exit(await main(process.argv.slice(2)));
