/**
 * Reads one cookie from `document.cookie`, decoding exactly what js-cookie (which writes the
 * record, in the deferred module) encodes: `%XX` escapes (RFC 3986 percent-encoding). The first
 * cookie of that name wins, as in js-cookie; a malformed escape reads as no value.
 */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    if (pair.startsWith(name + '=')) {
      try {
        return decodeURIComponent(pair.slice(name.length + 1));
      } catch {
        return;
      }
    }
  }
}
