import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  parseDate,
  parseDateTime,
} from '../../src/core/locale';

function dateOf(text: string): string {
  const result = parseDate(text);

  return result.ok ? result.value : `error: ${result.reason}`;
}

const localeIndex = fileURLToPath(
  new URL('../../src/core/locale/index.ts', import.meta.url),
);

/** Runs the locale helpers in a fresh Node whose zone is `timeZone`. */
function inTimeZone(timeZone: string, calls: string): unknown {
  const script =
    `const l = await import(${JSON.stringify(localeIndex)});` +
    `console.log(JSON.stringify(${calls}));`;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
  );

  return JSON.parse(output);
}

describe('parseDate', () => {
  it('reads dd/mm/yyyy, d/m/yyyy and dash or dot separators', () => {
    expect(dateOf('31/12/2015')).toBe('2015-12-31');
    expect(dateOf('1/2/2015')).toBe('2015-02-01');
    expect(dateOf('31-12-2015')).toBe('2015-12-31');
    expect(dateOf(' 31.12.2015 ')).toBe('2015-12-31');
    expect(dateOf('2015-12-31')).toBe('2015-12-31');
  });

  it('rejects impossible days and says how many days the month has', () => {
    expect(dateOf('31/02/2015')).toBe(
      'error: Ngày 31 không có trong tháng 2/2015 (tháng này có 28 ngày): "31/02/2015".',
    );
    expect(dateOf('29/02/2015')).toMatch(/có 28 ngày/);
    expect(dateOf('31/04/2015')).toMatch(/có 30 ngày/);
    expect(dateOf('00/01/2015')).toMatch(/^error: Ngày 0 không có/);
    expect(dateOf('01/13/2015')).toMatch(/^error: Tháng 13 không có/);
  });

  it('applies the Gregorian leap-year rule', () => {
    expect(dateOf('29/02/2016')).toBe('2016-02-29');
    expect(dateOf('29/02/2000')).toBe('2000-02-29');
    expect(dateOf('29/02/1900')).toMatch(/có 28 ngày/);
  });

  it('rejects text that is not a day/month/year date', () => {
    expect(dateOf('31/12/15')).toMatch(/chưa đúng dạng ngày\/tháng\/năm/);
    expect(dateOf('31/12-2015')).toMatch(/chưa đúng dạng/);
    expect(dateOf('hôm qua')).toMatch(/chưa đúng dạng/);
    expect(dateOf('')).toBe('error: Chưa nhập ngày.');
  });
});

describe('formatDate', () => {
  it('shows ISO dates as dd/mm/yyyy and leaves other text visible', () => {
    expect(formatDate('2015-12-31')).toBe('31/12/2015');
    expect(formatDate('2015-1-3')).toBe('2015-1-3');
  });
});

describe('parseDateTime and formatDateTime', () => {
  it('uses an explicit offset when one is given', () => {
    expect(parseDateTime('31/12/2015 14:30', 420)).toEqual({
      ok: true,
      value: '2015-12-31T14:30:00+07:00',
    });
    expect(parseDateTime('1/1/2016 7h05', -300)).toEqual({
      ok: true,
      value: '2016-01-01T07:05:00-05:00',
    });
  });

  it('rejects impossible times and dates', () => {
    expect(parseDateTime('31/12/2015 24:00', 0).ok).toBe(false);
    expect(parseDateTime('31/02/2015 10:00', 0).ok).toBe(false);
    expect(parseDateTime('31/12/2015', 0)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/giờ:phút/),
    });
  });

  it('shows the clock the moment was recorded with', () => {
    expect(formatDateTime('2015-12-31T14:30:00+07:00')).toBe(
      '31/12/2015 14:30',
    );
    expect(formatDateTime('2015-12-31T14:30:15-05:00')).toBe(
      '31/12/2015 14:30:15',
    );
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('in real time zones', () => {
  const calls =
    '[l.parseDate("31/12/2015"), l.parseDateTime("31/12/2015 14:30"),' +
    ' l.formatDate("2015-01-01"),' +
    ' l.formatDateTime("2015-12-31T23:30:00+07:00")]';

  it('keeps the day and writes +07:00 in Asia/Ho_Chi_Minh', () => {
    expect(inTimeZone('Asia/Ho_Chi_Minh', calls)).toEqual([
      { ok: true, value: '2015-12-31' },
      { ok: true, value: '2015-12-31T14:30:00+07:00' },
      '01/01/2015',
      '31/12/2015 23:30',
    ]);
  });

  it('keeps the day and writes -05:00 in America/Bogota', () => {
    expect(inTimeZone('America/Bogota', calls)).toEqual([
      { ok: true, value: '2015-12-31' },
      { ok: true, value: '2015-12-31T14:30:00-05:00' },
      '01/01/2015',
      '31/12/2015 23:30',
    ]);
  });

  it('refuses a wall-clock time the local zone skips', () => {
    const skipped = inTimeZone(
      'America/New_York',
      'l.parseDateTime("8/3/2015 02:30")',
    );
    expect(skipped).toMatchObject({ ok: false });
  });
});
