import { expect } from '@open-wc/testing';
import { baseLanguage, chooseLanguage, LANGUAGES } from '../../src/language.js';

describe('chooseLanguage', () => {
  it('takes the first candidate tamis has texts for, in the order given', () => {
    expect(chooseLanguage(['fr', 'de', 'en'])).to.equal('fr');
    expect(chooseLanguage(['zh', 'de', 'en'])).to.equal('de');
    expect(chooseLanguage([undefined, '', null, 'fi'])).to.equal('fi');
  });

  it('falls back to English when no candidate is known', () => {
    expect(chooseLanguage(['zh', 'ja-JP'])).to.equal('en');
    expect(chooseLanguage([])).to.equal('en');
  });

  it('reads regional tags as their base language, in any case', () => {
    expect(chooseLanguage(['pt-BR'])).to.equal('pt');
    expect(chooseLanguage(['EN-gb'])).to.equal('en');
    expect(chooseLanguage(['sr-Latn-RS', 'hr-HR'])).to.equal('hr');
    expect(baseLanguage('fr_CA')).to.equal('fr');
  });

  it('gives Norwegian (no) and Nynorsk (nn) the Bokmål texts', () => {
    expect(chooseLanguage(['no'])).to.equal('nb');
    expect(chooseLanguage(['nn-NO'])).to.equal('nb');
    expect(chooseLanguage(['nb-NO'])).to.equal('nb');
  });

  it('counts languages the site gives texts for', () => {
    expect(chooseLanguage(['is-IS', 'de'], ['is'])).to.equal('is');
    expect(chooseLanguage(['is-IS', 'de'])).to.equal('de');
  });

  it('knows the 24 official EU languages, Catalan, Norwegian, Arabic and Hebrew', () => {
    expect(LANGUAGES).to.have.length(28);
  });
});
