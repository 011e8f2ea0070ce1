/**
 * SHA-256 of a string as lowercase hex, for the proof-of-consent receipt (CNIL 2020-092 art. 4:
 * be able to show which information the visitor was given). `crypto.subtle` exists only in secure
 * contexts (https, localhost); elsewhere the receipt simply goes without a hash.
 * @returns the hex digest, or `undefined` when Web Crypto is unavailable
 */
export async function sha256Hex(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
