import type { VendorDefinition } from '../src/types.js';

/**
 * Commanders Act (TagCommander) containers (`cdn.tagcommander.com`) and collection
 * (`*.commander1.com`). Its purpose is that of the tags it fires, so sites override it.
 */
export const commandersAct = {
  id: 'commanders-act',
  name: 'Commanders Act',
  company: 'Commanders Act SAS',
  country: 'FR',
  purpose: 'analytics',
  policyUrl: 'https://www.commandersact.com/en/privacy/',
  urls: ['tagcommander.com', 'commander1.com'],
  cookies: [
    { name: 'TCPID', lifetime: '13 months', description: 'Visitor id' },
  ],
  description: 'Loads the site\'s tags.',
  source: ['https://doc.commandersact.com/'],
} satisfies VendorDefinition;
