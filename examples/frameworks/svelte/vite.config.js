import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { shared } from '../vite.shared.js';

// Svelte treats any tag with a hyphen as a custom element: tamis-* need no setting.
export default defineConfig({ ...shared('svelte'), plugins: [svelte()] });
