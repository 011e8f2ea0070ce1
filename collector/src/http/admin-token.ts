import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.js';

/**
 * The admin token: TAMIS_COLLECTOR_TOKEN when set, else the one kept in `<dataDir>/admin-token`,
 * generated (32 random bytes, base64url) at first start with owner-only permissions.
 * @returns the token and whether it was generated now.
 */
export async function loadAdminToken(dataDir: string, fromEnv?: string): Promise<{ token: string; created: boolean }> {
  if (fromEnv) return { token: fromEnv, created: false };
  const file = join(dataDir, 'admin-token');
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (token) return { token, created: false };
  } catch {
    // first start
  }
  await mkdir(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  await writeFile(file, token + '\n', { mode: 0o600 });
  return { token, created: true };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Checks `Authorization: Bearer <token>` in constant time.
 * @throws HttpError 401 without it or with another token.
 */
export function requireAdmin(req: IncomingMessage, token: string): void {
  const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
  if (!given || !timingSafeEqual(digest(given), digest(token)))
    throw new HttpError(401, 'admin token required: Authorization: Bearer <token>', { 'www-authenticate': 'Bearer' });
}
