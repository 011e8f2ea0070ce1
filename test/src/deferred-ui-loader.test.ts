import { expect } from '@open-wc/testing';
import { createUiLoader } from '../../src/deferred/ui-loader.js';
import type { ResolvedConfig } from '../../src/types.js';
import { captureConsole } from './helpers.js';

const ui = (extra: Partial<ResolvedConfig['ui']> = {}) =>
  ({ layout: 'bar', theme: 'auto', preferencesLink: false, continueWithoutAccepting: false, ...extra }) as ResolvedConfig['ui'];

describe('UI loader', () => {
  afterEach(() => document.querySelectorAll('tamis-test-element').forEach((el) => el.remove()));

  it('calls ui.load once however often the UI is needed', async () => {
    let calls = 0;
    const loader = createUiLoader(ui({ load: async () => void calls++ }));
    await Promise.all([loader.load(), loader.load(), loader.load()]);
    expect(calls).to.equal(1);
  });

  it('imports ui.url when no load function is given', async () => {
    const loader = createUiLoader(ui({ url: 'data:text/javascript,window.uiLoaderTest = (window.uiLoaderTest || 0) + 1' }));
    await loader.load();
    await loader.load();
    expect((window as unknown as { uiLoaderTest: number }).uiLoaderTest).to.equal(1);
  });

  it('imports tamis-ui.js next to tamis.js by default', async () => {
    const requested: string[] = [];
    const loader = createUiLoader(ui(), 'http://127.0.0.1:1/assets/tamis.js');
    const { error } = console;
    console.error = (...args: unknown[]) => requested.push(args.join(' '));
    try {
      await loader.load();
    } finally {
      console.error = error;
    }
    // Nothing listens on port 1: one message names the URL that was tried and what to copy.
    expect(requested).to.have.length(1);
    expect(requested[0]).to.match(/^tamis: could not load http:\/\/127\.0\.0\.1:1\/assets\/tamis-ui\.js \(the UI\): copy all of dist\//);
  });

  it('logs one error when the UI cannot be loaded, without throwing', async () => {
    const errors: string[] = [];
    const { error } = console;
    console.error = (...args: unknown[]) => errors.push(String(args[0]));
    try {
      await createUiLoader(ui({ load: () => Promise.reject(new Error('offline')) })).load();
      await createUiLoader(ui()).load(); // no URL at all (npm without ui.load)
    } finally {
      console.error = error;
    }
    expect(errors).to.have.length(2);
    expect(errors[0]).to.equal('tamis: could not load the UI');
    expect(errors[1]).to.match(/^tamis: could not load a file \(the UI\): copy all of dist\//);
  });

  it('ensures one element of a tag in body', async () => {
    const loader = createUiLoader(ui({ load: async () => {} }));
    const first = await loader.ensure('tamis-test-element');
    const second = await loader.ensure('tamis-test-element');
    expect(first).to.equal(second);
    expect(first.parentElement).to.equal(document.body);
    expect(document.querySelectorAll('tamis-test-element')).to.have.length(1);
  });

  it('is silent while nothing is needed', () => {
    const { errors } = captureConsole(() => createUiLoader(ui()));
    expect(errors).to.deep.equal([]);
  });
});
