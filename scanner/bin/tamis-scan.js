#!/usr/bin/env node
// tamis-scan: see ../README.md or `tamis-scan --help`. Compiled from ../src by `npm run build`.
import { main } from '../dist/scanner/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
