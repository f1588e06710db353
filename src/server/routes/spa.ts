import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Call once while building the server: the built app. Hashed assets are
 * cached for a year; index.html, sw.js and the rest must be revalidated so
 * a new release reaches every office on its next visit.
 */
export function registerSpa(app: FastifyInstance, staticDir: string): void {
  app.register(fastifyStatic, {
    root: staticDir,
    prefix: '/',
    cacheControl: false,
    // Vite names files in assets/ by content: a new build gets new names.
    setHeaders: (res, filePath) => {
      const hashed = filePath.startsWith(
        path.join(staticDir, 'assets') + path.sep,
      );
      res.setHeader(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

/** True when the built app is there to serve (`npm run build` ran). */
export function hasBuiltSpa(staticDir: string): boolean {
  return fs.existsSync(path.join(staticDir, 'index.html'));
}
