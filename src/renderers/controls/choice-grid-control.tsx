import {
  composePaths,
  rankWith,
  type ControlElement,
  type ControlProps,
  type EnumOption,
  type OwnPropsOfControl,
} from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useId, type ComponentType } from 'react';
import { useChoices } from '../common/choices';
import { errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { useWords } from '../common/words';
import { isChoiceGrid, resolved } from '../testers';
import { connectControl } from '../common/connections';

/**
 * The printed "tick one column per row" tables (MỤC 5, MỤC 6): an object
 * whose properties share one `oneOf`. One row per property, one radio column
 * per option, the printed row numbers from `options.rowNumbers`.
 */
export function ChoiceGridControl(props: ControlProps) {
  const tableId = useId();
  const words = useWords();
  const keys = Object.keys(props.schema.properties ?? {});
  const firstRow = resolved(
    props.schema.properties?.[keys[0]] ?? {},
    props.rootSchema,
  );
  const columns = useChoices(
    firstRow,
    rowControl(keys[0]),
    composePaths(props.path, keys[0]),
    props.rootSchema,
    useJsonForms().i18n?.translate,
  );
  const { shown } = useErrorDisplay(props.config);
  if (!props.visible) return null;

  const options = (props.uischema as ControlElement).options ?? {};
  const rowNumbers: string[] = options.rowNumbers ?? [];
  const errors = shown ? errorLines(undefined, props.errors) : [];

  return (
    <div className="bm-field bm-grid-field">
      <table className="bm-grid">
        <caption className="bm-label">
          {props.label}
          {props.required && <span className="bm-required"> *</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="bm-tt">
              {words('rowNumber')}
            </th>
            <th scope="col">{options.rowHeader ?? words('rowHeader')}</th>
            {columns.map((column, index) => (
              <th scope="col" key={index} id={`${tableId}-col-${index}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key, index) => (
            <GridRow
              key={key}
              uischema={rowControl(key)}
              schema={props.schema}
              path={props.path}
              enabled={props.enabled}
              tableId={tableId}
              rowNumber={rowNumbers[index] ?? String(index + 1)}
              columns={columns}
            />
          ))}
        </tbody>
      </table>
      {props.description && (
        <p className="bm-description">{props.description}</p>
      )}
      <FieldErrors id={`${tableId}-error`} errors={errors} />
    </div>
  );
}

function rowControl(key: string): ControlElement {
  return { type: 'Control', scope: `#/properties/${key}` };
}

interface GridRowProps extends ControlProps {
  tableId: string;
  rowNumber: string;
  columns: EnumOption[];
}

function GridRowView(props: GridRowProps) {
  const rowId = useId();
  const { shown, touch } = useErrorDisplay(props.config);
  if (!props.visible) return null;

  const errors = shown ? errorLines(undefined, props.errors) : [];

  return (
    <tr className={errors.length ? 'bm-invalid' : undefined}>
      <td className="bm-tt">{props.rowNumber}</td>
      <th scope="row">
        <span id={`${rowId}-label`}>
          {props.label}
          {props.required && <span className="bm-required"> *</span>}
        </span>
        <FieldErrors id={`${rowId}-error`} errors={errors} />
      </th>
      {props.columns.map((column, index) => (
        <td key={index} className="bm-grid-cell">
          <input
            type="radio"
            name={rowId}
            checked={props.data === column.value}
            disabled={!props.enabled}
            aria-labelledby={`${rowId}-label ${props.tableId}-col-${index}`}
            aria-describedby={errors.length ? `${rowId}-error` : undefined}
            aria-invalid={errors.length > 0}
            onChange={() => props.handleChange(props.path, column.value)}
            onBlur={touch}
          />
        </td>
      ))}
    </tr>
  );
}

// The row's own ids and columns ride along as extra props, which the
// connector passes through untouched.
const GridRow = connectControl(
  GridRowView as ComponentType<ControlProps>,
) as unknown as ComponentType<
  OwnPropsOfControl & Pick<GridRowProps, 'tableId' | 'rowNumber' | 'columns'>
>;

export const choiceGridControlTester = rankWith(20, isChoiceGrid);

export default connectControl(ChoiceGridControl);
