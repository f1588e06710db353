import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config';

describe('server configuration', () => {
  it('falls back to loopback:8080 and folders beside the working dir', () => {
    const config = loadConfig({}, '/srv/bieu-mau');

    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      formsDir: path.resolve('/srv/bieu-mau/forms'),
      dataDir: path.resolve('/srv/bieu-mau/data'),
      staticDir: path.resolve('/srv/bieu-mau/dist'),
      adminToken: undefined,
      bodyLimit: 512 * 1024,
    });
  });

  it('reads sizes with units and a long admin token', () => {
    const config = loadConfig({
      BIEU_MAU_BODY_LIMIT: '1MiB',
      BIEU_MAU_ADMIN_TOKEN: 'a-long-enough-secret-token',
      PORT: '0',
    });

    expect(config.bodyLimit).toBe(1024 * 1024);
    expect(config.adminToken).toBe('a-long-enough-secret-token');
    expect(config.port).toBe(0);
  });

  it('lists every bad variable in Vietnamese without echoing the token', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'tám nghìn',
        BIEU_MAU_BODY_LIMIT: '2 tấn',
        BIEU_MAU_ADMIN_TOKEN: 'ngan-qua',
      });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(message).toContain('PORT="tám nghìn": cần một số nguyên');
    expect(message).toContain('BIEU_MAU_BODY_LIMIT="2 tấn"');
    expect(message).toContain('BIEU_MAU_ADMIN_TOKEN quá ngắn');
    expect(message).not.toContain('ngan-qua');
  });
});
