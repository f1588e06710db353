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

export const integerCodec: BoxCodec<number> = {
  format: showNumber,
  parse: (text) => parseNumber(text, { integer: true }),
};

export const decimalCodec: BoxCodec<number> = {
  format: showNumber,
  parse: (text) => parseNumber(text),
};

export const dateCodec: BoxCodec<string> = {
  format: (value) => formatDate(String(value)),
  parse: parseDate,
};

export const dateTimeCodec: BoxCodec<string> = {
  format: (value) => formatDateTime(String(value)),
  parse: (text) => parseDateTime(text),
};
