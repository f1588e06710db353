import cluster from 'node:cluster';
import fs from 'node:fs';
import { buildServer } from './app';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { hasBuiltSpa } from './routes/spa';
import { readWorkerCount, runWorkers } from './workers';

// With several workers only the first one speaks for all of them.
const speaks = !cluster.isWorker || cluster.worker?.id === 1;

/** `npm start`: read the environment, check it, listen until stopped. */
async function main(): Promise<void> {
  const { config, workers } = readConfigOrExit();
  if (cluster.isPrimary && workers > 1) return runWorkers(config, workers);
  const app = buildServer(config, { logger: { level: 'info' }, warmUp: true });
  if (speaks) warnAboutGaps(app.log, config);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'stopping');
      app.close().then(() => process.exit(0));
    });
  }

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port =
    typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (speaks) console.log(`Biểu mẫu đang chạy tại http://${host}:${port}/`);
}

function readConfigOrExit(): { config: ServerConfig; workers: number } {
  try {
    const config = loadConfig(process.env);
    const workers = readWorkerCount(process.env);
    if (
      !fs.statSync(config.formsDir, { throwIfNoEntry: false })?.isDirectory()
    ) {
      throw new ConfigError([
        `Không tìm thấy thư mục biểu mẫu ${config.formsDir}: đặt ` +
          'BIEU_MAU_FORMS_DIR tới thư mục chứa các biểu mẫu.',
      ]);
    }
    return { config, workers };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function warnAboutGaps(log: { warn(msg: string): void }, config: ServerConfig) {
  if (config.adminToken === undefined) {
    log.warn(
      'BIEU_MAU_ADMIN_TOKEN chưa được đặt: chức năng xem báo cáo của văn ' +
        'phòng sẽ trả lỗi 503 cho đến khi đặt mã và khởi động lại.',
    );
  }
  if (!hasBuiltSpa(config.staticDir)) {
    log.warn(
      `Không thấy ${config.staticDir}/index.html: máy chủ vẫn nhận báo ` +
        'cáo, nhưng giao diện chỉ có sau khi chạy npm run build.',
    );
  }
}

main().catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      'Không khởi động được máy chủ: cổng đã có chương trình khác dùng. ' +
        'Hãy tắt chương trình đó hoặc đặt biến PORT sang cổng khác.',
    );
  } else {
    console.error('Không khởi động được máy chủ:', error);
  }
  process.exit(1);
});
