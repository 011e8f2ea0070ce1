/** Short label of who loaded a request: "static tag" or the inserting script's host and path. */
export function loadedBy(r: { initiator: { kind: string; by?: string } }, page: string): string {
  // Chromium's "parser": a tag of the markup, or a script that ran while the page was parsing.
  if (r.initiator.kind === 'static') return 'the HTML parser';
  if (r.initiator.kind === 'script' && r.initiator.by) {
    if (r.initiator.by.split('#')[0] === page.split('#')[0]) return 'inline script of the page';
    try {
      const u = new URL(r.initiator.by);
      if (u.origin === new URL(page).origin && !/\.m?js$/.test(u.pathname)) return 'inline script of the page';
      // tamis re-inserts a blocked tag once it is allowed: say so rather than naming its file.
      if (/\/tamis(?:-deferred)?\.js$|\/chunks\/[^/]*\.js$/.test(u.pathname) && /tamis/.test(u.pathname)) return 'tamis (released after consent)';
      return `script ${u.host}${u.pathname}`;
    } catch {
      return `script ${r.initiator.by}`;
    }
  }
  return r.initiator.kind === 'script' ? 'a script' : 'the browser';
}
