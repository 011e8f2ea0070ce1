// The `prepare` lifecycle script. npm runs it when it installs tamis from git (`npm install
// git+https://…`, in the clone, with the dev dependencies) and after `npm install`/`npm ci` in this
// repository. A git checkout has no dist/ (it is built, not committed): build it then. When dist/
// is already there (a developer's repeated `npm ci`) nothing is done, which keeps installs cheap;
// `npm test`, `npm run demo` and `npm pack` build anew anyway.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync(new URL('../dist/tamis.js', import.meta.url))) {
  execSync('npm run build', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
