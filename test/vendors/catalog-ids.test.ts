// CatalogVendorId is derived from vendors/index.ts: these checks fail the type check (npm run
// typecheck) if it ever widens to `string` (a vendor file without `satisfies VendorDefinition`, or
// the list annotated instead of `satisfies`), and the test fails if a catalog id is missing from it.
import { expect } from '@open-wc/testing';
import type { CatalogVendorId, TamisConfig } from '../../src/index.js';
import { catalog } from '../../vendors/index.js';

type IsLiteralUnion = string extends CatalogVendorId ? false : true;
const literal: IsLiteralUnion = true;
const known: CatalogVendorId = 'google-analytics';
// @ts-expect-error a misspelt catalog id is not a CatalogVendorId
const misspelt: CatalogVendorId = 'google-analytic';
// Custom ids still type-check in the config.
const config: TamisConfig = { vendors: [known, 'acme-chat', { id: 'matomo', purpose: 'analytics' }] };

describe('CatalogVendorId', () => {
  it('is a union of literal ids that names every catalog vendor', () => {
    expect(literal).to.equal(true);
    const ids: CatalogVendorId[] = catalog.map((v) => v.id as CatalogVendorId);
    expect(ids).to.include(known);
    expect(misspelt).to.not.be.oneOf(ids);
    expect(config.vendors).to.have.length(3);
  });
});
