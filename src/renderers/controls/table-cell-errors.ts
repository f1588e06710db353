import {
  getCombinedErrorMessage,
  getErrorAt,
  getErrorTranslator,
  getTranslator,
  type ControlElement,
  type JsonFormsState,
  type JsonSchema,
} from '@jsonforms/core';
import type { JsonFormsStateContext } from '@jsonforms/react';

/** What one cell of a table needs to find its errors. */
export interface CellAddress {
  path: string;
  schema: JsonSchema;
  uischema: ControlElement;
}

function instancePathOf(path: string): string {
  return `/${path.replace(/\./g, '/')}`;
}

/**
 * Call once per table render: says whether any error lies under `path`, so
 * rows without one skip the per-cell lookups.
 */
export function hasErrorsUnder(ctx: JsonFormsStateContext, path: string) {
  const prefix = instancePathOf(path);
  const core = ctx.core;
  const errors = [...(core?.errors ?? []), ...(core?.additionalErrors ?? [])];

  return errors.some((error) => error.instancePath.startsWith(prefix));
}

/**
 * The error text of each cell, exactly as JSON Forms would give a connected
 * cell (same lookup, same translators), computed by the table instead.
 */
export function cellErrors(
  ctx: JsonFormsStateContext,
  cells: CellAddress[],
): string[] {
  const state = { jsonforms: ctx } as JsonFormsState;
  const translate = getTranslator()(state);
  const translateError = getErrorTranslator()(state);

  return cells.map((cell) =>
    getCombinedErrorMessage(
      getErrorAt(cell.path, cell.schema)(state),
      translateError,
      translate,
      cell.schema,
      cell.uischema,
      cell.path,
    ),
  );
}
