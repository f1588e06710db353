import {
  composePaths,
  type CellProps,
  type ControlElement,
  type JsonSchema,
} from '@jsonforms/core';
import { DispatchCell } from '@jsonforms/react';
import { memo, useMemo, type ComponentType } from 'react';

/** One column of a repeating table and the cell that draws it. */
export interface TableColumn {
  key: string;
  title: string;
  schema: JsonSchema;
  /** Undefined: a cell we do not know, drawn through JSON Forms. */
  Cell?: ComponentType<CellProps>;
}

export interface TableRowProps {
  index: number;
  /** This row's answers; a keystroke elsewhere leaves it the same object. */
  row: unknown;
  columns: TableColumn[];
  tablePath: string;
  enabled: boolean;
  /** Each column's error text, '' for none. */
  errors: string[];
  config: unknown;
  rootSchema: JsonSchema;
  /** The word "row" in the form's language, for the cells' labels. */
  rowWord: string;
  removeText: string;
  removeLabel: string;
  handleChange: (path: string, value: unknown) => void;
  onRemove: (index: number) => void;
}

/** A cell's Control; its label names column and row for screen readers. */
export function cellControl(
  column: Pick<TableColumn, 'key' | 'title'>,
  rowWord: string,
  index: number,
): ControlElement {
  return {
    type: 'Control',
    scope: `#/properties/${column.key}`,
    label: `${column.title}, ${rowWord} ${index + 1}`,
  };
}

/** The JSON Forms path of a cell. */
export function cellPath(tablePath: string, index: number, key: string) {
  return composePaths(composePaths(tablePath, `${index}`), key);
}

function TableRowView(props: TableRowProps) {
  const { columns, index, rowWord } = props;
  const controls = useMemo(
    () => columns.map((column) => cellControl(column, rowWord, index)),
    [columns, rowWord, index],
  );
  const values = (props.row ?? {}) as Record<string, unknown>;

  return (
    <tr>
      <td className="bm-tt">{index + 1}</td>
      {columns.map((column, at) => {
        const path = cellPath(props.tablePath, index, column.key);
        const { Cell } = column;

        return (
          <td key={column.key}>
            {Cell ? (
              <Cell
                id=""
                data={values[column.key]}
                path={path}
                schema={column.schema}
                uischema={controls[at]}
                rootSchema={props.rootSchema}
                config={props.config}
                enabled={props.enabled}
                visible
                errors={props.errors[at] ?? ''}
                isValid={!props.errors[at]}
                handleChange={props.handleChange}
              />
            ) : (
              <DispatchCell
                schema={column.schema}
                uischema={controls[at]}
                path={path}
                enabled={props.enabled}
              />
            )}
          </td>
        );
      })}
      <td className="bm-no-print">
        {props.enabled && (
          <button
            type="button"
            className="bm-button bm-remove"
            aria-label={`${props.removeLabel} ${index + 1}`}
            onClick={() => props.onRemove(index)}
          >
            {props.removeText}
          </button>
        )}
      </td>
    </tr>
  );
}

function sameRow(before: TableRowProps, after: TableRowProps): boolean {
  const keys = Object.keys(after) as (keyof TableRowProps)[];

  return keys.every((key) =>
    key === 'errors'
      ? before.errors.length === after.errors.length &&
        before.errors.every((text, at) => text === after.errors[at])
      : before[key] === after[key],
  );
}

/**
 * One row of a repeating table. It redraws only when its own answers, its
 * errors or the table around it change, so a keystroke in one row leaves
 * the other rows alone.
 */
export const TableRow = memo(TableRowView, sameRow);
