import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../context.js';
import { MAX_BODY, readBody } from '../http/body.js';
import { corsFor } from '../http/cors.js';
import { HttpError, json } from '../http/respond.js';
import { validateReceipt } from '../validate-receipt.js';

/** The texts of every language with the site's overrides: a few KiB; 64 KiB refuses junk. */
const MAX_TEXTS = 64 * 1024;

/** Refuses a client over its rate; logs the first refusal of a minute only, so a flood does not flood the log. */
function limit(ctx: Context, req: IncomingMessage): void {
  const client = (ctx.trustProxy && String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim()) || req.socket.remoteAddress || '';
  const verdict = ctx.rateLimit.take(client);
  if (verdict == 'ok') return;
  throw new HttpError(429, 'too many requests from this client: slow down', { 'retry-after': '60' }).quiet(verdict == 'limited');
}

/** tamis sends application/json; text/plain is accepted too (it needs no CORS preflight). */
function checkType(req: IncomingMessage): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type != 'application/json' && type != 'text/plain')
    throw new HttpError(415, `content-type: ${type || 'none'}, expected application/json or text/plain`);
}

/**
 * POST /v1/sites/{site}/receipts: stores one receipt.
 * 201 stored, 200 already stored (same id + date), 400 invalid (names the field), 403, 404, 413, 429, 503.
 * The answer's `textsUrl`, present when the collector has not seen the texts of `textsHash`,
 * asks the sender to PUT them there once.
 */
export async function postReceipt(ctx: Context, req: IncomingMessage, res: ServerResponse, siteId: string): Promise<void> {
  const cors = corsFor(req, siteId, ctx.site(siteId));
  try {
    limit(ctx, req);
    checkType(req);
    const raw = await readBody(req, MAX_BODY);
    let value: unknown;
    try {
      value = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      throw new HttpError(400, `body: not JSON (${(error as Error).message})`);
    }
    const checked = validateReceipt(value);
    if ('error' in checked) throw new HttpError(400, checked.error);
    const { receipt } = checked;
    // Compact JSON, the sender's key order: one line of the NDJSON export, hashed by the digest.
    const result = await ctx.writer.write(siteId, receipt, JSON.stringify(receipt));
    const answer: { status: string; textsUrl?: string } = { status: result };
    if (receipt.textsHash && !(await ctx.texts.known(siteId, receipt.textsHash)))
      answer.textsUrl = `/v1/sites/${siteId}/texts/${receipt.textsHash}`;
    json(res, result == 'stored' ? 201 : 200, answer, cors);
  } catch (error) {
    if (error instanceof HttpError) Object.assign(error.headers, cors);
    throw error;
  }
}

/**
 * PUT /v1/sites/{site}/texts/{sha256}: the texts a receipt's textsHash stands for, as the JSON
 * text the browser hashed. The collector hashes the body itself and keeps it only when it matches:
 * a text version can be neither forged nor changed afterwards. 201 stored, 200 already known.
 */
export async function putTexts(ctx: Context, req: IncomingMessage, res: ServerResponse, siteId: string, hash: string): Promise<void> {
  const cors = corsFor(req, siteId, ctx.site(siteId));
  try {
    limit(ctx, req);
    checkType(req);
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new HttpError(400, 'textsHash: must be 64 lowercase hex digits (SHA-256)');
    const raw = await readBody(req, MAX_TEXTS);
    const actual = createHash('sha256').update(raw).digest('hex');
    if (actual != hash) throw new HttpError(400, `texts: SHA-256 of the body is ${actual}, not ${hash}`);
    let texts: unknown;
    try {
      texts = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      throw new HttpError(400, `texts: not JSON (${(error as Error).message})`);
    }
    if (!texts || typeof texts != 'object' || Array.isArray(texts) || Object.values(texts).some((v) => typeof v != 'string'))
      throw new HttpError(400, 'texts: must be an object of strings by text key');
    const stored = await ctx.texts.store(siteId, hash, raw.toString('utf8'));
    json(res, stored ? 201 : 200, { status: stored ? 'stored' : 'duplicate' }, cors);
  } catch (error) {
    if (error instanceof HttpError) Object.assign(error.headers, cors);
    throw error;
  }
}
