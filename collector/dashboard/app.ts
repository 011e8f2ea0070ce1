import { LitElement, css, html, nothing } from 'lit';
import { get, initialToken, saveToken, Unauthorized, type Lookup, type Stats } from './api.js';
import { METHOD_LABELS, methodsOverTime, shareBars, splitBar } from './charts.js';

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const PURPOSES: Record<string, string> = {
  necessary: 'Strictly necessary',
  audience: 'Audience measurement',
  analytics: 'Analytics',
  advertising: 'Advertising',
  social: 'Social media',
  pixels: 'Tracking pixels',
  fraud: 'Fraud prevention',
};

/**
 * The collector's dashboard: opt-in rates over time, per purpose, per policy revision and text
 * version, the accept / reject / custom split, a consent lookup for audits and the export. Reads
 * the admin API with the token given once per tab.
 * @summary Consent dashboard of tamis-collector.
 */
export class TamisDashboard extends LitElement {
  static override properties = {
    token: { state: true },
    sites: { state: true },
    site: { state: true },
    from: { state: true },
    to: { state: true },
    stats: { state: true },
    lookup: { state: true },
    error: { state: true },
  };

  // Declared, then set in the constructor: class fields would shadow Lit's reactive accessors.
  declare token: string;
  declare sites: string[];
  declare site: string;
  declare from: string;
  declare to: string;
  declare stats: Stats | null;
  declare lookup: Lookup | null;
  declare error: string;

  constructor() {
    super();
    this.token = initialToken();
    this.sites = [];
    this.site = '';
    this.from = isoDay(Date.now() - 29 * DAY);
    this.to = isoDay(Date.now());
    this.stats = null;
    this.lookup = null;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.tokenFromHash);
    if (this.token) void this.loadSites();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.tokenFromHash);
  }

  /** The printed dashboard URL pasted into a tab already open on the dashboard. */
  private tokenFromHash = () => {
    if (!location.hash.includes('token=')) return;
    this.token = initialToken();
    void this.loadSites();
  };

  private async guard(work: () => Promise<void>): Promise<void> {
    this.error = '';
    try {
      await work();
    } catch (error) {
      if (error instanceof Unauthorized) {
        saveToken('');
        this.token = '';
      }
      this.error = (error as Error).message;
    }
  }

  private loadSites = () =>
    this.guard(async () => {
      const { sites } = (await (await get('/v1/sites', this.token)).json()) as { sites: { id: string }[] };
      this.sites = sites.map((s) => s.id);
      this.site ||= this.sites[0] ?? '';
      await this.loadStats();
    });

  private range = () => `from=${this.from}T00:00:00Z&to=${isoDay(Date.parse(this.to) + DAY)}T00:00:00Z`;

  private loadStats = () =>
    this.guard(async () => {
      if (!this.site) return;
      this.stats = (await (await get(`/v1/sites/${this.site}/stats?${this.range()}`, this.token)).json()) as Stats;
    });

  private signIn(event: SubmitEvent) {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    this.token = input.value.trim();
    saveToken(this.token);
    void this.loadSites();
  }

  private find(event: SubmitEvent) {
    event.preventDefault();
    const id = ((event.target as HTMLFormElement).elements.namedItem('consent') as HTMLInputElement).value.trim();
    this.lookup = null;
    if (id)
      void this.guard(async () => {
        this.lookup = (await (await get(`/v1/sites/${this.site}/consents/${encodeURIComponent(id)}`, this.token)).json()) as Lookup;
      });
  }

  private download = () =>
    this.guard(async () => {
      const blob = await (await get(`/v1/sites/${this.site}/receipts?${this.range()}`, this.token)).blob();
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${this.site}-receipts-${this.from}-${this.to}.ndjson` });
      link.click();
      URL.revokeObjectURL(link.href);
    });

  override render() {
    if (!this.token)
      return html`<main>
        <h1>Consent dashboard</h1>
        <form class="card" @submit=${this.signIn}>
          <label for="token">Admin token</label>
          <p class="hint">Printed by <code>tamis-collector</code> at start, and kept in its data folder (<code>admin-token</code>).</p>
          <input id="token" name="token" type="password" autocomplete="off" required />
          <button type="submit">Open the dashboard</button>
          ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
        </form>
      </main>`;
    return html`<main>
      <header>
        <h1>Consent dashboard</h1>
        <form class="controls" @submit=${(e: Event) => (e.preventDefault(), this.loadStats())}>
          <label>Site <select @change=${(e: Event) => ((this.site = (e.target as HTMLSelectElement).value), this.loadStats())}>
            ${this.sites.map((s) => html`<option ?selected=${s == this.site}>${s}</option>`)}
          </select></label>
          <label>From <input type="date" .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
          <label>To <input type="date" .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
          <button type="submit">Show</button>
          <button type="button" @click=${this.download}>Export receipts (NDJSON)</button>
        </form>
      </header>
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
      ${this.stats ? this.renderStats(this.stats) : nothing}
      <section class="card">
        <h2>Consent lookup</h2>
        <p class="hint">The consent id is in the visitor's <code>tamis</code> cookie and in each receipt. An auditor gets every decision of that id with the texts shown.</p>
        <form class="controls" @submit=${this.find}>
          <label>Consent id <input name="consent" size="40" /></label>
          <button type="submit">Look up</button>
        </form>
        ${this.lookup ? this.renderLookup(this.lookup) : nothing}
      </section>
    </main>`;
  }

  private renderStats(stats: Stats) {
    const methods: Record<string, number> = {};
    const purposes: Record<string, { granted: number; refused: number }> = {};
    let total = 0;
    for (const day of stats.days) {
      total += day.total;
      for (const [m, n] of Object.entries(day.methods)) methods[m] = (methods[m] ?? 0) + n;
      for (const [p, c] of Object.entries(day.purposes)) {
        const sum = (purposes[p] ??= { granted: 0, refused: 0 });
        sum.granted += c.granted;
        sum.refused += c.refused;
      }
    }
    const optIn = total ? (methods['accept-all'] ?? 0) / total : 0;
    return html`<section class="card">
        <h2>Decisions</h2>
        <p class="figures"><strong>${total}</strong> decisions · <strong>${Math.round(optIn * 100)}%</strong> accepted everything</p>
        ${splitBar(methods)}
      </section>
      <section class="card">
        <h2>Opt-in over time</h2>
        ${methodsOverTime(stats.days)}
      </section>
      <section class="card">
        <h2>Per purpose</h2>
        <p class="hint">Share of decisions that allowed each purpose.</p>
        ${shareBars(
          Object.entries(purposes)
            .filter(([p]) => p != 'necessary' && p != 'fraud')
            .map(([p, c]) => ({ label: PURPOSES[p] ?? p, share: c.granted / (c.granted + c.refused || 1), detail: `${c.granted} of ${c.granted + c.refused}` })),
        )}
      </section>
      <section class="card">
        <h2>Per policy revision and text version</h2>
        <table>
          <thead><tr><th scope="col">Revision</th><th scope="col">Texts (SHA-256)</th><th scope="col">Decisions</th>${Object.keys(METHOD_LABELS).map((m) => html`<th scope="col">${METHOD_LABELS[m]}</th>`)}</tr></thead>
          <tbody>
            ${stats.versions.map(
              (v) => html`<tr><td>${v.revision}</td><td><code title=${v.textsHash ?? ''}>${v.textsHash ? v.textsHash.slice(0, 12) + '…' : 'none (API)'}</code></td><td>${v.total}</td>
                ${Object.keys(METHOD_LABELS).map((m) => html`<td>${Math.round(((v.methods[m] ?? 0) / v.total) * 100)}%</td>`)}</tr>`,
            )}
          </tbody>
        </table>
      </section>`;
  }

  private renderLookup(lookup: Lookup) {
    return html`<ol class="receipts">
      ${lookup.receipts.map(
        ({ receipt, receivedAt, textsStatus, texts }) => html`<li>
          <p><strong>${METHOD_LABELS[receipt.method] ?? receipt.method}</strong> on ${receipt.date} (received ${receivedAt}), revision ${receipt.revision}, language ${receipt.language}</p>
          <p>Purposes: ${Object.entries(receipt.categories).map(([p, on]) => `${PURPOSES[p] ?? p} ${on ? 'allowed' : 'refused'}`).join(' · ')}</p>
          <p>Texts shown: ${textsStatus == 'verified' ? 'kept, hash checked by the collector' : textsStatus == 'missing' ? 'hash known, texts not received' : 'no hash (decision made through the API)'}</p>
          ${texts
            ? html`<details><summary>Texts the visitor was shown</summary><dl>${Object.entries(texts).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl></details>`
            : nothing}
          <details><summary>Receipt as received</summary><pre>${JSON.stringify(receipt, null, 2)}</pre></details>
        </li>`,
      )}
    </ol>`;
  }

  static override styles = css`
    :host { display: block; font: 15px/1.5 system-ui, sans-serif; color: #1f2328; background: #f6f8fa; min-height: 100vh; }
    main { max-width: 960px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 1.5rem; margin: 0 0 12px; }
    h2 { font-size: 1.1rem; margin: 0 0 8px; }
    .card { background: #fff; border: 1px solid #d0d7de; border-radius: 12px; padding: 16px 20px; margin: 16px 0; }
    .controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; }
    label { display: flex; flex-direction: column; font-size: 0.85rem; color: #424a53; gap: 4px; }
    input, select { font: inherit; padding: 6px 8px; border: 1px solid #8c959f; border-radius: 6px; }
    button { font: inherit; padding: 7px 14px; border-radius: 8px; border: 1px solid #1f2328; background: #1f2328; color: #fff; cursor: pointer; }
    button[type='button'] { background: #fff; color: #1f2328; }
    button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
    .hint { color: #57606a; font-size: 0.85rem; margin: 0 0 8px; }
    .error { color: #a40e26; }
    .figures strong { font-size: 1.3rem; }
    svg { width: 100%; height: auto; }
    .split { display: flex; height: 18px; border-radius: 9px; overflow: hidden; background: #eaeef2; }
    .legend, .bars, .receipts { list-style: none; padding: 0; margin: 8px 0 0; }
    .legend { display: flex; flex-wrap: wrap; gap: 16px; font-size: 0.9rem; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
    .bars li { display: grid; grid-template-columns: 180px 1fr 140px; gap: 12px; align-items: center; margin: 6px 0; }
    .bar-track { height: 12px; background: #eaeef2; border-radius: 6px; overflow: hidden; display: block; }
    .bar-fill { display: block; height: 100%; }
    small { color: #57606a; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #d0d7de; }
    .receipts li { border-top: 1px solid #d0d7de; padding: 8px 0; }
    .receipts p { margin: 2px 0; }
    pre { background: #f6f8fa; padding: 8px; overflow: auto; font-size: 0.8rem; }
    dt { font-weight: 600; font-size: 0.8rem; color: #57606a; }
    dd { margin: 0 0 6px; }
  `;
}

customElements.define('tamis-dashboard', TamisDashboard);
