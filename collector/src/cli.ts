import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { DEMO_CONFIG, loadConfig, type CollectorConfig } from './config.js';
import { openDb } from './db/open.js';
import { migrate } from './db/migrate.js';
import { verifyChain } from './digest.js';
import { loadAdminToken } from './http/admin-token.js';
import { maintain, scheduleMaintenance } from './maintenance.js';
import { createCollector } from './server.js';

const HELP = `tamis-collector: keeps proof of consent (tamis receipts) in PostgreSQL.

Usage:
  tamis-collector [serve] [--port 8787] [--host 127.0.0.1] [--data DIR] [--config FILE]
  tamis-collector verify --site ID [--data DIR]     recompute the daily digest chain
  tamis-collector maintain [--config FILE]          digest closed days and purge expired receipts now

Options:
  --port N          port to listen on (env PORT; default 8787)
  --host ADDR       address to listen on (default 127.0.0.1; 0.0.0.0 behind a proxy)
  --data DIR        data folder: admin token, embedded database (default .tamis-collector)
  --config FILE     sites JSON: {"sites": {"shop": {"origins": ["https://shop.example"], "retentionMonths": 72}}}
                    (default: one site "demo" for npm run demo)
  --rate-limit N    receipts per minute per client address, 0 for none (default 600)
  --trust-proxy     take the client address from X-Forwarded-For
  -h, --help

Environment:
  DATABASE_URL            postgres://… to use PostgreSQL (≥ 15) instead of the embedded PGlite
  TAMIS_COLLECTOR_TOKEN   admin token (else generated at first start into the data folder)
`;

/** Runs the command line; resolves with the exit code (serve never resolves while it runs). */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string', default: '.tamis-collector' },
        config: { type: 'string' },
        site: { type: 'string' },
        'rate-limit': { type: 'string', default: '600' },
        'trust-proxy': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`tamis-collector: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'serve';
  if (values.help) return console.log(HELP), 0;
  if (!['serve', 'verify', 'maintain'].includes(command)) {
    console.error(`tamis-collector: unknown command ${command}\n\n${HELP}`);
    return 2;
  }
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  const rateLimit = Number(values['rate-limit']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return console.error(`tamis-collector: --port: ${values.port} is not a port`), 2;
  if (!Number.isInteger(rateLimit) || rateLimit < 0) return console.error(`tamis-collector: --rate-limit: must be a whole number ≥ 0`), 2;
  let config: CollectorConfig;
  try {
    config = values.config ? await loadConfig(values.config) : DEMO_CONFIG;
  } catch (error) {
    console.error(`tamis-collector: ${(error as Error).message}`);
    return 2;
  }
  const dataDir = resolve(values.data!);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const db = await openDb({ databaseUrl, dataDir });

  if (command == 'verify') {
    if (!values.site) return console.error('tamis-collector verify: --site ID is required'), 2;
    await migrate(db);
    const result = await verifyChain(db, values.site);
    await db.close();
    if (result.ok) {
      console.log(`site ${values.site}: ${result.days} closed days verified${result.lastGood ? `, chain intact through ${result.lastGood}` : ''}`);
      return 0;
    }
    console.error(`site ${values.site}: ${result.failure!.day} does not match: ${result.failure!.reason}` + (result.lastGood ? ` (intact through ${result.lastGood})` : ''));
    return 1;
  }

  const { token, created } = await loadAdminToken(dataDir, process.env.TAMIS_COLLECTOR_TOKEN);
  const collector = await createCollector({ db, config, token, rateLimitPerMinute: rateLimit, trustProxy: values['trust-proxy'] });
  if (command == 'maintain') {
    await maintain(collector.context);
    await collector.close();
    return 0;
  }
  const url = await collector.listen(port, values.host);
  const stop = scheduleMaintenance(collector.context);
  const engine = databaseUrl ? 'PostgreSQL' : `PGlite in ${dataDir}`;
  console.log(`tamis-collector on ${url} (${engine}; sites: ${Object.keys(config.sites).join(', ')})`);
  for (const site of Object.keys(config.sites)) console.log(`  receipts:  POST ${url}/v1/sites/${site}/receipts`);
  console.log(`  dashboard: ${url}/#token=${token}`);
  console.log(`  admin token${created ? ` (new, kept in ${dataDir}/admin-token)` : ''}: ${token}`);
  const shutdown = async () => {
    stop();
    await collector.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return new Promise(() => {});
}
