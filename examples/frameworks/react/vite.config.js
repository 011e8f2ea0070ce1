import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { shared } from '../vite.shared.js';

export default defineConfig({ ...shared('react'), plugins: [react()] });
