// Where the gzip bytes of dist/tamis.js come from: builds the <head> bundle in memory (the first
// config of rollup.config.mjs) and, through its source map, gives each source module the minified
// characters it produced, then its marginal gzip cost: gzip of the whole file minus gzip of the
// file with that module's characters left out. Marginal costs do not add up to the total (gzip
// shares repeats between modules); they say what a module costs on its own.
//   node scripts/head-bytes.mjs [--json] [--deferred]   (--deferred: dist/tamis-deferred.js instead)
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
import configs from '../rollup.config.mjs';

const deferred = process.argv.includes('--deferred');
const config = configs[deferred ? 1 : 0];
const file = deferred ? 'dist/tamis-deferred.js' : 'dist/tamis.js';
const bundle = await rollup({ ...config, onwarn() {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
const entry = output.find((o) => o.type == 'chunk' && o.isEntry);
// Without the `sourceMappingURL` comment, which dist/tamis.js leaves out (hidden source map).
const code = entry.code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '');
const { map } = entry;
const gz = (s) => gzipSync(s, { level: 9 }).length;

// Owner of each generated character: the source of the nearest mapping at or before it.
const owner = new Array(code.length).fill('(unmapped)');
const lineStart = [0];
for (let i = 0; i < code.length; i++) if (code[i] == '\n') lineStart.push(i + 1);
await SourceMapConsumer.with(map, null, (consumer) => {
  const mappings = [];
  consumer.eachMapping((m) => mappings.push([lineStart[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(unmapped)']));
  mappings.sort((a, b) => a[0] - b[0]);
  for (let k = 0; k < mappings.length; k++) {
    const [at, source] = mappings[k];
    const end = k + 1 < mappings.length ? mappings[k + 1][0] : code.length;
    for (let i = at; i < end; i++) owner[i] = source;
  }
});
const name = (s) => s.replace(/^.*?(?=(src|vendors|node_modules)\/)/, '').replace(/^\.\.\//, '');
const total = gz(code);
const rows = [...new Set(owner)].map((source) => {
  let raw = 0;
  let without = '';
  for (let i = 0; i < code.length; i++) {
    if (owner[i] == source) raw++;
    else without += code[i];
  }
  return { module: name(source), raw, gzip: total - gz(without) };
}).sort((a, b) => b.gzip - a.gzip);
if (process.argv.includes('--json')) console.log(JSON.stringify({ total, raw: code.length, rows }, null, 1));
else {
  console.log(`${file}: ${code.length} B minified, ${total} B gzip (zlib -9)\n`);
  console.log('| module | minified B | marginal gzip B |\n| --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.module} | ${r.raw} | ${r.gzip} |`);
}
