import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '@jsonforms/core';
import {
  pointerSegments,
  schemaAtDataPointer,
  toPointer,
  type SchemaNode,
} from '../definition/schema-path';
import {
  describeExpected,
  formatNames,
  messages,
  orWord,
  rowSuffix,
  unknownFormat,
  type Locale,
  type MessageContext,
} from './messages';
import { findRootSchema } from './schema-registry';
import { SUM_KEYWORDS } from './sum-keywords';
import type { LabelResolver } from './translated-labels';

// Vietnamese messages name fields by their printed titles, unchanged.
const printedLabel: LabelResolver = (_pointer, printed) => printed;

const numberLocales: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

/** Format a number with the locale's grouping: 1.234,5 in Vietnamese. */
export function formatLimit(value: unknown, locale: Locale): string {
  if (typeof value === 'number') {
    return new Intl.NumberFormat(numberLocales[locale], {
      maximumFractionDigits: 10,
    }).format(value);
  }

  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A year-like field (a whole number between 1000 and 9999) is written 2015,
 * never grouped as 2.015.
 */
function isYearLike(schema: SchemaNode | undefined): boolean {
  const min = schema?.minimum;
  const max = schema?.maximum;

  return (
    schema?.type === 'integer' &&
    typeof min === 'number' &&
    typeof max === 'number' &&
    min >= 1000 &&
    max <= 9999
  );
}

/** Errors of `sumEquals`/`sumAtMost`, reported at the total. */
function isSumError(error: ErrorObject): boolean {
  return (SUM_KEYWORDS as readonly string[]).includes(error.keyword);
}

/** Errors of one branch of a oneOf/anyOf: the combinator's error says it. */
export function isCombinatorBranchError(error: ErrorObject): boolean {
  return /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath);
}

/** Data pointer of the field an error belongs to (the missing one for required). */
export function errorPointer(error: ErrorObject): string {
  const missing =
    error.keyword === 'required' ? error.params.missingProperty : undefined;

  return missing === undefined
    ? error.instancePath
    : error.instancePath + toPointer([missing]);
}

function titleOf(node: SchemaNode | undefined): string | undefined {
  return typeof node?.title === 'string' ? node.title : undefined;
}

function propertyTitle(
  parent: SchemaNode | undefined,
  key: string,
): string | undefined {
  const props = parent?.properties as Record<string, SchemaNode> | undefined;

  return titleOf(props?.[key]);
}

function rowLabel(pointer: string, label: string, locale: Locale): string {
  const rows = pointerSegments(pointer).filter((s) => /^\d+$/.test(s));
  if (rows.length === 0) return label;

  return label + rowSuffix[locale](Number(rows[rows.length - 1]) + 1);
}

/** Title of the field an error is about, with its table row when in one. */
export function errorLabel(
  error: ErrorObject,
  locale: Locale,
  root?: JsonSchema,
  labelOf: LabelResolver = printedLabel,
): string {
  const parent = error.parentSchema as SchemaNode | undefined;
  const schema = root ?? findRootSchema(parent);
  const pointer = errorPointer(error);
  let label: string | undefined;
  if (error.keyword === 'required' || isSumError(error)) {
    const key = error.params.missingProperty ?? error.params.total;
    label = propertyTitle(parent, key);
  } else {
    label = titleOf(parent);
  }
  // A `then` branch lists required keys without their titles: the field's
  // own schema, found through the data pointer, has them.
  label ??= schema && titleOf(schemaAtDataPointer(schema, pointer));
  label ??= pointerSegments(pointer).pop() ?? '';

  return rowLabel(pointer, labelOf(pointer, label), locale);
}

/** Resolve a relative JSON pointer ('1/total') against an instance path. */
function resolveRelative(instancePath: string, relative: string): string {
  const match = /^(\d+)(.*)$/.exec(relative);
  if (!match) return relative;
  const up = Number(match[1]);
  const base = pointerSegments(instancePath);

  return toPointer(base.slice(0, base.length - up)) + match[2];
}

function otherFieldLabel(
  error: ErrorObject,
  labelOf: LabelResolver,
  root?: JsonSchema,
): string {
  const parent = error.parentSchema as SchemaNode | undefined;
  const ref = (parent?.[error.keyword] as { $data?: string })?.$data ?? '';
  const pointer = resolveRelative(error.instancePath, ref);
  const schema = root ?? findRootSchema(parent);
  const title = schema && titleOf(schemaAtDataPointer(schema, pointer));

  return title === undefined
    ? (pointerSegments(pointer).pop() ?? ref)
    : labelOf(pointer, title);
}

function choicesOf(node: SchemaNode | undefined, locale: Locale): string {
  const options = Array.isArray(node?.oneOf)
    ? (node.oneOf as SchemaNode[]).map((o) => titleOf(o) ?? String(o.const))
    : Array.isArray(node?.enum)
      ? node.enum.map(String)
      : [];
  if (options.length < 2) return options.join('');

  return `${options.slice(0, -1).join(', ')} ${orWord[locale]} ${options.at(-1)}`;
}

function isDataRef(error: ErrorObject): boolean {
  const parent = error.parentSchema as SchemaNode | undefined;
  const value = parent?.[error.keyword] as { $data?: unknown } | undefined;

  return typeof value === 'object' && value !== null && '$data' in value;
}

/** A sibling property's title, through the resolver, by its key. */
function siblingLabel(
  error: ErrorObject,
  key: string,
  labelOf: LabelResolver,
): string | undefined {
  const title = propertyTitle(error.parentSchema as SchemaNode, key);
  // A sum is reported at its total, one level below the object.
  const object = isSumError(error)
    ? toPointer(pointerSegments(error.instancePath).slice(0, -1))
    : error.instancePath;

  return title && labelOf(object + toPointer([key]), title);
}

function contextFor(
  error: ErrorObject,
  locale: Locale,
  root: JsonSchema | undefined,
  labelOf: LabelResolver,
): MessageContext {
  const parent = error.parentSchema as SchemaNode | undefined;
  const p = error.params;
  const label = errorLabel(error, locale, root, labelOf);
  const context: MessageContext = { label };
  const limit = p.limit ?? p.allowedValue ?? p.multipleOf;
  if (limit !== undefined) {
    context.limit =
      typeof limit === 'number' && isYearLike(parent)
        ? String(limit)
        : formatLimit(limit, locale);
  }
  if (isDataRef(error)) {
    context.otherLabel = otherFieldLabel(error, labelOf, root);
  }
  if (typeof parent?.description === 'string') {
    Object.assign(
      context,
      describeExpected(
        labelOf(error.instancePath, parent.description, 'description'),
      ),
    );
  }
  context.choices = choicesOf(parent, locale);
  if (error.keyword === 'type') {
    context.type = Array.isArray(p.type) ? p.type[0] : p.type;
  }
  if (error.keyword === 'format') {
    context.format =
      formatNames[locale][p.format] ?? unknownFormat[locale](p.format);
  }
  if (error.keyword === 'additionalProperties') {
    context.property = p.additionalProperty;
  }
  if (error.keyword === 'dependencies') {
    context.label = siblingLabel(error, p.property, labelOf) ?? p.property;
    context.property = siblingLabel(error, p.missingProperty, labelOf);
  }
  if (error.keyword === 'uniqueItems') context.rows = [p.j + 1, p.i + 1];
  if (isSumError(error)) {
    const parts = (p.parts as string[]).map((k) =>
      siblingLabel(error, k, labelOf),
    );
    context.parts = parts.join(', ');
    context.sum = formatLimit(p.sum, locale);
    context.value = formatLimit(p.value, locale);
  }

  return context;
}

/**
 * Turn one ajv error into a message for people: call it for every error you
 * show, or hand it to JSON Forms as `i18n.translateError`. Returns '' for an
 * error inside a oneOf/anyOf branch, which the combinator's own error covers.
 * `labelOf` names fields in another language (see `translatedLabels`);
 * without it, fields keep their printed Vietnamese titles.
 */
export function translateAjvError(
  error: ErrorObject,
  locale: Locale = 'vi',
  rootSchema?: JsonSchema,
  labelOf?: LabelResolver,
): string {
  if (isCombinatorBranchError(error)) return '';
  // Passed straight to JSON Forms, the second argument is its translator.
  const lang: Locale = locale === 'en' ? 'en' : 'vi';
  const table = messages[lang];
  const name = isDataRef(error) ? `${error.keyword}$data` : error.keyword;
  const build = table[name] ?? table[error.keyword] ?? table.unknown;

  return build(contextFor(error, lang, rootSchema, labelOf ?? printedLabel));
}

/**
 * An error translator for JSON Forms' `i18n.translateError`, in one locale:
 * `<JsonForms i18n={{ locale, translateError: createErrorTranslator('vi') }}>`.
 */
export function createErrorTranslator(
  locale: Locale = 'vi',
): (error: ErrorObject) => string {
  return (error) => translateAjvError(error, locale);
}
