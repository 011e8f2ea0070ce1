// Byte budgets (gzip -9) for what a page downloads. Fails when one is exceeded.
//
// dist/tamis.js: the target is 5 KB (issue #2). It is not met yet: with every insertion form
// blocked, Consent Mode, cross-tab sync and the receipt outbox in <head>, the head runtime measures
// about 5.4 KB. Until it is, the enforced ceiling is 5.5 KB — a ratchet, so the head cannot grow —
// and the distance to the target is printed on every run. Lower `gzip` to the target once met.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const budgets = [
  { file: 'dist/tamis.js', gzip: 5.5 * 1024, target: 5 * 1024 },
  // Loaded on demand (banner shown, decision, receipts to retry, another tab's decision).
  { file: 'dist/tamis-deferred.js', gzip: 6 * 1024 },
  { file: 'dist/tamis-ui.js', gzip: 14 * 1024 },
];

let failed = false;
for (const { file, gzip, target } of budgets) {
  const raw = readFileSync(new URL(`../${file}`, import.meta.url));
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw).length;
  const ok = gz <= gzip;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${file}: ${raw.length} B raw, ${gz} B gzip (budget ${gzip} B), ${br} B brotli`,
  );
  if (target && gz > target) console.log(`     ${file}: ${gz - target} B over its ${target} B target (not met yet)`);
}
if (failed) {
  console.error('size: a bundle is over its gzip budget');
  process.exit(1);
}
