import { defineConfig } from 'vite';
import { shared } from '../vite.shared.js';

export default defineConfig(shared('spa'));
