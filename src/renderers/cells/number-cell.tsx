import {
  isIntegerControl,
  isNumberControl,
  or,
  rankWith,
  type CellProps,
  type ControlElement,
} from '@jsonforms/core';
import { numberCodec } from '../common/codecs';
import { BoxCell } from './box-cell';
import { withJsonFormsTranslate } from '../common/cell-translate';
import { connectCell } from '../common/connections';

/**
 * A number in a table cell, typed the Vietnamese way (1.234,5); the column's
 * `options.grouping: false` shows plain digits, for years.
 */
export function NumberCell(props: CellProps) {
  const integer = props.schema.type === 'integer';
  const grouping = (props.uischema as ControlElement).options?.grouping;

  return (
    <BoxCell
      {...props}
      codec={numberCodec(integer, grouping)}
      inputAttributes={{
        inputMode: integer ? 'numeric' : 'decimal',
        autoComplete: 'off',
        className: 'bm-number',
      }}
    />
  );
}

export const numberCellTester = rankWith(
  2,
  or(isIntegerControl, isNumberControl),
);

export default connectCell(withJsonFormsTranslate(NumberCell));
