import {
  Actions,
  and,
  getI18nKey,
  isObjectArrayControl,
  not,
  or,
  rankWith,
  type ArrayControlProps,
  type ControlElement,
  type JsonFormsCellRendererRegistryEntry,
  type JsonSchema,
  type TesterContext,
} from '@jsonforms/core';
import { useJsonForms, type JsonFormsStateContext } from '@jsonforms/react';
import { useCallback, useId, useMemo, useRef } from 'react';
import { unconnectedCell } from '../cells/pure-cells';
import { CellTranslateProvider } from '../common/cell-translate';
import { errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { AddRowButton } from '../common/add-row-button';
import { removeRowIfConfirmed } from '../common/rows';
import { useWords } from '../common/words';
import { hasNestedItems, resolved, wantsCards, wantsTable } from '../testers';
import { cellErrors, hasErrorsUnder } from './table-cell-errors';
import { cellControl, cellPath, TableRow, type TableColumn } from './table-row';
import { connectArray } from '../common/connections';

// The cell JSON Forms would pick for a column, by the same testers.
function bestCell(
  cells: JsonFormsCellRendererRegistryEntry[],
  control: ControlElement,
  schema: JsonSchema,
  context: TesterContext,
) {
  let best: JsonFormsCellRendererRegistryEntry | undefined;
  let bestRank = -1;
  for (const entry of cells) {
    const rank = entry.tester(control, schema, context);
    if (rank > bestRank) [best, bestRank] = [entry, rank];
  }

  return best;
}

// Columns, their titles and their cells change only with the definition,
// the language or the registered cells, never with a keystroke.
function useColumns(props: ArrayControlProps, ctx: JsonFormsStateContext) {
  const translate = ctx.i18n?.translate;
  const { cells, config } = ctx;
  const { schema, path, rootSchema } = props;

  return useMemo<TableColumn[]>(
    () =>
      Object.entries(schema.properties ?? {}).map(([key, property]) => {
        const title = property.title ?? key;
        const id = getI18nKey(property, undefined, `${path}.${key}`, 'label');
        const column = {
          key,
          title: translate ? translate(id, title) : title,
          schema: resolved(property, rootSchema),
        };
        const entry = bestCell(
          cells ?? [],
          cellControl(column, '', 0),
          column.schema,
          { rootSchema, config },
        );

        return { ...column, Cell: unconnectedCell(entry) };
      }),
    [schema, path, rootSchema, translate, cells, config],
  );
}

// Each row's error texts; rows with no error under them share one array.
function errorsByRow(
  ctx: JsonFormsStateContext,
  props: ArrayControlProps,
  columns: TableColumn[],
  rows: unknown[],
  rowWord: string,
): string[][] {
  const none = columns.map(() => '');
  if (!hasErrorsUnder(ctx, props.path)) return rows.map(() => none);

  return rows.map((_, index) =>
    hasErrorsUnder(ctx, `${props.path}.${index}`)
      ? cellErrors(
          ctx,
          columns.map((column) => ({
            path: cellPath(props.path, index, column.key),
            schema: column.schema,
            uischema: cellControl(column, rowWord, index),
          })),
        )
      : none,
  );
}

/**
 * Repeating tables (danh sách dịch vụ công, sự cố...): one row per item, one
 * column per item property, the printed TT column, "Thêm dòng" under the
 * table and "Xóa" on each row after a confirmation. The table feeds its
 * cells itself, so a keystroke redraws only the cell typed into.
 */
export function ArrayTableControl(props: ArrayControlProps) {
  const tableId = useId();
  const words = useWords();
  const ctx = useJsonForms();
  const { shown } = useErrorDisplay(props.config);
  const columns = useColumns(props, ctx);
  const { dispatch } = ctx;
  // What a connected cell's handleChange does, made once per form.
  const handleChange = useCallback(
    (path: string, value: unknown) =>
      dispatch?.(Actions.update(path, () => value)),
    [dispatch],
  );
  // Rows get one remover that never changes, so it never redraws them.
  const latest = useRef({ props, words });
  latest.current = { props, words };
  const removeRow = useCallback((index: number) => {
    const { props: array, words: say } = latest.current;
    const rowLabel = `${array.label}, ${say('row')} ${index + 1}`;
    removeRowIfConfirmed(array, index, say, rowLabel);
  }, []);
  if (!props.visible) return null;

  const rows: unknown[] = Array.isArray(props.data) ? props.data : [];
  const widths: string[] =
    (props.uischema as ControlElement).options?.columnWidths ?? [];
  const errors = shown ? errorLines(undefined, props.errors) : [];
  const rowErrors = errorsByRow(ctx, props, columns, rows, words('row'));

  return (
    <div className="bm-field bm-table-field">
      <div className="bm-scroll">
        <table className="bm-table" aria-labelledby={`${tableId}-caption`}>
          <caption id={`${tableId}-caption`} className="bm-label">
            {props.label}
            {props.required && <span className="bm-required"> *</span>}
          </caption>
          <colgroup>
            <col className="bm-tt" />
            {columns.map((column, index) => (
              <col key={column.key} style={{ width: widths[index] }} />
            ))}
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{words('rowNumber')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.title}
                </th>
              ))}
              <th scope="col" className="bm-no-print">
                <span className="bm-visually-hidden">
                  {words('removeTooltip')}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 2} className="bm-empty">
                  {words('noDataMessage')}
                </td>
              </tr>
            )}
            <CellTranslateProvider value={ctx.i18n?.translate}>
              {rows.map((row, index) => (
                <TableRow
                  key={index}
                  index={index}
                  row={row}
                  columns={columns}
                  tablePath={props.path}
                  enabled={props.enabled}
                  errors={rowErrors[index]}
                  config={props.config}
                  rootSchema={props.rootSchema}
                  rowWord={words('row')}
                  removeText={words('removeTooltip')}
                  removeLabel={words('removeAriaLabel')}
                  handleChange={handleChange}
                  onRemove={removeRow}
                />
              ))}
            </CellTranslateProvider>
          </tbody>
        </table>
      </div>
      <FieldErrors id={`${tableId}-error`} errors={errors} />
      <AddRowButton array={props} />
    </div>
  );
}

export const arrayTableControlTester = rankWith(
  5,
  and(
    isObjectArrayControl,
    or(wantsTable, and(not(wantsCards), not(hasNestedItems))),
  ),
);

export default connectArray(ArrayTableControl);
