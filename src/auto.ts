import { VERSION } from './version.js';
(window as unknown as { tamis: { version: string } }).tamis = { version: VERSION };
