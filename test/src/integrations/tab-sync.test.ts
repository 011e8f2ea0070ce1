import { expect, waitUntil } from '@open-wc/testing';
import { startIntegrations } from '../../../src/integrations/index.js';
import { fakeRuntime, makeConfig, makeConsent } from './fake-context.js';

const tick = (ms = 50) => new Promise((done) => setTimeout(done, ms));

describe('cross-tab sync', () => {
  let stops: Array<() => void> = [];
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    localStorage.clear();
  });

  it('reloads the decision when another tab posts on the "tamis" BroadcastChannel', async () => {
    const fake = fakeRuntime(makeConfig());
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    fake.stored = makeConsent({ analytics: true });
    other.postMessage(1);
    await waitUntil(() => fake.reloads == 1);
    expect(fake.context.api.getConsent()).to.equal(fake.stored);
    other.close();
  });

  it('reads the record again until it changed (the cookie can reach this tab after the message)', async () => {
    const fake = fakeRuntime(makeConfig());
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    other.postMessage(1); // this tab's cookie does not show the other tab's decision yet
    await waitUntil(() => fake.reloads >= 2);
    expect(fake.context.api.getConsent()).to.equal(null);
    const decided = makeConsent({ analytics: true });
    fake.stored = decided; // now it does
    await waitUntil(() => fake.context.api.getConsent() == decided);
    const reloads = fake.reloads;
    await tick(200);
    expect(fake.reloads, 'no more reads once the change is read').to.equal(reloads);
    other.close();
  });

  it('stops reading again after 2 s when no change comes', async () => {
    const fake = fakeRuntime(makeConfig(), makeConsent({ analytics: true }));
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    other.postMessage(1);
    await waitUntil(() => fake.reloads > 30, 'reads again', { timeout: 5000 });
    await tick(2200);
    expect(fake.reloads).to.equal(40);
    expect(fake.banners).to.equal(0);
    other.close();
  });

  it('tells other tabs about a decision made here, and about a withdrawal', async () => {
    const fake = fakeRuntime(makeConfig(), makeConsent({ analytics: true }));
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    let received = 0;
    other.onmessage = () => received++;
    fake.decide(makeConsent({ analytics: false }));
    await waitUntil(() => received == 1);
    fake.withdraw();
    await waitUntil(() => received == 2);
    other.close();
  });

  it('does not echo a decision that came from another tab', async () => {
    const fake = fakeRuntime(makeConfig(), makeConsent({ analytics: true }));
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    let echoes = 0;
    other.onmessage = () => echoes++;
    fake.stored = null; // the other tab withdrew
    other.postMessage(1);
    await waitUntil(() => fake.reloads == 1);
    await tick();
    expect(fake.context.api.getConsent()).to.equal(null);
    expect(echoes).to.equal(0);
    other.close();
  });

  it('shows the banner when another tab forgot the decision and this page stays', async () => {
    const fake = fakeRuntime(makeConfig(), makeConsent({ analytics: true }));
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    other.postMessage(1); // nothing changed
    await waitUntil(() => fake.reloads >= 2);
    expect(fake.banners).to.equal(0);
    fake.stored = null;
    other.postMessage(1);
    await waitUntil(() => fake.banners >= 1);
    other.close();
  });

  it('pushes the Google Consent Mode update of a decision made in another tab', async () => {
    const w = window as unknown as { dataLayer?: unknown[] };
    delete w.dataLayer;
    const fake = fakeRuntime(makeConfig({ googleConsentMode: { mode: 'basic', waitForUpdate: 500 } }));
    stops.push(startIntegrations(fake.context));
    const other = new BroadcastChannel('tamis');
    fake.stored = makeConsent({ analytics: true });
    other.postMessage(1);
    await waitUntil(() => fake.reloads == 1);
    const updates = w.dataLayer!.map((e) => Array.from(e as ArrayLike<unknown>)).filter((e) => e[1] == 'update');
    expect(updates).to.have.length(1);
    expect(updates[0][2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied' });
    other.close();
    delete w.dataLayer;
  });

  it('stops listening to other tabs after cleanup', async () => {
    const fake = fakeRuntime(makeConfig());
    startIntegrations(fake.context)();
    const other = new BroadcastChannel('tamis');
    other.postMessage(1);
    await tick();
    expect(fake.reloads).to.equal(0);
    other.close();
  });
});
