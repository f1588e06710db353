import {
  isDateTimeControl,
  rankWith,
  type ControlProps,
} from '@jsonforms/core';
import { dateTimeCodec } from '../common/codecs';
import { BoxControl } from './box-control';
import { connectControl } from '../common/connections';

/**
 * Moments typed as `dd/mm/yyyy hh:mm` and stored as ISO with the offset of
 * this computer's zone at that moment (`+07:00` in Việt Nam).
 */
export function DateTimeControl(props: ControlProps) {
  return (
    <BoxControl
      {...props}
      codec={dateTimeCodec}
      inputAttributes={{
        placeholder: 'dd/mm/yyyy hh:mm',
        autoComplete: 'off',
        className: 'bm-date-time',
      }}
    />
  );
}

export const dateTimeControlTester = rankWith(4, isDateTimeControl);

export default connectControl(DateTimeControl);
