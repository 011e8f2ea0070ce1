// A pg-Pool look-alike over one PGlite, so that Kysely's PostgresDialect (the dialect c15t's docs
// use) can drive PGlite: Kysely 0.28, the version c15t's fumadb requires, has no PGlite dialect
// (0.29 added one). PGlite is one connection (its README, "Limitations"): connect() hands it out to
// one holder at a time, so a transaction keeps it to itself until release().
const COMMANDS = /^\s*(INSERT|UPDATE|DELETE|MERGE)\b/i;

/** @param {import('@electric-sql/pglite').PGlite} pglite */
export function pglitePool(pglite) {
  let tail = Promise.resolve();
  return {
    connect() {
      let release;
      const turn = new Promise((resolve) => (release = resolve));
      const ready = tail.then(() => ({
        async query(sql, params) {
          const result = await pglite.query(sql, params);
          // Kysely reads numAffectedRows from pg's `command` + `rowCount`.
          const command = COMMANDS.exec(sql)?.[1].toUpperCase() ?? 'SELECT';
          return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
        },
        release,
      }));
      tail = tail.then(() => turn);
      return ready;
    },
    end: () => pglite.close(),
  };
}
