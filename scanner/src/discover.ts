import { pathTemplate } from './templates.js';
import { siteOf } from './site.js';
import { ScanError } from './scan-error.js';

/** A page picked for scanning, and those left out. */
export interface Plan {
  /** Final URL of the start page (after redirects on the same site). */
  start: string;
  pages: Array<{ url: string; template: string; depth: number }>;
  skipped: Array<{ url: string; reason: string }>;
}

interface DiscoverOptions {
  maxPages: number;
  depth: number;
  pageTimeoutMs: number;
  userAgent: string;
  signal?: AbortSignal;
}

// Links to files, not pages: never worth a browser visit.
const NOT_A_PAGE = /\.(?:pdf|zip|gz|tar|rar|7z|jpe?g|png|gif|webp|avif|svg|ico|css|js|mjs|json|xml|txt|mp[34]|webm|mov|avi|woff2?|ttf|eot|docx?|xlsx?|pptx?|csv|dmg|exe|apk)$/i;

/** Fetches a page's HTML; `null` when it is not HTML or fails (only the start URL must succeed). */
async function fetchHtml(url: string, o: DiscoverOptions): Promise<{ finalUrl: string; html: string } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
      redirect: 'follow',
      signal: AbortSignal.any([AbortSignal.timeout(o.pageTimeoutMs), ...(o.signal ? [o.signal] : [])]),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError') return { error: `${url} did not answer within ${o.pageTimeoutMs / 1000} s` };
    return { error: `${url} is unreachable (${e.cause?.code ?? e.cause?.message ?? e.message})` };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    await response.body?.cancel();
    return { error: `${url} answered HTTP ${response.status}` };
  }
  if (!/html/i.test(type)) {
    await response.body?.cancel();
    return { error: `${url} is not an HTML page (content-type: ${type || 'none'})` };
  }
  return { finalUrl: response.url, html: await response.text() };
}

/** Same-site http(s) links of a page, without fragments, files skipped. */
function linksOf(html: string, base: string, site: string): string[] {
  const baseHref = /<base\s[^>]*href\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  const from = baseHref ? new URL(baseHref, base).href : base;
  const out: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const href = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/&amp;/g, '&');
    if (!href || href.startsWith('#') || /^(?:mailto|tel|javascript|data):/i.test(href)) continue;
    let u: URL;
    try {
      u = new URL(href, from);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(u.protocol) || siteOf(u.hostname) !== site || NOT_A_PAGE.test(u.pathname)) continue;
    u.hash = '';
    out.push(u.href);
  }
  return out;
}

/** Page URLs listed in robots.txt's sitemaps and /sitemap.xml (one level of sitemap index). */
async function sitemapUrls(start: string, site: string, o: DiscoverOptions): Promise<string[]> {
  const get = async (url: string) => {
    try {
      const r = await fetch(url, { headers: { 'user-agent': o.userAgent }, signal: AbortSignal.timeout(Math.min(o.pageTimeoutMs, 10000)) });
      return r.ok ? await r.text() : '';
    } catch {
      return '';
    }
  };
  const robots = await get(new URL('/robots.txt', start).href);
  const maps = new Set([new URL('/sitemap.xml', start).href]);
  for (const m of robots.matchAll(/^\s*sitemap:\s*(\S+)/gim)) maps.add(m[1]);
  const pages: string[] = [];
  const read = async (url: string, nested: boolean) => {
    const xml = await get(url);
    const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((m) => m[1].replace(/&amp;/g, '&'));
    if (/<sitemapindex/i.test(xml)) {
      if (!nested) await Promise.all(locs.slice(0, 10).map((l) => read(l, true)));
    } else pages.push(...locs);
  };
  await Promise.all([...maps].map((m) => read(m, false)));
  return pages.filter((p) => {
    try {
      const u = new URL(p);
      return /^https?:$/.test(u.protocol) && siteOf(u.hostname) === site && !NOT_A_PAGE.test(u.pathname);
    } catch {
      return false;
    }
  });
}

/**
 * Plans the crawl: the start URL, its sitemap, then same-site links breadth first up to `depth`,
 * keeping the first URL of each path template, at most `maxPages`.
 * @throws ScanError when the start URL is unreachable, not HTML, or redirects to another site
 */
export async function discover(startUrl: string, o: DiscoverOptions): Promise<Plan> {
  const first = await fetchHtml(startUrl, o);
  if ('error' in first) throw new ScanError(first.error);
  const site = siteOf(new URL(startUrl).hostname);
  if (siteOf(new URL(first.finalUrl).hostname) !== site)
    throw new ScanError(`${startUrl} redirects to another site (${first.finalUrl}): scan that URL instead`);
  const start = first.finalUrl;
  const plan: Plan = { start, pages: [], skipped: [] };
  const templates = new Map<string, string>();
  const seen = new Set<string>();
  const consider = (url: string, depth: number) => {
    if (seen.has(url)) return false;
    seen.add(url);
    const template = pathTemplate(url);
    if (templates.has(template)) {
      plan.skipped.push({ url, reason: `same template as ${templates.get(template)} (${template})` });
      return true;
    }
    if (plan.pages.length >= o.maxPages) {
      plan.skipped.push({ url, reason: `beyond --max-pages ${o.maxPages}` });
      return true;
    }
    templates.set(template, url);
    plan.pages.push({ url, template, depth });
    return true;
  };
  consider(start, 0);
  seen.add(startUrl);
  const sitemap = o.depth > 0 ? await sitemapUrls(start, site, o) : [];
  // Bounded: a site with thousands of links is sampled, not mirrored.
  const budget = Math.max(30, o.maxPages * 4);
  let fetched = 1;
  let frontier: string[] = [start];
  const pending = new Map<string, string>([[start, first.html]]);
  for (const url of sitemap) consider(url, 1);
  for (let depth = 1; depth <= o.depth && frontier.length; depth++) {
    const next: string[] = [];
    for (const url of frontier) {
      let html = pending.get(url);
      if (html === undefined) {
        if (fetched >= budget) break;
        fetched++;
        const r = await fetchHtml(url, o);
        if ('error' in r) continue;
        html = r.html;
      }
      for (const link of linksOf(html, url, site)) if (consider(link, depth)) next.push(link);
    }
    frontier = next;
  }
  return plan;
}
