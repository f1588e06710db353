import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { formsPlugin } from './src/node/vite-forms-plugin';
import { jsonFormsPlugin } from './src/node/vite-jsonforms-plugin';
import { offlinePlugin } from './src/offline/vite-offline-plugin';

export default defineConfig({
  // Relative asset URLs: the app works when hosted under any sub-path.
  base: './',
  plugins: [
    react(),
    jsonFormsPlugin(),
    formsPlugin({ formsDir: 'forms' }),
    offlinePlugin(),
  ],
  build: {
    // The browsers on the offices' older PCs and phones.
    target: ['chrome109', 'firefox115', 'safari15'],
    chunkSizeWarningLimit: 1500,
  },
});
