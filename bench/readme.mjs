// Puts the latest "at a glance" table into README.md, between the <!-- bench:table --> markers
// of the bench section only (other sections belong to other people: the file is read right
// before writing and nothing else is touched).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the table between the markers; throws when the markers are missing or repeated.
 * @param {string} table Markdown of the table
 * @param {string} summaryLine one line saying when and how it was measured
 * @param {string} [name] which block: `table` (peers), `dom` (what tamis costs the page)
 */
export function updateReadme(table, summaryLine, name = 'table') {
  const START = `<!-- bench:${name} -->`;
  const END = `<!-- /bench:${name} -->`;
  const file = new URL('../README.md', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start || text.indexOf(START, start + 1) >= 0) throw new Error(`README.md: expected one ${START} … ${END} block`);
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${summaryLine}\n\n${table}\n${text.slice(end)}`);
}
