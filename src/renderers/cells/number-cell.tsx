import {
  isIntegerControl,
  isNumberControl,
  or,
  rankWith,
  type CellProps,
} from '@jsonforms/core';
import { withJsonFormsCellProps } from '@jsonforms/react';
import { decimalCodec, integerCodec } from '../common/codecs';
import { BoxCell } from './box-cell';

/** A number in a table cell, typed the Vietnamese way (1.234,5). */
export function NumberCell(props: CellProps) {
  const integer = props.schema.type === 'integer';

  return (
    <BoxCell
      {...props}
      codec={integer ? integerCodec : decimalCodec}
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

export default withJsonFormsCellProps(NumberCell);
