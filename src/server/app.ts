import Fastify, {
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import { createFsFormsSource } from '../node/fs-forms-source';
import type { ServerConfig } from './config';
import { answerFrameworkError, registerErrorHandler } from './error-handler';
import { createFormVersions, warmUp } from './form-versions';
import { registerJsonParser } from './json-body';
import { registerNotFound } from './not-found';
import { OneLineLogController } from './request-log';
import { catalogOf, registerFormsRoutes } from './routes/forms';
import { precompiledChecksFiles } from '../core/validation/precompiled-file';
import { registerOfficeRoutes } from './routes/office';
import { registerSpa } from './routes/spa';
import { registerSubmissionRoute } from './routes/submissions';
import { openSqliteStore } from './storage/sqlite';
import type { TokenFailurePolicy } from './token-failures';

export interface BuildOptions {
  /** Fastify's pino logger options; off unless given. */
  logger?: FastifyServerOptions['logger'];
  /** Clock for receipts, for tests that need a known time. */
  now?: () => Date;
  /**
   * Compile every form's current version before listening, so `/healthz`
   * means ready and the first report after a restart is not slow.
   */
  warmUp?: boolean;
  /** How wrong admin tokens are slowed; tests shorten the waits. */
  tokenFailurePolicy?: TokenFailurePolicy;
}

/**
 * Call to get a ready-to-listen server (or to `inject` requests in tests).
 * Opens the SQLite store in `config.dataDir`; closing the server closes it.
 */
export function buildServer(
  config: ServerConfig,
  options: BuildOptions = {},
): FastifyInstance {
  const app = Fastify({
    logger: withRedaction(options.logger ?? false),
    logController: new OneLineLogController(),
    bodyLimit: config.bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors: answerFrameworkError,
    // The warm-up checks every form before listening, which on a slow or
    // busy machine with a long form outlasts Fastify's 10 s default and
    // would stop the server from starting at all. It is finite CPU work.
    pluginTimeout: 0,
    // An unknown query filter is an error to report, not a key to drop.
    ajv: { customOptions: { removeAdditional: false } },
  });
  const store = openSqliteStore(config.dataDir);
  app.addHook('onClose', () => store.close());
  const source = createFsFormsSource(config.formsDir);
  const formVersions = createFormVersions(config.formsDir, source);

  const catalog = catalogOf(config.formsDir, source);
  const precompiled = precompiledChecksFiles(source);
  if (options.warmUp) {
    app.addHook('onReady', () =>
      warmUp(app, catalog, formVersions, precompiled),
    );
  }
  registerJsonParser(app);
  registerErrorHandler(app);
  registerNotFound(app, config.staticDir);
  registerSubmissionRoute(app, { store, formVersions, now: options.now });
  registerOfficeRoutes(
    app,
    store,
    config.adminToken,
    formVersions,
    options.tokenFailurePolicy,
  );
  registerFormsRoutes(app, config.formsDir, catalog, precompiled);
  registerSpa(app, config.staticDir);
  app.get('/healthz', async () => {
    await store.ping();
    return { ok: true };
  });

  return app;
}

/** The admin token travels in this header: it must never reach a log. */
function withRedaction(logger: FastifyServerOptions['logger']) {
  if (!logger) return false;
  const base = logger === true ? {} : logger;

  return {
    ...base,
    redact: { paths: ['req.headers.authorization'], censor: '[ẩn]' },
  };
}
