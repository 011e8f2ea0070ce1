import { expect } from '@open-wc/testing';
import { createConsentStore } from '../../src/consent-store.js';
import { encodeRecord, addMonths, randomId } from '../../src/consent-record.js';
import type { ConsentRecord } from '../../src/consent-record.js';
import { memoryStorage } from '../../src/memory-storage.js';

const DAY = 86400000;
const decided = new Date(2026, 0, 15, 10, 30).getTime();
const config = (extra: Partial<{ revision: number | string; retentionMonths: number; domain: string }> = {}) => ({
  cookie: { name: 'tamis_consent', domain: extra.domain },
  revision: extra.revision ?? 1,
  retentionMonths: extra.retentionMonths ?? 6,
});
const choices: Pick<ConsentRecord, 'c' | 'x' | 'm' | 'g'> = { c: { analytics: true }, x: { hotjar: false }, m: 'custom', g: false };

describe('consent store', () => {
  it('has no record on a first visit', () => {
    expect(createConsentStore(memoryStorage(), config()).read()).to.equal(null);
  });

  it('writes the record with an expiry 6 calendar months after the decision by default', () => {
    const storage = memoryStorage();
    const record = createConsentStore(storage, config({ domain: 'example.test' }), () => decided).write(choices);
    expect(storage.writes).to.have.length(1);
    expect(storage.writes[0].name).to.equal('tamis_consent');
    expect(storage.writes[0].domain).to.equal('example.test');
    expect(storage.writes[0].expires.getTime()).to.equal(new Date(2026, 6, 15, 10, 30).getTime());
    expect(record).to.include({ v: 1, r: 1, t: decided, m: 'custom', g: false });
    expect(record.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes a 13-month expiry when retentionMonths is 13', () => {
    const storage = memoryStorage();
    createConsentStore(storage, config({ retentionMonths: 13 }), () => decided).write(choices);
    expect(storage.writes[0].expires.getTime()).to.equal(new Date(2027, 1, 15, 10, 30).getTime());
  });

  it('clamps to the end of shorter months', () => {
    expect(addMonths(new Date(2025, 7, 31).getTime(), 6).getTime()).to.equal(new Date(2026, 1, 28).getTime());
    expect(addMonths(new Date(2027, 7, 31).getTime(), 6).getTime()).to.equal(new Date(2028, 1, 29).getTime());
  });

  it('lands on the same day and time of the month, or the last day of a shorter month, for every day of four years', () => {
    for (let day = new Date(2025, 0, 1, 10, 30); day.getFullYear() < 2029; day.setDate(day.getDate() + 1))
      for (let months = 1; months <= 13; months++) {
        const target = new Date(day.getFullYear(), day.getMonth() + months, 1, 10, 30);
        const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
        target.setDate(Math.min(day.getDate(), last));
        expect(addMonths(day.getTime(), months).getTime(), `${day.toDateString()} + ${months}`).to.equal(target.getTime());
      }
  });

  for (const months of [6, 13]) {
    it(`keeps the decision until ${months} months have passed, then asks again`, () => {
      const storage = memoryStorage();
      let now = decided;
      const store = createConsentStore(storage, config({ retentionMonths: months }), () => now);
      store.write(choices);
      const expiry = addMonths(decided, months).getTime();
      now = expiry - 1000;
      expect(store.read()?.c).to.deep.equal({ analytics: true });
      now = expiry;
      expect(store.read()).to.equal(null);
      now = expiry + 30 * DAY;
      expect(store.read()).to.equal(null);
    });
  }

  it('keeps refusals the same way as consents', () => {
    const storage = memoryStorage();
    const store = createConsentStore(storage, config(), () => decided + DAY);
    store.write({ c: { analytics: false, advertising: false }, x: {}, m: 'reject-all', g: false });
    expect(store.read()).to.include({ m: 'reject-all' });
  });

  it('never rewrites the record when it is read on a return visit', () => {
    const storage = memoryStorage();
    createConsentStore(storage, config(), () => decided).write(choices);
    const value = storage.values.get('tamis_consent');
    const later = createConsentStore(storage, config(), () => decided + 40 * DAY);
    later.read();
    later.read();
    expect(storage.writes).to.have.length(1);
    expect(storage.values.get('tamis_consent')).to.equal(value);
  });

  it('ignores a record for another policy revision', () => {
    const storage = memoryStorage();
    createConsentStore(storage, config({ revision: 1 }), () => decided).write(choices);
    expect(createConsentStore(storage, config({ revision: 2 }), () => decided).read()).to.equal(null);
    expect(createConsentStore(storage, config({ revision: '1' }), () => decided).read()).to.equal(null);
  });

  it('ignores a record of another format version', () => {
    const other = encodeRecord({ v: 2, id: 'x', r: 1, t: decided, ...choices });
    const storage = memoryStorage({ tamis_consent: other });
    expect(createConsentStore(storage, config(), () => decided).read()).to.equal(null);
  });

  const broken: Array<[string, (value: string) => string]> = [
    ['edited by hand', (v) => v.replace('"analytics":true', '"analytics":false')],
    ['granting more than was chosen', (v) => v.replace('"hotjar":false', '"hotjar":true')],
    ['cut short', (v) => v.slice(0, -3)],
    ['with its checksum removed', (v) => v.slice(0, v.lastIndexOf('.'))],
    ['empty', () => ''],
    ['not JSON', () => 'yes.abc'],
    ['JSON of the wrong shape with a valid checksum', () => encodeRecord({ v: 1 } as ConsentRecord)],
    ['with choices that are not booleans', () => encodeRecord({ v: 1, id: 'x', r: 1, t: decided, c: { analytics: 1 }, x: {}, m: 'custom', g: false } as unknown as ConsentRecord)],
  ];
  for (const [what, corrupt] of broken) {
    it(`treats a record ${what} as no consent, without throwing`, () => {
      const storage = memoryStorage();
      createConsentStore(storage, config(), () => decided).write(choices);
      storage.values.set('tamis_consent', corrupt(storage.values.get('tamis_consent')!));
      expect(createConsentStore(storage, config(), () => decided).read()).to.equal(null);
    });
  }

  it('gives every decision a new random id', () => {
    const store = createConsentStore(memoryStorage(), config(), () => decided);
    expect(store.write(choices).id).not.to.equal(store.write(choices).id);
  });

  it('makes a UUID v4 without crypto.randomUUID, as on plain http', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = [randomId(), randomId()];
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(ids[0]).not.to.equal(ids[1]);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('removes the record', () => {
    const storage = memoryStorage();
    const store = createConsentStore(storage, config(), () => decided);
    store.write(choices);
    store.remove();
    expect(store.read()).to.equal(null);
    expect(storage.values.has('tamis_consent')).to.equal(false);
  });
});
