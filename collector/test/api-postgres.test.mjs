import { after, before } from 'node:test';
import { apiSuite } from './api-suite.mjs';
import { startPostgres } from './helpers/postgres.mjs';

let pg;
before(async () => {
  pg = await startPostgres();
});
after(() => pg?.remove());

apiSuite('PostgreSQL', () => pg.createDb());
