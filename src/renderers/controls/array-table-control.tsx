import {
  and,
  composePaths,
  getI18nKey,
  isObjectArrayControl,
  not,
  or,
  rankWith,
  type ArrayControlProps,
  type ControlElement,
  type JsonSchema,
} from '@jsonforms/core';
import {
  DispatchCell,
  useJsonForms,
  withJsonFormsArrayControlProps,
} from '@jsonforms/react';
import { useId, useMemo } from 'react';
import { errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { AddRowButton } from '../common/add-row-button';
import { removeRowIfConfirmed } from '../common/rows';
import { useWords } from '../common/words';
import { hasNestedItems, resolved, wantsCards, wantsTable } from '../testers';

interface Column {
  key: string;
  title: string;
  schema: JsonSchema;
}

/**
 * Repeating tables (danh sách dịch vụ công, sự cố...): one row per item, one
 * column per item property, the printed TT column, "Thêm dòng" under the
 * table and "Xóa" on each row after a confirmation.
 */
export function ArrayTableControl(props: ArrayControlProps) {
  const tableId = useId();
  const words = useWords();
  const translate = useJsonForms().i18n?.translate;
  const { shown } = useErrorDisplay(props.config);
  const columns = useMemo<Column[]>(
    () =>
      Object.entries(props.schema.properties ?? {}).map(([key, schema]) => {
        const title = schema.title ?? key;
        const id = getI18nKey(
          schema,
          undefined,
          `${props.path}.${key}`,
          'label',
        );

        return {
          key,
          title: translate ? translate(id, title) : title,
          schema: resolved(schema, props.rootSchema),
        };
      }),
    [props.schema, props.path, props.rootSchema, translate],
  );
  if (!props.visible) return null;

  const rows: unknown[] = Array.isArray(props.data) ? props.data : [];
  const widths: string[] =
    (props.uischema as ControlElement).options?.columnWidths ?? [];
  const errors = shown ? errorLines(undefined, props.errors) : [];

  function removeRow(index: number) {
    const rowLabel = `${props.label}, ${words('row')} ${index + 1}`;
    removeRowIfConfirmed(props, index, words('deleteDialogMessage'), rowLabel);
  }

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
            {rows.map((_, index) => (
              <tr key={index}>
                <td className="bm-tt">{index + 1}</td>
                {columns.map((column) => (
                  <td key={column.key}>
                    <DispatchCell
                      schema={column.schema}
                      uischema={cellControl(column, words('row'), index)}
                      path={composePaths(
                        composePaths(props.path, `${index}`),
                        column.key,
                      )}
                      enabled={props.enabled}
                    />
                  </td>
                ))}
                <td className="bm-no-print">
                  {props.enabled && (
                    <button
                      type="button"
                      className="bm-button bm-remove"
                      aria-label={`${words('removeAriaLabel')} ${index + 1}`}
                      onClick={() => removeRow(index)}
                    >
                      {words('removeTooltip')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldErrors id={`${tableId}-error`} errors={errors} />
      <AddRowButton array={props} />
    </div>
  );
}

/** A cell's Control; its label names column and row for screen readers. */
function cellControl(
  column: Column,
  row: string,
  index: number,
): ControlElement {
  return {
    type: 'Control',
    scope: `#/properties/${column.key}`,
    label: `${column.title}, ${row} ${index + 1}`,
  };
}

export const arrayTableControlTester = rankWith(
  5,
  and(
    isObjectArrayControl,
    or(wantsTable, and(not(wantsCards), not(hasNestedItems))),
  ),
);

export default withJsonFormsArrayControlProps(ArrayTableControl);
