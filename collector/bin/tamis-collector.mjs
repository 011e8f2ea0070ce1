#!/usr/bin/env node
// The command line: the compiled TypeScript lives in dist/ (npm run build -w collector).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`tamis-collector: ${error?.message ?? error}`);
    process.exit(1);
  },
);
