// Replaces the generated block between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in a
// markdown file, leaving everything else as it is (README.md belongs to several people: the file
// is read right before writing).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @param {URL | string} file
 * @param {string} name the block's name
 * @param {string} content markdown to put between the markers
 */
export function replaceBlock(file, name, content) {
  const START = `<!-- bench:${name} -->`;
  const END = `<!-- /bench:${name} -->`;
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start || text.indexOf(START, start + 1) >= 0) throw new Error(`${file}: expected one ${START} … ${END} block`);
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${content.trim()}\n${text.slice(end)}`);
}
