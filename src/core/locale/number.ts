/**
 * Why a box's text could not be read: `reason` in Vietnamese, and `code`
 * with `values` so an interface can say the same in another language.
 */
export interface ReadingFailure {
  ok: false;
  reason: string;
  code: string;
  values: Record<string, string | number>;
}

/** What `parseNumber` makes of a box's text: a number, or why not. */
export type ParsedNumber = { ok: true; value: number } | ReadingFailure;

export interface ParseNumberOptions {
  /** Reject a fractional part, e.g. for counts of people or computers. */
  integer?: boolean;
}

export interface FormatNumberOptions {
  /** Digits kept after the decimal comma; trailing zeros are dropped. */
  maxFractionDigits?: number;
  /** False writes the whole part without thousands dots, as for a year. */
  grouping?: boolean;
}

// Spaces of every width people paste from word processors count as grouping.
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212]/;
// A percentage is often typed with its sign ("50%"); the box's title already
// says the unit, so one trailing sign is read and dropped.
const PERCENT = /[%\uff05]$/;
const GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;
const DIGITS = /^\d+$/;
const MAX_DIGITS = 15;

/**
 * Reads a number typed the Vietnamese way. Call it on every change of a
 * number box. `,` is the decimal mark and `.` groups thousands
 * (`1.234.567,5`); a plain `1234.5` is read as a decimal because a single dot
 * that is not followed by exactly three digits cannot be grouping. A lone
 * `1.234` is ambiguous and is read as grouping (one thousand two hundred and
 * thirty-four), as a Vietnamese reader would. One trailing `%` is allowed,
 * so a percentage can be typed as `50 %`.
 */
export function parseNumber(
  text: string,
  options: ParseNumberOptions = {},
): ParsedNumber {
  const typed = text.replace(SPACES, '');
  if (typed === '') return fail('emptyNumber', 'Chưa nhập số.', {});

  const compact = typed.replace(PERCENT, '');

  const negative = MINUS.test(compact);
  const body = negative ? compact.slice(1) : compact.replace(/^\+/, '');
  const split = splitNumber(body);
  if (split === undefined) {
    const shown = text.trim();
    return fail('unreadableNumber', `Không phải là số: "${shown}".`, {
      text: shown,
    });
  }

  const { whole, fraction } = split;
  if (options.integer && /[1-9]/.test(fraction)) {
    const reason = `Chỉ nhập số nguyên (không có phần thập phân): "${text}".`;
    return fail('fractionInCount', reason, { text });
  }
  if ((whole + fraction).replace(/^0+/, '').length > MAX_DIGITS) {
    const reason = `Số quá dài (tối đa ${MAX_DIGITS} chữ số): "${text}".`;
    return fail('numberTooLong', reason, { text, max: MAX_DIGITS });
  }
  const canonical = `${negative ? '-' : ''}${whole || '0'}.${fraction || '0'}`;

  return { ok: true, value: Number(canonical) || 0 };
}

/** Splits the unsigned text into integer and fraction digits, or undefined. */
function splitNumber(
  body: string,
): { whole: string; fraction: string } | undefined {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return undefined;

  const commas = body.split(',');
  if (commas.length > 2) return undefined;
  if (commas.length === 2) {
    const [head, fraction] = commas;
    if (!DIGITS.test(fraction) && fraction !== '') return undefined;
    const whole = ungroup(head);

    return whole === undefined ? undefined : { whole, fraction };
  }

  const dots = body.split('.');
  if (dots.length === 2 && !GROUPED.test(body)) {
    const [whole, fraction] = dots;
    if (!DIGITS.test(whole + fraction)) return undefined;

    return { whole, fraction };
  }
  const whole = ungroup(body);

  return whole === undefined ? undefined : { whole, fraction: '' };
}

/** Integer digits with optional `.` grouping; grouping must be regular. */
function ungroup(text: string): string | undefined {
  if (text === '' || DIGITS.test(text)) return text;

  return GROUPED.test(text) ? text.replace(/\./g, '') : undefined;
}

function fail(
  code: string,
  reason: string,
  values: ReadingFailure['values'],
): ReadingFailure {
  return { ok: false, reason, code, values };
}

/**
 * Writes a number the Vietnamese way (`1.234.567,5`). Call it to show a
 * stored number in a box that is not being edited, or in lists and exports.
 */
export function formatNumber(
  value: number,
  options: FormatNumberOptions = {},
): string {
  if (!Number.isFinite(value)) return '';
  // toFixed switches to exponent notation from 1e21 on; no form counts so high.
  if (Math.abs(value) >= 1e21) return String(value);

  const digits = Math.min(Math.max(options.maxFractionDigits ?? 6, 0), 20);
  const fixed = Math.abs(value).toFixed(digits);
  const [whole, fraction = ''] = fixed.split('.');
  const grouped =
    options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+$)/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  const sign = value < 0 && /[1-9]/.test(whole + trimmed) ? '-' : '';

  return `${sign}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}
