import { isDateControl, rankWith, type ControlProps } from '@jsonforms/core';
import { dateCodec } from '../common/codecs';
import { BoxControl } from './box-control';
import { connectControl } from '../common/connections';

/**
 * Dates typed as dd/mm/yyyy and stored as YYYY-MM-DD. An impossible date
 * (31/02) stays in the box with an error and is not stored; an emptied box
 * removes the value and its error.
 */
export function DateControl(props: ControlProps) {
  return (
    <BoxControl
      {...props}
      codec={dateCodec}
      inputAttributes={{
        placeholder: 'dd/mm/yyyy',
        autoComplete: 'off',
        className: 'bm-date',
      }}
    />
  );
}

export const dateControlTester = rankWith(4, isDateControl);

export default connectControl(DateControl);
