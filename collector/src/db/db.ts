/**
 * The collector's whole view of its database: parameterised SQL ($1, $2…) and transactions. Two
 * implementations, PGlite (embedded, the default) and PostgreSQL (postgres.js, with DATABASE_URL),
 * run the same SQL, so the same test suite covers both.
 */
export interface Queryable {
  /** Runs one statement; returns its rows. Parameters are never concatenated into the SQL. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  /** `embedded` (PGlite) or `postgres`. */
  readonly engine: 'pglite' | 'postgres';
  /** Runs several semicolon-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable & { exec(sql: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Error codes that mean the database cannot be reached (not that the query was wrong): answer 503. */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '53300', // too_many_connections
]);

/** Whether `error` says the database is away (503 and retry) rather than a bug (500). */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code == 'string' && UNAVAILABLE.has(code);
}
