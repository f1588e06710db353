import path from 'node:path';

/** Everything the receiving server needs to start, already checked. */
export interface ServerConfig {
  port: number;
  host: string;
  formsDir: string;
  dataDir: string;
  staticDir: string;
  /** Undefined means the office read API stays closed. */
  adminToken: string | undefined;
  bodyLimit: number;
}

/** Thrown at start-up when an environment variable cannot be used. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      'Cấu hình máy chủ không hợp lệ:\n' +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const MIN_ADMIN_TOKEN_LENGTH = 16;
/** A complete 2015 report is about 20 KB; this leaves room for long notes. */
const DEFAULT_BODY_LIMIT = 512 * 1024;

/**
 * Call once at start-up with `process.env`; throws `ConfigError` listing
 * every unusable variable so the operator can fix them all at once.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): ServerConfig {
  const problems: string[] = [];
  const port = readInteger(env, 'PORT', 8080, [0, 65535], problems);
  const bodyLimit = readByteSize(env, DEFAULT_BODY_LIMIT, problems);
  const adminToken = readAdminToken(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    formsDir: path.resolve(cwd, env.BIEU_MAU_FORMS_DIR || 'forms'),
    dataDir: path.resolve(cwd, env.BIEU_MAU_DATA_DIR || 'data'),
    staticDir: path.resolve(cwd, env.BIEU_MAU_STATIC_DIR || 'dist'),
    adminToken,
    bodyLimit,
  };
}

function readInteger(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}="${raw}": cần một số nguyên từ ${min} đến ${max}.`);
    return fallback;
  }

  return value;
}

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  kib: 1024,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
};

/** Accepts plain bytes or a unit the operator would naturally write. */
function readByteSize(
  env: Record<string, string | undefined>,
  fallback: number,
  problems: string[],
): number {
  const raw = env.BIEU_MAU_BODY_LIMIT?.trim();
  if (!raw) return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw);
  const unit = match ? BYTE_UNITS[match[2].toLowerCase()] : undefined;
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!(bytes >= 1024 && bytes <= 100 * 1024 ** 2)) {
    problems.push(
      `BIEU_MAU_BODY_LIMIT="${raw}": cần một kích thước từ 1KiB đến ` +
        '100MiB, ví dụ 2MiB hoặc 2097152.',
    );
    return fallback;
  }

  return bytes;
}

function readAdminToken(
  env: Record<string, string | undefined>,
  problems: string[],
): string | undefined {
  const token = env.BIEU_MAU_ADMIN_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < MIN_ADMIN_TOKEN_LENGTH) {
    // The value itself is never echoed: it is a secret even when too short.
    problems.push(
      `BIEU_MAU_ADMIN_TOKEN quá ngắn: cần ít nhất ${MIN_ADMIN_TOKEN_LENGTH} ` +
        'ký tự ngẫu nhiên (ví dụ: openssl rand -hex 24).',
    );
    return undefined;
  }

  return token;
}
