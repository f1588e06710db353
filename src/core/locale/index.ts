export { parseNumber, formatNumber } from './number';
export type {
  ParsedNumber,
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
