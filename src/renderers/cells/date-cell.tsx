import {
  isDateControl,
  isDateTimeControl,
  rankWith,
  type CellProps,
} from '@jsonforms/core';
import { dateCodec, dateTimeCodec } from '../common/codecs';
import { BoxCell } from './box-cell';
import { withJsonFormsTranslate } from '../common/cell-translate';
import { connectCell } from '../common/connections';

/** A date (dd/mm/yyyy) or a date-time (dd/mm/yyyy hh:mm) in a table cell. */
export function DateCell(props: CellProps) {
  const withTime = props.schema.format === 'date-time';

  return (
    <BoxCell<string>
      {...props}
      codec={withTime ? dateTimeCodec : dateCodec}
      inputAttributes={{
        placeholder: withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy',
        autoComplete: 'off',
        className: 'bm-date',
      }}
    />
  );
}

export const dateCellTester = rankWith(4, isDateControl);

export const dateTimeCellTester = rankWith(4, isDateTimeControl);

export default connectCell(withJsonFormsTranslate(DateCell));
