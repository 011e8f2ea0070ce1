import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SiteConfig } from '../config.js';
import { HttpError } from './respond.js';

/**
 * Checks the request's Origin against the site's list and returns the CORS headers to send. A
 * request without Origin does not come from a web page (curl, a server relaying receipts): it is
 * let in, since CORS protects browsers, not the endpoint.
 * @throws HttpError 403 for an origin the site does not allow.
 */
export function corsFor(req: IncomingMessage, siteId: string, site: SiteConfig): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined) return {};
  if (!site.origins.includes(origin)) throw new HttpError(403, `origin ${origin} is not allowed for site ${siteId}`);
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/**
 * Answers a CORS preflight. tamis POSTs application/json plus the headers the site configured, so
 * each new page origin pays one preflight: Max-Age 7200 s is Chromium's cap (Firefox allows a day).
 */
export function preflight(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>): void {
  res.writeHead(204, {
    ...cors,
    'access-control-allow-methods': 'POST, PUT',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
    'access-control-max-age': '7200',
  });
  res.end();
}
