export { parseNumber, formatNumber } from './number';
export type {
  ParsedNumber,
  ReadingFailure,
  ParseNumberOptions,
  FormatNumberOptions,
} from './number';
export {
  parseDate,
  formatDate,
  parseDateTime,
  formatDateTime,
  daysInMonth,
} from './date';
export type { ParsedDate } from './date';
