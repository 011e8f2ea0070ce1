import { expect } from '@open-wc/testing';
import ar from '../../components/i18n/ar.js';
import bg from '../../components/i18n/bg.js';
import ca from '../../components/i18n/ca.js';
import cs from '../../components/i18n/cs.js';
import da from '../../components/i18n/da.js';
import de from '../../components/i18n/de.js';
import el from '../../components/i18n/el.js';
import en from '../../components/i18n/en.js';
import es from '../../components/i18n/es.js';
import et from '../../components/i18n/et.js';
import fi from '../../components/i18n/fi.js';
import fr from '../../components/i18n/fr.js';
import ga from '../../components/i18n/ga.js';
import he from '../../components/i18n/he.js';
import hr from '../../components/i18n/hr.js';
import hu from '../../components/i18n/hu.js';
import it_ from '../../components/i18n/it.js';
import lt from '../../components/i18n/lt.js';
import lv from '../../components/i18n/lv.js';
import mt from '../../components/i18n/mt.js';
import nb from '../../components/i18n/nb.js';
import nl from '../../components/i18n/nl.js';
import pl from '../../components/i18n/pl.js';
import pt from '../../components/i18n/pt.js';
import ro from '../../components/i18n/ro.js';
import sk from '../../components/i18n/sk.js';
import sl from '../../components/i18n/sl.js';
import sv from '../../components/i18n/sv.js';
import { loadTexts } from '../../components/i18n/texts.js';
import { cookieName } from '../../components/cookie-name.js';
import { formatLifetime } from '../../components/lifetime.js';
import { LANGUAGES } from '../../src/language.js';

const config = (language: string, texts = {}) => ({ language, texts });

/** Every language module, as the test imports them (the runtime fetches them one by one). */
const modules: Record<string, Record<string, string>> = { ar, bg, ca, cs, da, de, el, en, es, et, fi, fr, ga, he, hr, hu, it: it_, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv };
const placeholders = (text: string) => text.match(/\{\w+\}/g)?.sort() ?? [];

describe('texts', () => {
  it('ships a module for every language the runtime chooses among, and no other', () => {
    expect(Object.keys(modules).sort()).to.deep.equal([...LANGUAGES].sort());
    // The 24 official EU languages, Catalan, Norwegian, and two right-to-left languages.
    for (const eu of 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ')) expect(LANGUAGES).to.include(eu);
    expect(LANGUAGES).to.include.members(['ca', 'nb', 'ar', 'he']);
  });

  for (const [language, texts] of Object.entries(modules))
    it(`has every English key, and only those, with the same placeholders, in ${language}`, () => {
      expect(Object.keys(texts).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(texts)) {
        expect(value, `${language}.${key}`).to.be.a('string').and.not.equal('');
        expect(value, `${language}.${key}: no stray spaces`).to.equal(value.trim());
        expect(placeholders(value), `${language}.${key}`).to.deep.equal(placeholders((en as Record<string, string>)[key]));
      }
      // Translated, not copied: the first-layer texts differ from English (names such as "Cookies" may not).
      if (language != 'en')
        for (const key of ['bannerText', 'acceptAll', 'rejectAll', 'preferencesText', 'purpose.necessary.text'])
          expect(texts[key], `${language}.${key}`).not.to.equal((en as Record<string, string>)[key]);
    });

  for (const language of LANGUAGES)
    it(`loads ${language} from its own module`, async () => {
      const t = await loadTexts(config(language));
      expect(t.lang).to.equal(language);
      expect(t('rejectAll')).to.equal(modules[language].rejectAll);
      expect(t.dir).to.equal(['ar', 'he'].includes(language) ? 'rtl' : 'ltr');
    });

  it('uses the regulators\' usual words for the two first-layer answers', async () => {
    // The CNIL's examples say « Tout accepter » / « Tout refuser »; German and Spanish banners use these.
    const words = { fr: ['Tout accepter', 'Tout refuser'], de: ['Alle akzeptieren', 'Alle ablehnen'], es: ['Aceptar todo', 'Rechazar todo'] };
    for (const [language, [accept, reject]] of Object.entries(words)) {
      const t = await loadTexts(config(language));
      expect([t('acceptAll'), t('rejectAll')], language).to.deep.equal([accept, reject]);
    }
  });

  it('reads a regional tag as its base language, and Norwegian tags as Bokmål', async () => {
    expect((await loadTexts(config('pt-BR'))).lang).to.equal('pt');
    expect((await loadTexts(config('de-AT'))).lang).to.equal('de');
    for (const tag of ['no', 'nn', 'nb-NO', 'nn-NO']) expect((await loadTexts(config(tag))).lang, tag).to.equal('nb');
  });

  it('shows a language the site adds through texts, on top of English', async () => {
    const t = await loadTexts(config('is', { is: { acceptAll: 'Samþykkja allt' } }));
    expect(t.lang).to.equal('is');
    expect(t('acceptAll')).to.equal('Samþykkja allt');
    expect(t('rejectAll')).to.equal('Reject all');
  });

  it('is English synchronously, and another language once its module is loaded', async () => {
    const english = loadTexts(config('en'));
    expect(english).not.to.be.instanceOf(Promise);
    const french = await loadTexts(config('fr-FR'));
    expect(french.lang).to.equal('fr');
    expect(french('rejectAll')).to.equal('Tout refuser');
  });

  it('falls back to English for a language tamis does not have', async () => {
    const t = await loadTexts(config('zh'));
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
    // Plural forms come from Intl; Maltese, which CLDR lacks, from a small table.
    expect(formatLifetime('6 months', 'cs', 'relace').replace(/\s/g, ' ')).to.equal('6 měsíců');
    expect(formatLifetime('2 months', 'cs', 'relace').replace(/\s/g, ' ')).to.equal('2 měsíce');
    expect(formatLifetime('6 months', 'mt', 'sessjoni')).to.equal('6 xhur');
    expect(formatLifetime('13 months', 'mt', 'sessjoni')).to.equal('13 xahar');
    expect(formatLifetime('1 year', 'mt', 'sessjoni')).to.equal('1 sena');
  });
});
