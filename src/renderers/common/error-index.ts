import { getControlPath, type JsonFormsCore } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';

/**
 * The errors of one check, filed by the field they are about, as text that
 * is equal when the errors are: a renderer compares what is filed near its
 * field instead of working out its props again for every new error list.
 */
export interface ErrorIndex {
  at: Map<string, string>;
  under: Map<string, string>;
  /** oneOf/anyOf errors change how JSON Forms files the others. */
  combinators: string;
}

const textOf = (error: ErrorObject) =>
  JSON.stringify([
    error.instancePath,
    error.keyword,
    error.message,
    error.params,
  ]);

function add(map: Map<string, string>, path: string, text: string) {
  map.set(path, (map.get(path) ?? '') + text);
}

function build(errors: ErrorObject[]): ErrorIndex {
  const index: ErrorIndex = {
    at: new Map(),
    under: new Map(),
    combinators: '',
  };
  for (const error of errors) {
    const path = getControlPath(error);
    const text = textOf(error);
    add(index.at, path, text);
    for (let dot = path.indexOf('.'); dot !== -1;) {
      add(index.under, path.slice(0, dot), text);
      dot = path.indexOf('.', dot + 1);
    }
    if (path !== '') add(index.under, '', text);
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      index.combinators += text;
    }
  }

  return index;
}

const built = new WeakMap<object, { errors: unknown; index: ErrorIndex }>();
const noErrors = build([]);

/** Call with the form's state: its errors filed, made once per list. */
export function errorIndexOf(core: JsonFormsCore | undefined): ErrorIndex {
  const additional = core?.additionalErrors ?? [];
  const own = core?.validationMode === 'ValidateAndHide' ? [] : core?.errors;
  if (additional.length === 0 && !own?.length) return noErrors;
  const known = built.get(additional);
  if (known && known.errors === own) return known.index;
  const index = build([...(own ?? []), ...additional]);
  built.set(additional, { errors: own, index });

  return index;
}

/**
 * What a renderer at `path` (dotted, '' for the root) can show of the
 * errors: those about its field, under it, or about a field holding it.
 */
export function errorsNear(index: ErrorIndex, path: string): string {
  if (index.at.size === 0) return '';
  let near = `${index.at.get(path) ?? ''}|${index.under.get(path) ?? ''}|`;
  for (let dot = path.lastIndexOf('.'); dot !== -1;) {
    near += index.at.get(path.slice(0, dot)) ?? '';
    dot = path.lastIndexOf('.', dot - 1);
  }

  return near + (index.at.get('') ?? '') + index.combinators;
}
