import { expect } from '@open-wc/testing';
import en from '../../components/i18n/en.js';
import fr from '../../components/i18n/fr.js';
import de from '../../components/i18n/de.js';
import es from '../../components/i18n/es.js';
import it_ from '../../components/i18n/it.js';
import nl from '../../components/i18n/nl.js';
import { loadTexts } from '../../components/i18n/texts.js';
import { cookieName } from '../../components/cookie-name.js';
import { formatLifetime } from '../../components/lifetime.js';

const config = (language: string, texts = {}) => ({ language, texts });

describe('texts', () => {
  for (const [language, texts] of Object.entries({ fr, de, es, it: it_, nl }) as Array<[string, Record<string, string>]>)
    it(`has every English key, and only those, in ${language}`, () => {
      expect(Object.keys(texts).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(texts)) {
        expect(value, `${language}.${key}`).to.be.a('string').and.not.equal('');
        // The same placeholders as in English.
        expect(value.match(/\{\w+\}/g)?.sort(), `${language}.${key}`).to.deep.equal(
          (en as Record<string, string>)[key].match(/\{\w+\}/g)?.sort(),
        );
      }
    });

  it('is English synchronously, and another language once its module is loaded', async () => {
    const english = loadTexts(config('en'));
    expect(english).not.to.be.instanceOf(Promise);
    const french = await loadTexts(config('fr-FR'));
    expect(french.lang).to.equal('fr');
    expect(french('rejectAll')).to.equal('Tout refuser');
  });

  it('falls back to English for a language tamis does not have', async () => {
    const t = await loadTexts(config('pt'));
    expect(t.lang).to.equal('en');
    expect(t('acceptAll')).to.equal('Accept all');
  });

  it('applies flat overrides to every language and per-language overrides on top', async () => {
    const t = await loadTexts(config('fr', { acceptAll: 'OK', fr: { acceptAll: "J'accepte", save: 'Valider' } }));
    expect(t('acceptAll')).to.equal("J'accepte");
    expect(t('save')).to.equal('Valider');
    const flat = await loadTexts(config('de', { bannerTitle: 'Datenschutz' }));
    expect(flat('bannerTitle')).to.equal('Datenschutz');
  });

  it('fills placeholders', () => {
    const t = loadTexts(config('en')) as Awaited<ReturnType<typeof loadTexts>>;
    expect(t('partners', { count: 3 })).to.equal('Partners (3)');
  });

  it('hashes the texts shown, so a changed text gives another receipt hash', async () => {
    const a = await (await loadTexts(config('en'))).hash;
    const b = await (await loadTexts(config('en', { acceptAll: 'Accept everything' }))).hash;
    expect(a).to.match(/^[0-9a-f]{64}$/);
    expect(b).to.match(/^[0-9a-f]{64}$/);
    expect(a).not.to.equal(b);
  });
});

describe('cookie names and lifetimes', () => {
  it('shows RegExp cookie families readably', () => {
    expect(cookieName('_ga')).to.equal('_ga');
    expect(cookieName(/^_ga_[A-Z0-9]+$/)).to.equal('_ga_*');
    expect(cookieName(/^_pk_id\.\d+\.[0-9a-f]+$/)).to.equal('_pk_id.*.*');
    expect(cookieName(/^_hjSession_\d+$/)).to.equal('_hjSession_*');
    expect(cookieName(/^_gat(_.*)?$/)).to.equal('_gat*');
    expect(cookieName(/^_hjSessionUser_/)).to.equal('_hjSessionUser_*');
    expect(cookieName(/^_hj(?!Session(?:User)?_)/)).to.equal('_hj*');
  });

  it('writes lifetimes in the page language', () => {
    expect(formatLifetime('2 years', 'en', 'session')).to.equal('2 years');
    expect(formatLifetime('1 day', 'en', 'session')).to.equal('1 day');
    expect(formatLifetime('13 months', 'fr', 'session').replace(/\s/g, ' ')).to.equal('13 mois');
    expect(formatLifetime('30 minutes', 'de', 'Sitzung').replace(/\s/g, ' ')).to.equal('30 Minuten');
    expect(formatLifetime('session', 'de', 'Sitzung')).to.equal('Sitzung');
    expect(formatLifetime('until logout', 'fr', 'session')).to.equal('until logout');
  });
});
