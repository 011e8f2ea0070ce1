// Refreshes data/open-cookie-database.json, the trimmed snapshot of the Open Cookie Database
// (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0) the scanner ships.
//
//   node scripts/refresh-ocd.mjs                 # downloads the CSV from GitHub
//   node scripts/refresh-ocd.mjs path/to/open-cookie-database.csv [commit]
//
// Kept per row: cookie or storage key name, platform, category, retention, data controller,
// wildcard (prefix) flag and the description; dropped: ids, domains and privacy-portal URLs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SOURCE = 'https://raw.githubusercontent.com/jkwakman/Open-Cookie-Database/master/open-cookie-database.csv';
const out = fileURLToPath(new URL('../data/open-cookie-database.json', import.meta.url));

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1);
}

const [input, commit] = process.argv.slice(2);
const csv = input ? await readFile(input, 'utf8') : await (await fetch(SOURCE)).text();
const [header, ...rows] = parseCsv(csv);
const col = (name) => {
  const i = header.findIndex((h) => h.trim().toLowerCase() === name);
  if (i < 0) throw new Error(`the CSV has no "${name}" column: its format changed (columns: ${header.join(', ')})`);
  return i;
};
const c = {
  name: col('cookie / data key name'),
  platform: col('platform'),
  category: col('category'),
  retention: col('retention period'),
  controller: col('data controller'),
  wildcard: col('wildcard match'),
  description: col('description'),
};
const kept = rows
  .filter((r) => r[c.name]?.trim())
  .map((r) => [r[c.name].trim(), r[c.platform].trim(), r[c.category].trim(), r[c.retention].trim(), r[c.controller].trim(), r[c.wildcard].trim() === '1' ? 1 : 0, r[c.description].trim()]);
const snapshot = {
  source: 'https://github.com/jkwakman/Open-Cookie-Database',
  license: 'Apache-2.0',
  attribution: 'Open Cookie Database (github.com/jkwakman/Open-Cookie-Database) and its contributors, licensed under the Apache License 2.0; trimmed by tamis-scan (ids, domains and privacy-portal URLs dropped).',
  commit: commit ?? null,
  retrieved: new Date().toISOString().slice(0, 10),
  fields: ['name', 'platform', 'category', 'retention', 'controller', 'wildcard', 'description'],
  rows: kept,
};
await writeFile(out, JSON.stringify(snapshot) + '\n');
console.log(`open-cookie-database.json: ${kept.length} rows from ${input ?? SOURCE}`);
