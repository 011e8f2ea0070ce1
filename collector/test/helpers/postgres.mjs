// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temp folder on a free port, run as
// the `postgres` user (initdb refuses root), no service manager. Debian's package (.ci/run installs it).
import { execFileSync, execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function binDir() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(base, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error('PostgreSQL not found under /usr/lib/postgresql: apt-get install postgresql (.ci/run does)');
  return found;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asPostgres = (bin, args) => (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args));

/**
 * Starts a cluster; `createDb(name)` makes a database and returns its URL; `stop()` (immediate
 * shutdown) and `start()` again simulate an outage; `remove()` stops and deletes the folder.
 */
export async function startPostgres() {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'tamis-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const data = join(dir, 'pg');
  await asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () =>
    asPostgres(join(bin, 'pg_ctl'), [
      '-D', data, '-l', join(dir, 'pg.log'), '-w', '-t', '120',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ]);
  const stop = () => asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  await start();
  let count = 0;
  return {
    port,
    start,
    stop,
    async createDb(name = `t${++count}`) {
      await asPostgres(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async remove() {
      await stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { execFileSync };
