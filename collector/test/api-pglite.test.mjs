import { apiSuite } from './api-suite.mjs';

apiSuite('PGlite', async () => undefined);
