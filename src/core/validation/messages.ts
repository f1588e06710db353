/** The languages answers can be checked in; Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** What a message may mention; every value is already formatted for people. */
export interface MessageContext {
  /** The field's printed title. */
  label: string;
  /** The limit or expected value, numbers grouped for the locale. */
  limit?: string;
  /** Title of the other field in a `$data` comparison. */
  otherLabel?: string;
  /** Title of a property named by the error (missing or unexpected). */
  property?: string;
  /** A sample answer taken from the field's description ("Ví dụ: …"). */
  example?: string;
  /** The field's description when it states a rule rather than a sample. */
  rule?: string;
  /** The allowed choices, joined for reading. */
  choices?: string;
  /** Expected JSON type (`type` keyword). */
  type?: string;
  /** Name of a format (`format` keyword). */
  format?: string;
  /** `sumEquals`, `sumAtMost`: the parts' titles, their sum and the total typed. */
  parts?: string;
  sum?: string;
  value?: string;
  /** `uniqueItems`: the two rows that repeat each other, counted from 1. */
  rows?: [number, number];
}

type Message = (c: MessageContext) => string;

/** Close a sentence with one full stop, whatever the text ended with. */
const sentence = (text: string) => text.trim().replace(/[.;:,]*$/, '.');

// Words a description may open with to introduce a sample answer.
const EXAMPLE_LEAD = /^(?:ví dụ|vd|example|for example|e\.g\.)\s*[:.,]?\s*/i;

/**
 * Read a field's description for a message: a sample answer ("Ví dụ: 0243 …")
 * loses its lead-in so the message can introduce it once; anything else is a
 * rule, put in lower case to continue the message's sentence.
 */
export function describeExpected(
  description: string,
): Pick<MessageContext, 'example' | 'rule'> {
  const text = description.trim();
  const lead = EXAMPLE_LEAD.exec(text);
  if (lead) return { example: text.slice(lead[0].length) };
  // "URL …" keeps its capitals; "Địa chỉ …" continues the sentence.
  const startsWord = /^\p{Lu}\p{Ll}/u.test(text);

  return { rule: startsWord ? text[0].toLowerCase() + text.slice(1) : text };
}

const vi: Record<string, Message> = {
  required: (c) => `Vui lòng trả lời: ${c.label}.`,
  type: (c) => viType(c),
  minimum: (c) => `${c.label} không được nhỏ hơn ${c.limit}.`,
  minimum$data: (c) =>
    `${c.label} không được nhỏ hơn ${c.otherLabel} (${c.limit}).`,
  maximum: (c) => `${c.label} không được lớn hơn ${c.limit}.`,
  maximum$data: (c) =>
    `${c.label} không được lớn hơn ${c.otherLabel} (${c.limit}).`,
  exclusiveMinimum: (c) => `${c.label} phải lớn hơn ${c.limit}.`,
  exclusiveMinimum$data: (c) =>
    `${c.label} phải lớn hơn ${c.otherLabel} (${c.limit}).`,
  exclusiveMaximum: (c) => `${c.label} phải nhỏ hơn ${c.limit}.`,
  exclusiveMaximum$data: (c) =>
    `${c.label} phải nhỏ hơn ${c.otherLabel} (${c.limit}).`,
  multipleOf: (c) => `${c.label} phải là bội số của ${c.limit}.`,
  multipleOf$data: (c) =>
    `${c.label} phải là bội số của ${c.otherLabel} (${c.limit}).`,
  minLength: (c) => `${c.label} phải có ít nhất ${c.limit} ký tự.`,
  minLength$data: (c) =>
    `${c.label} phải có ít nhất ${c.limit} ký tự (bằng ${c.otherLabel}).`,
  maxLength: (c) =>
    `${c.label} không được dài quá ${c.limit} ký tự; hãy viết ngắn lại.`,
  maxLength$data: (c) =>
    `${c.label} không được dài quá ${c.limit} ký tự (theo ${c.otherLabel}).`,
  pattern: (c) =>
    c.example
      ? `${c.label} chưa đúng dạng. Hãy nhập theo mẫu, ví dụ: ${sentence(c.example)}`
      : c.rule
        ? `${c.label} chưa đúng dạng yêu cầu: ${sentence(c.rule)}`
        : `${c.label} chưa đúng dạng yêu cầu; hãy kiểm tra lại.`,
  format: (c) => `${c.label} phải là ${c.format}.`,
  enum: (c) => `${c.label}: hãy chọn một trong các lựa chọn: ${c.choices}.`,
  enum$data: (c) =>
    `${c.label} phải là một trong các giá trị của ${c.otherLabel}.`,
  const: (c) => `${c.label} phải là ${c.limit}.`,
  const$data: (c) => `${c.label} phải giống ${c.otherLabel} (${c.limit}).`,
  oneOf: (c) =>
    c.choices
      ? `${c.label}: hãy chọn một trong các lựa chọn: ${c.choices}.`
      : `${c.label} phải khớp đúng một trong các dạng cho phép.`,
  anyOf: (c) => `${c.label} phải khớp ít nhất một trong các dạng cho phép.`,
  not: (c) => `${c.label} không được nhận giá trị này; hãy nhập giá trị khác.`,
  if: (c) => `${c.label}: còn thiếu câu trả lời theo lựa chọn đã chọn.`,
  uniqueItems: (c) =>
    `${c.label}: dòng ${c.rows?.[0]} và dòng ${c.rows?.[1]} trùng nhau; hãy xoá hoặc sửa một dòng.`,
  minItems: (c) => `${c.label} cần ít nhất ${c.limit} dòng hoặc lựa chọn.`,
  minItems$data: (c) =>
    `${c.label} cần ít nhất ${c.limit} dòng (bằng ${c.otherLabel}).`,
  maxItems: (c) =>
    `${c.label} chỉ được có tối đa ${c.limit} dòng hoặc lựa chọn.`,
  maxItems$data: (c) =>
    `${c.label} chỉ được có tối đa ${c.limit} dòng (theo ${c.otherLabel}).`,
  minProperties: (c) => `${c.label} cần ít nhất ${c.limit} câu trả lời.`,
  maxProperties: (c) => `${c.label} chỉ được có tối đa ${c.limit} câu trả lời.`,
  additionalProperties: (c) =>
    `${c.label} có mục "${c.property}" không thuộc biểu mẫu; hãy xoá mục đó.`,
  dependencies: (c) =>
    `Vui lòng trả lời: ${c.property} (cần có khi đã trả lời ${c.label}).`,
  propertyNames: (c) => `${c.label} có tên mục không hợp lệ.`,
  contains: (c) => `${c.label} cần có ít nhất một dòng hợp lệ.`,
  additionalItems: (c) => `${c.label} có nhiều dòng hơn mức cho phép.`,
  'false schema': (c) =>
    `${c.label} không được trả lời ở đây; hãy xoá giá trị.`,
  sumEquals: (c) =>
    `${c.label} (${c.value}) phải bằng tổng của ${c.parts} (${c.sum}); hãy kiểm tra lại các số.`,
  sumAtMost: (c) =>
    `Tổng của ${c.parts} (${c.sum}) không được lớn hơn ${c.label} (${c.value}); hãy kiểm tra lại các số.`,
  unknown: (c) => `${c.label}: giá trị chưa hợp lệ; hãy kiểm tra lại.`,
};

function viType(c: MessageContext): string {
  switch (c.type) {
    case 'integer':
      return `${c.label} phải là số nguyên, không có phần thập phân.`;
    case 'number':
      return `${c.label} phải là một số, ví dụ 1.234,5.`;
    case 'boolean':
      return `${c.label}: hãy chọn Có hoặc Không.`;
    case 'array':
      return `${c.label} phải là một danh sách.`;
    case 'object':
      return `${c.label} phải là một nhóm câu trả lời.`;
    default:
      return `${c.label} phải là chữ.`;
  }
}

const en: Record<string, Message> = {
  required: (c) => `Please answer: ${c.label}.`,
  type: (c) => enType(c),
  minimum: (c) => `${c.label} must not be less than ${c.limit}.`,
  minimum$data: (c) =>
    `${c.label} must not be less than ${c.otherLabel} (${c.limit}).`,
  maximum: (c) => `${c.label} must not be greater than ${c.limit}.`,
  maximum$data: (c) =>
    `${c.label} must not be greater than ${c.otherLabel} (${c.limit}).`,
  exclusiveMinimum: (c) => `${c.label} must be greater than ${c.limit}.`,
  exclusiveMinimum$data: (c) =>
    `${c.label} must be greater than ${c.otherLabel} (${c.limit}).`,
  exclusiveMaximum: (c) => `${c.label} must be less than ${c.limit}.`,
  exclusiveMaximum$data: (c) =>
    `${c.label} must be less than ${c.otherLabel} (${c.limit}).`,
  multipleOf: (c) => `${c.label} must be a multiple of ${c.limit}.`,
  multipleOf$data: (c) =>
    `${c.label} must be a multiple of ${c.otherLabel} (${c.limit}).`,
  minLength: (c) => `${c.label} must have at least ${c.limit} characters.`,
  minLength$data: (c) =>
    `${c.label} must have at least ${c.limit} characters (${c.otherLabel}).`,
  maxLength: (c) =>
    `${c.label} must not be longer than ${c.limit} characters; please shorten it.`,
  maxLength$data: (c) =>
    `${c.label} must not be longer than ${c.limit} characters (${c.otherLabel}).`,
  pattern: (c) =>
    c.example
      ? `${c.label} is not in the expected form. Follow this example: ${sentence(c.example)}`
      : c.rule
        ? `${c.label} is not in the expected form: ${sentence(c.rule)}`
        : `${c.label} is not in the expected form; please check it.`,
  format: (c) => `${c.label} must be ${c.format}.`,
  enum: (c) => `${c.label}: please pick one of: ${c.choices}.`,
  enum$data: (c) => `${c.label} must be one of the values of ${c.otherLabel}.`,
  const: (c) => `${c.label} must be ${c.limit}.`,
  const$data: (c) => `${c.label} must equal ${c.otherLabel} (${c.limit}).`,
  oneOf: (c) =>
    c.choices
      ? `${c.label}: please pick one of: ${c.choices}.`
      : `${c.label} must match exactly one of the allowed forms.`,
  anyOf: (c) => `${c.label} must match at least one of the allowed forms.`,
  not: (c) => `${c.label} must not have this value; please enter another.`,
  if: (c) => `${c.label}: an answer required by your choice is missing.`,
  uniqueItems: (c) =>
    `${c.label}: rows ${c.rows?.[0]} and ${c.rows?.[1]} are the same; remove or change one.`,
  minItems: (c) => `${c.label} needs at least ${c.limit} rows or choices.`,
  minItems$data: (c) =>
    `${c.label} needs at least ${c.limit} rows (${c.otherLabel}).`,
  maxItems: (c) => `${c.label} may have at most ${c.limit} rows or choices.`,
  maxItems$data: (c) =>
    `${c.label} may have at most ${c.limit} rows (${c.otherLabel}).`,
  minProperties: (c) => `${c.label} needs at least ${c.limit} answers.`,
  maxProperties: (c) => `${c.label} may have at most ${c.limit} answers.`,
  additionalProperties: (c) =>
    `${c.label} has an entry "${c.property}" that is not on the form; remove it.`,
  dependencies: (c) =>
    `Please answer: ${c.property} (needed once ${c.label} is answered).`,
  propertyNames: (c) => `${c.label} has an entry with an invalid name.`,
  contains: (c) => `${c.label} needs at least one valid row.`,
  additionalItems: (c) => `${c.label} has more rows than allowed.`,
  'false schema': (c) => `${c.label} must not be answered here; remove it.`,
  sumEquals: (c) =>
    `${c.label} (${c.value}) must equal the sum of ${c.parts} (${c.sum}); please check the numbers.`,
  sumAtMost: (c) =>
    `The sum of ${c.parts} (${c.sum}) must not be greater than ${c.label} (${c.value}); please check the numbers.`,
  unknown: (c) => `${c.label}: the value is not valid; please check it.`,
};

function enType(c: MessageContext): string {
  switch (c.type) {
    case 'integer':
      return `${c.label} must be a whole number, without decimals.`;
    case 'number':
      return `${c.label} must be a number, e.g. 1,234.5.`;
    case 'boolean':
      return `${c.label}: please choose Yes or No.`;
    case 'array':
      return `${c.label} must be a list.`;
    case 'object':
      return `${c.label} must be a group of answers.`;
    default:
      return `${c.label} must be text.`;
  }
}

/** Message builders by locale, then by ajv keyword (`$data` variants apart). */
export const messages: Record<Locale, Record<string, Message>> = { vi, en };

/** How each ajv-formats format is described after "must be". */
export const formatNames: Record<Locale, Record<string, string>> = {
  vi: {
    date: 'một ngày hợp lệ, dạng dd/mm/yyyy (ví dụ 04/12/2015)',
    time: 'một giờ hợp lệ có múi giờ, ví dụ 14:30+07:00',
    'date-time': 'ngày giờ hợp lệ có múi giờ, ví dụ 04/12/2015 14:30 (+07:00)',
    'iso-time': 'một giờ hợp lệ, ví dụ 14:30',
    'iso-date-time': 'ngày giờ hợp lệ, ví dụ 04/12/2015 14:30',
    duration: 'một khoảng thời gian hợp lệ',
    email: 'một địa chỉ thư điện tử hợp lệ, ví dụ vanthu@donvi.gov.vn',
    hostname: 'một tên miền hợp lệ, ví dụ donvi.gov.vn',
    uri: 'một đường liên kết đầy đủ, bắt đầu bằng http:// hoặc https://',
    url: 'một đường liên kết đầy đủ, bắt đầu bằng http:// hoặc https://',
    'uri-reference': 'một đường liên kết hợp lệ',
    ipv4: 'một địa chỉ IPv4 hợp lệ, ví dụ 192.168.1.10',
    ipv6: 'một địa chỉ IPv6 hợp lệ',
    uuid: 'một mã UUID hợp lệ',
    regex: 'một biểu thức chính quy hợp lệ',
  },
  en: {
    date: 'a valid date, dd/mm/yyyy (e.g. 04/12/2015)',
    time: 'a valid time with its offset, e.g. 14:30+07:00',
    'date-time':
      'a valid date and time with its offset, e.g. 04/12/2015 14:30 (+07:00)',
    'iso-time': 'a valid time, e.g. 14:30',
    'iso-date-time': 'a valid date and time, e.g. 04/12/2015 14:30',
    duration: 'a valid duration',
    email: 'a valid e-mail address, e.g. office@agency.gov.vn',
    hostname: 'a valid host name, e.g. agency.gov.vn',
    uri: 'a full link starting with http:// or https://',
    url: 'a full link starting with http:// or https://',
    'uri-reference': 'a valid link',
    ipv4: 'a valid IPv4 address, e.g. 192.168.1.10',
    ipv6: 'a valid IPv6 address',
    uuid: 'a valid UUID',
    regex: 'a valid regular expression',
  },
};

/** Said of a format the table above does not describe. */
export const unknownFormat: Record<Locale, (format: string) => string> = {
  vi: (format) => `giá trị đúng định dạng ${format}`,
  en: (format) => `a value in the ${format} format`,
};

/** Suffix naming the table row of a field inside a repeating table. */
export const rowSuffix: Record<Locale, (row: number) => string> = {
  vi: (row) => ` (dòng ${row})`,
  en: (row) => ` (row ${row})`,
};

/** Joins the last two items of a list of choices. */
export const orWord: Record<Locale, string> = { vi: 'hoặc', en: 'or' };
