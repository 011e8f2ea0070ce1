// The tamis fixtures and the demo shop load the repository's dist/: build it once if missing
// (the root `npm test` builds before it runs the scanner's tests).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repo } from './helpers.mjs';

export async function ensureDist() {
  if (existsSync(join(repo, 'dist/tamis.js'))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed: the tamis fixtures need dist/');
}
