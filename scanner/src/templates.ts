/**
 * The path template of a URL (`/blog/:slug`, `/order/:id`), so that the crawl scans one page of each
 * kind instead of twenty blog posts. Query strings and fragments never make a page another kind.
 */
export function pathTemplate(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const out = segments.map((s) =>
    /^\d+$/.test(s) || /^[\da-f]{8,}$/i.test(s) || /^[\da-f]{8}-[\da-f]{4}-/i.test(s) ? ':id' : s,
  );
  // A page under a folder is one of its kind (`/blog/post-1`, `/variants/fr.html`); pages at the
  // root (`/cart.html`, `/about`) are each their own kind.
  if (out.length >= 2 && out[out.length - 1] !== ':id') out[out.length - 1] = ':slug';
  return '/' + out.join('/');
}
