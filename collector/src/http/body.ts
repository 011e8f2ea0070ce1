import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.js';

/** Receipts are about 500 bytes; 16 KiB leaves room for many vendors and refuses junk early. */
export const MAX_BODY = 16 * 1024;
/** Past this much junk after a 413, the connection is cut rather than drained. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/** 413, with the limit in the message. */
export class BodyTooLarge extends HttpError {
  constructor(limit: number) {
    super(413, `body over ${limit / 1024} KiB`, { connection: 'close' });
  }
}

/**
 * Reads a request body of at most `limit` bytes.
 * @throws BodyTooLarge as soon as the declared or received size passes `limit`; the rest of the
 *   body is drained (up to 16 MiB) so the client can read the 413 instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT) req.destroy();
      });
      reject(new BodyTooLarge(limit));
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return tooLarge();
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
