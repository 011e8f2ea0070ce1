// What the bench runs inside the page, before any page script (context.addInitScript). Timing is
// taken here with performance.now() (ms since navigation start), so the driver's latency never
// enters a number. Exposes window.__bench for the driver to read.

/**
 * Installed with `context.addInitScript(probe, spec)`; must be self-contained (it is serialised).
 * @param {{ acceptSelector?: string, acceptText?: string, acceptHost?: string, deadline: number,
 *   frames: Array<{ host: string, id: string }> }} spec how to find the library's "Accept all"
 *   control (a selector, or its text inside `acceptHost` and its open shadow roots), how long (ms)
 *   to look for it, and which iframe hosts (RegExp sources) count as which vendor having run
 */
export function probe(spec) {
  if (window.top !== window) return;
  const now = () => performance.now();
  const bench = {
    ran: /** @type {Array<{ id: string, t: number }>} */ ([]),
    longTasks: /** @type {Array<{ start: number, duration: number }>} */ ([]),
    shifts: /** @type {Array<{ start: number, value: number }>} */ ([]),
    visibleAt: /** @type {number | null} */ (null),
    clickableAt: /** @type {number | null} */ (null),
    loadAt: /** @type {number | null} */ (null),
    clickedAt: /** @type {number | null} */ (null),
    cookiesWritten: /** @type {string[]} */ ([]),
    frames: /** @type {Array<{ start: number, duration: number, scripts: Array<{ url: string, duration: number, invoker: string, fn: string }> }>} */ ([]),
    lcp: /** @type {Array<{ start: number, size: number, path: string | null }>} */ ([]),
  };
  Object.defineProperty(window, '__bench', { value: bench });

  // The fakes push their id to window.__tamisFakeRan when their script runs: timestamp each push.
  const record = (item) => {
    const id = typeof item === 'string' ? item : (item && (item.vendor || item.id)) || String(item);
    bench.ran.push({ id, t: now() });
  };
  const watch = (array) => {
    array.forEach(record);
    const push = array.push;
    array.push = function (...items) {
      items.forEach(record);
      return push.apply(this, items);
    };
    return array;
  };
  let ranList = watch([]);
  Object.defineProperty(window, '__tamisFakeRan', {
    configurable: true,
    get: () => ranList,
    set: (value) => {
      ranList = value === ranList ? value : watch(value);
    },
  });
  // A cross-origin player cannot report into this window: its iframe document having loaded
  // (Resource Timing, which exposes start and end times cross-origin) counts as the vendor running.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.initiatorType !== 'iframe') continue;
      const host = new URL(e.name).hostname;
      const frame = spec.frames.find((f) => new RegExp(f.host).test(host));
      if (frame) bench.ran.push({ id: frame.id, t: e.responseEnd || e.startTime + e.duration });
    }
  }).observe({ type: 'resource', buffered: true });

  // Every cookie written through document.cookie, by anyone: a library may delete a vendor cookie
  // right after the vendor wrote it, and it was written all the same. Deletions are not writes.
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: cookie.enumerable,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      const text = String(value);
      const expires = /;\s*expires=([^;]+)/i.exec(text);
      const deletes = /;\s*max-age=(0|-)/i.test(text) || (expires !== null && Date.parse(expires[1]) < Date.now());
      if (!deletes) bench.cookiesWritten.push(text.split('=')[0].trim());
      cookie.set.call(this, value);
    },
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported: reported as n/a */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* idem */
  }
  // Long animation frames (over 50 ms) with the scripts that ran in them, each with its source URL:
  // unlike long tasks, these say whose code the time was spent in.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.frames.push({ start: e.startTime, duration: e.duration, scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker, fn: s.sourceFunctionName })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* idem */
  }
  // Largest Contentful Paint candidates, each with the path of its element (ancestors' tag#id.class,
  // through shadow roots to their hosts), to tell whether the banner is the page's LCP element.
  const describe = (node) => {
    const parts = [];
    for (let el = node; el && parts.length < 12; el = el.parentElement ?? el.getRootNode().host) {
      const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      parts.unshift(`${el.localName}${el.id ? '#' + el.id : ''}${cls}`);
    }
    return parts.join(' > ');
  };
  // For the driver: names an element it found through DevTools (an LCP node inside a shadow root).
  bench.describe = (node) => describe(node?.nodeType === 1 ? node : node?.parentElement);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.lcp.push({ start: e.startTime, size: e.size, path: e.element ? describe(e.element) : e.url || null });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* idem */
  }
  addEventListener('load', () => (bench.loadAt = now()));

  const parentOf = (el) => el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
  const roots = function* (root) {
    yield root;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* roots(el.shadowRoot);
  };
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const findAccept = () => {
    if (spec.acceptSelector) return document.querySelector(spec.acceptSelector);
    const want = norm(spec.acceptText);
    const host = spec.acceptHost ? document.querySelector(spec.acceptHost) : document;
    if (!host) return null;
    for (const root of roots(host.shadowRoot ?? host)) {
      for (const el of root.querySelectorAll('button, [role="button"], a, input[type="button"], input[type="submit"]')) {
        if (norm(el.textContent || el.value) === want) return el;
      }
    }
    return null;
  };
  const isVisible = (el) => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return false;
    if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    for (let node = el; node; node = parentOf(node)) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  // elementFromPoint stops at shadow hosts: descend through open shadow roots.
  const hitTest = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const isClickable = (el) => {
    if (el.disabled || el.inert) return false;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = hitTest(x, y);
    return !!hit && (hit === el || el.contains(hit));
  };
  bench.accept = findAccept;

  // Checked once per frame (requestAnimationFrame runs right before the frame is painted, so what
  // is seen here is what that frame shows) until the control can be clicked: one check per frame
  // costs every library the same, where a MutationObserver would tax the libraries that touch the
  // DOM most.
  const check = () => {
    if (bench.clickableAt !== null) return true;
    const el = findAccept();
    if (!el || !isVisible(el)) return false;
    const t = now();
    bench.visibleAt ??= t;
    if (isClickable(el)) bench.clickableAt = t;
    return bench.clickableAt !== null;
  };
  const frame = () => {
    if (!check() && now() < spec.deadline) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  /** Clicks "Accept all" from inside the page; returns the click time, or null if not found. */
  bench.clickAccept = () => {
    const el = findAccept();
    if (!el) return null;
    bench.clickedAt = now();
    el.click();
    return bench.clickedAt;
  };
}
