import type { ReadingFailure } from './number';

/** What the date readers make of a box's text: an ISO string, or why not. */
export type ParsedDate = { ok: true; value: string } | ReadingFailure;

const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:hg](\d{2})(?::(\d{2}))?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EXAMPLE = 'ví dụ 31/12/2015';

/**
 * Reads a date typed as ngày/tháng/năm (`31/12/2015`, `1/2/2015`, `31-12-2015`,
 * `31.12.2015`; an ISO `2015-12-31` pasted in is accepted too) into
 * `YYYY-MM-DD`. Call it on every change of a date box. Works on the digits
 * alone, so the computer's time zone can never move the day.
 */
export function parseDate(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return fail('emptyDate', 'Chưa nhập ngày.', {});

  const iso = ISO_DATE.exec(trimmed);
  const parts = DAY_MONTH_YEAR.exec(trimmed);
  if (!iso && !parts) {
    const reason = `Ngày "${trimmed}" chưa đúng dạng ngày/tháng/năm (${EXAMPLE}).`;
    return fail('unreadableDate', reason, { text: trimmed });
  }
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : [parts![4], parts![3], parts![1]].map(Number);

  return checkDay(year, month, day, trimmed);
}

function checkDay(
  year: number,
  month: number,
  day: number,
  text: string,
): ParsedDate {
  if (year < 1000) {
    return fail('yearDigits', `Năm trong "${text}" phải có 4 chữ số.`, {
      text,
    });
  }
  if (month < 1 || month > 12) {
    const reason = `Tháng ${month} không có (tháng từ 1 đến 12): "${text}".`;
    return fail('noSuchMonth', reason, { month, text });
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return fail(
      'noSuchDay',
      `Ngày ${day} không có trong tháng ${month}/${year} ` +
        `(tháng này có ${last} ngày): "${text}".`,
      { day, month, year, last, text },
    );
  }

  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** Number of days in a month, with the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

    return leap ? 29 : 28;
  }

  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Shows a stored `YYYY-MM-DD` as `31/12/2015`. Call it wherever a stored date
 * is shown; anything that is not an ISO date is returned unchanged, so a bad
 * stored value stays visible instead of vanishing.
 */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);

  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * Reads `31/12/2015 14:30` (seconds optional, `14h30` accepted) into an ISO
 * date-time with the explicit offset the computer's time zone has at that
 * moment, e.g. `2015-12-31T14:30:00+07:00`. Call it on every change of a
 * date-time box. `offsetMinutes` overrides the zone (minutes east of UTC).
 */
export function parseDateTime(
  text: string,
  offsetMinutes?: number,
): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return fail('emptyDateTime', 'Chưa nhập ngày giờ.', {});

  const [datePart, ...rest] = trimmed.split(/[\s,]+/);
  const time = TIME.exec(rest.join(''));
  if (rest.length === 0 || !time) {
    return fail(
      'unreadableDateTime',
      `Ngày giờ "${trimmed}" chưa đúng dạng ngày/tháng/năm giờ:phút ` +
        `(ví dụ 31/12/2015 14:30).`,
      { text: trimmed },
    );
  }
  const date = parseDate(datePart);
  if (!date.ok) return date;

  const [hour, minute, second] = [time[1], time[2], time[3] ?? '0'].map(Number);
  if (hour > 23 || minute > 59 || second > 59) {
    const time = rest.join(' ');
    return fail('noSuchTime', `Giờ "${time}" không có (giờ 0–23, phút 0–59).`, {
      time,
    });
  }
  const offset = offsetMinutes ?? localOffset(date.value, hour, minute, second);
  if (offset === undefined) {
    const clock = `${hour}:${pad(minute)}`;
    return fail(
      'skippedTime',
      `Giờ ${clock} ngày ${datePart} không có ở múi giờ của máy ` +
        `(đồng hồ nhảy qua giờ này). Hãy chọn giờ khác.`,
      { clock, date: datePart },
    );
  }
  const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}`;

  return { ok: true, value: `${date.value}T${clock}${formatOffset(offset)}` };
}

/**
 * Offset of the computer's zone at a wall-clock moment, or undefined when the
 * zone skips that moment (a daylight-saving jump).
 */
function localOffset(
  isoDate: string,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  const [year, month, day] = isoDate.split('-').map(Number);
  // Built from numbers, never parsed from a string: no engine guesswork.
  const moment = new Date(year, month - 1, day, hour, minute, second);
  if (moment.getHours() !== hour || moment.getMinutes() !== minute) {
    return undefined;
  }

  return -moment.getTimezoneOffset();
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);

  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Shows a stored ISO date-time as `31/12/2015 14:30`, on the clock it was
 * recorded with (its own offset), so what the person typed comes back
 * unchanged whatever zone reads it. Anything else is returned unchanged.
 */
export function formatDateTime(iso: string): string {
  const match = ISO_DATE_TIME.exec(iso);
  if (!match) return iso;

  const [, year, month, day, hour, minute, second] = match;
  const seconds = second && second !== '00' ? `:${second}` : '';

  return `${day}/${month}/${year} ${hour}:${minute}${seconds}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function fail(
  code: string,
  reason: string,
  values: ReadingFailure['values'],
): ReadingFailure {
  return { ok: false, reason, code, values };
}
