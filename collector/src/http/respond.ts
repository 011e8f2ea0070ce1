import type { ServerResponse } from 'node:http';

/** Sends a JSON answer. */
export function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** An answer that ends the request early: thrown by handlers, turned into `{"error": message}`. */
export class HttpError extends Error {
  constructor(
    public status: number,
    message: string,
    public headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** Whether the log line may be skipped (repeated 429s of one client). */
  silent = false;

  /** Marks the error as not worth a log line when `silent`. */
  quiet(silent: boolean): this {
    this.silent = silent;
    return this;
  }
}
