import {
  formatDate,
  formatDateTime,
  formatNumber,
  parseDate,
  parseDateTime,
  parseNumber,
} from '../../core/locale';
import type { BoxCodec } from './use-text-box';

/** Free text, stored in Unicode NFC so Telex, VNI and pasted text compare equal. */
export const textCodec: BoxCodec<string> = {
  format: (value) => String(value),
  parse: (text) => ({ ok: true, value: text.normalize('NFC') }),
};

// A stored value that is not a number (an old draft, a hand-edited file) is
// shown as it is rather than hidden.
const showNumber = (value: number) =>
  typeof value === 'number' ? formatNumber(value) : String(value);

// Years and codes read wrong with a thousands dot (2.015), so a definition can
// ask for the plain digits.
const showUngrouped = (value: number) =>
  typeof value === 'number'
    ? formatNumber(value, { grouping: false })
    : String(value);

export const integerCodec: BoxCodec<number> = {
  format: showNumber,
  parse: (text) => parseNumber(text, { integer: true }),
};

export const decimalCodec: BoxCodec<number> = {
  format: showNumber,
  parse: (text) => parseNumber(text),
};

const ungroupedIntegerCodec: BoxCodec<number> = {
  ...integerCodec,
  format: showUngrouped,
};

const ungroupedDecimalCodec: BoxCodec<number> = {
  ...decimalCodec,
  format: showUngrouped,
};

/**
 * The codec for a number box: call it with the schema's type and the UI
 * schema's `options.grouping` (false shows 2015, not 2.015). The same
 * object comes back for the same arguments, so the box is not reset.
 */
export function numberCodec(
  integer: boolean,
  grouping: unknown,
): BoxCodec<number> {
  if (grouping === false) {
    return integer ? ungroupedIntegerCodec : ungroupedDecimalCodec;
  }

  return integer ? integerCodec : decimalCodec;
}

export const dateCodec: BoxCodec<string> = {
  format: (value) => formatDate(String(value)),
  parse: parseDate,
};

export const dateTimeCodec: BoxCodec<string> = {
  format: (value) => formatDateTime(String(value)),
  parse: (text) => parseDateTime(text),
};
