import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The stock JSON Forms page the benchmark compares our app against.
export default defineConfig({
  root: `${here}baseline`,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${here}../dist-bench`,
    emptyOutDir: true,
    sourcemap: false,
  },
});
