import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { shared } from '../vite.shared.js';

export default defineConfig({
  ...shared('vue'),
  // tamis-* are custom elements, not Vue components: Vue leaves them to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tamis-') } } })],
});
