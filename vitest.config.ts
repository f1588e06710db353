import { defineConfig } from 'vitest/config';

// Unit and server tests: quick, in Node. Browser tests have their own config
// (vitest.browser.config.ts) because they build the app and start Chromium.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
});
