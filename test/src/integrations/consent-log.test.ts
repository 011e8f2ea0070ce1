import { expect, waitUntil } from '@open-wc/testing';
import { startIntegrations } from '../../../src/integrations/index.js';
import { startConsentLog } from '../../../src/integrations/consent-log.js';
import type { ConsentReceipt } from '../../../src/integrations/index.js';
import { fakeRuntime, makeConfig, makeConsent } from './fake-context.js';

interface Sent {
  url: string;
  init: RequestInit;
  receipt: ConsentReceipt;
}

const ENDPOINT = 'https://receipts.example/consent';
const tick = (ms = 50) => new Promise((done) => setTimeout(done, ms));
const outbox = (): ConsentReceipt[] => JSON.parse(localStorage.getItem('tamis_receipts') ?? '[]');

describe('proof-of-consent receipts', () => {
  const realFetch = window.fetch;
  let sent: Sent[];
  /** What the endpoint does: answer with a status, or be unreachable (`'down'`). */
  let endpoint: number | 'down';
  let stops: Array<() => void> = [];
  const start = (...args: Parameters<typeof fakeRuntime>) => {
    const fake = fakeRuntime(...args);
    // As the runtime does: the integrations in <head>, the receipts hook from the deferred module.
    stops.push(startIntegrations(fake.context), startConsentLog(fake.context));
    return fake;
  };
  const logged = (headers?: Record<string, string>) =>
    makeConfig({ consentLog: { endpoint: ENDPOINT, headers }, language: 'fr' });

  // The sender lives in the deferred module, imported on the first decision: load it once up front
  // so that the 1 s waits below measure sending, not the test server transforming the module.
  before(() => import('../../../src/deferred/index.js'));
  beforeEach(() => {
    sent = [];
    endpoint = 200;
    localStorage.clear();
    window.fetch = async (url, init = {}) => {
      sent.push({ url: String(url), init, receipt: JSON.parse(String(init.body)) });
      if (endpoint == 'down') throw new TypeError('Failed to fetch');
      return new Response(null, { status: endpoint });
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    stops.forEach((stop) => stop());
    stops = [];
    localStorage.clear();
  });

  it('POSTs every decision made in this tab as a JSON receipt, with keepalive', async () => {
    const fake = start(logged());
    history.replaceState(null, '', '?utm_source=mail#offer');
    const consent = makeConsent({ analytics: true, advertising: false }, { hotjar: false }, 'custom');
    fake.decide(consent, { textsHash: 'a'.repeat(64) });
    history.replaceState(null, '', location.pathname);
    await waitUntil(() => sent.length == 1);
    const [{ url, init, receipt }] = sent;
    expect(url).to.equal(ENDPOINT);
    expect(init).to.include({ method: 'POST', keepalive: true });
    expect(init.headers).to.deep.equal({ 'content-type': 'application/json' });
    expect(receipt).to.deep.equal({
      id: consent.id,
      revision: 1,
      date: consent.date.toISOString(),
      expires: consent.expires.toISOString(),
      categories: { necessary: true, analytics: true, advertising: false },
      vendors: { hotjar: false },
      method: 'custom',
      gpc: false,
      textsHash: 'a'.repeat(64),
      url: location.origin + location.pathname,
      language: 'fr',
      version: '0.1.0',
    });
  });

  it('records how the decision was made and whether GPC was honoured', async () => {
    const fake = start(logged());
    fake.decide({ ...makeConsent({ analytics: true, advertising: false }, {}, 'gpc'), gpc: true });
    fake.decide(makeConsent({ analytics: false }, {}, 'reject-all'));
    await waitUntil(() => sent.length == 2);
    await tick();
    expect(sent.map((s) => [s.receipt.method, s.receipt.gpc])).to.deep.equal([
      ['gpc', true],
      ['reject-all', false],
    ]);
  });

  it('sends the site’s headers with the receipt', async () => {
    const fake = start(logged({ authorization: 'Bearer site-token' }));
    fake.decide(makeConsent({ analytics: true }));
    await waitUntil(() => sent.length == 1);
    expect(sent[0].init.headers).to.deep.equal({
      'content-type': 'application/json',
      authorization: 'Bearer site-token',
    });
  });

  it('sends nothing and stores nothing without consentLog, nor for another tab’s decision', async () => {
    const fake = start(makeConfig());
    fake.decide(makeConsent({ analytics: true }));
    const remote = start(logged());
    remote.stored = makeConsent({ analytics: true });
    remote.context.reread();
    await tick();
    expect(sent).to.deep.equal([]);
    expect(localStorage.getItem('tamis_receipts')).to.equal(null);
  });

  it('keeps a receipt the endpoint did not take, and delivers it on the next page', async () => {
    endpoint = 'down';
    const fake = start(logged());
    const consent = makeConsent({ analytics: true });
    fake.decide(consent);
    await waitUntil(() => sent.length == 1);
    await tick();
    expect(outbox().map((r) => r.id)).to.deep.equal([consent.id]);

    endpoint = 200;
    start(logged()); // next page
    await waitUntil(() => sent.length == 2);
    expect(sent[1].receipt).to.deep.equal(sent[0].receipt);
    await waitUntil(() => localStorage.getItem('tamis_receipts') == null);
  });

  it('keeps a receipt refused with a server error and retries it with the next decision', async () => {
    endpoint = 503;
    const fake = start(logged());
    const first = makeConsent({ analytics: true });
    fake.decide(first);
    await waitUntil(() => sent.length == 1);
    await tick();
    expect(outbox().map((r) => r.id)).to.deep.equal([first.id]);
    endpoint = 200;
    const second = makeConsent({ analytics: false });
    fake.decide(second);
    await waitUntil(() => localStorage.getItem('tamis_receipts') == null);
    expect(sent.map((s) => s.receipt.id)).to.deep.equal([first.id, first.id, second.id]);
  });

  it('removes only the receipts the endpoint took', async () => {
    const fake = start(logged());
    let calls = 0;
    window.fetch = async (_url, init = {}) => {
      sent.push({ url: '', init, receipt: JSON.parse(String(init.body)) });
      return new Response(null, { status: calls++ ? 500 : 200 });
    };
    const taken = makeConsent({ analytics: true });
    const refused = makeConsent({ analytics: false });
    fake.decide(taken);
    fake.decide(refused);
    await waitUntil(() => sent.length >= 2);
    await tick();
    expect(outbox().map((r) => r.id)).to.deep.equal([refused.id]);
  });

  it('keeps at most the 20 newest undelivered receipts', async () => {
    endpoint = 'down';
    const fake = start(logged());
    const ids = Array.from({ length: 25 }, () => {
      const consent = makeConsent({ analytics: true });
      fake.decide(consent);
      return consent.id;
    });
    await waitUntil(() => sent.length >= 20);
    await tick();
    expect(outbox().map((r) => r.id)).to.deep.equal(ids.slice(-20));
  });

  it('sends a receipt once, without retry, when storage is unavailable', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      endpoint = 'down';
      const fake = start(logged());
      const consent = makeConsent({ analytics: true });
      fake.decide(consent);
      await waitUntil(() => sent.length == 1);
      expect(sent[0].receipt.id).to.equal(consent.id);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    await tick();
    expect(sent).to.have.length(1);
  });

  for (const stored of ['{not json', '{}', '"text"', 'null']) {
    it(`still sends and stores receipts over a corrupt outbox: ${stored}`, async () => {
      localStorage.setItem('tamis_receipts', stored);
      endpoint = 'down';
      const fake = start(logged());
      const consent = makeConsent({ analytics: true });
      fake.decide(consent);
      await waitUntil(() => sent.length == 1);
      expect(outbox().map((r) => r.id)).to.deep.equal([consent.id]);
    });
  }
});
