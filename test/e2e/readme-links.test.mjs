// README is read in three places: the repository, a clone, and the npm page. Relative links and
// images are kept (they work in the first two and need no published version), and npm resolves
// them against package.json's `repository`: so every relative target must exist in the repository,
// every in-page anchor must name a heading, and `repository` must be a GitHub URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

for (const file of ['README.md', 'docs/loading.md', 'docs/development.md', 'docs/benchmark.md', 'docs/architecture.md']) {
  test(`${file}: every relative link and image points at a file of the repository, every #anchor at a heading`, () => {
    const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const anchors = new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      if (path) assert.ok(existsSync(join(root, dirname(file), path)), `${file}: ${target} does not exist`);
      else assert.ok(anchors.has(anchor), `${file}: #${anchor} names no heading`);
    }
  });
}

test('package.json names the repository npm resolves README links against, and ships LICENSE', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  assert.ok(pkg.homepage && pkg.bugs?.url && pkg.author && pkg.keywords?.length);
  assert.ok(pkg.files.includes('LICENSE') && existsSync(join(root, 'LICENSE')));
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.equal(pkg.license, 'MIT');
});
