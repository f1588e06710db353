import {
  isIntegerControl,
  isNumberControl,
  or,
  rankWith,
  type ControlElement,
  type ControlProps,
} from '@jsonforms/core';
import { numberCodec } from '../common/codecs';
import { BoxControl } from './box-control';
import { connectControl } from '../common/connections';

/**
 * Integers, decimals and percentages, typed the Vietnamese way (1.234,5).
 * A text box, not `type="number"`, because number inputs refuse the decimal
 * comma and silently empty themselves on text they cannot read. Text that is
 * not a number stays visible with an error and the stored value is removed,
 * so the required check also flags it. `options.grouping: false` in the UI
 * schema shows plain digits, for years.
 */
export function NumberControl(props: ControlProps) {
  const integer = props.schema.type === 'integer';
  const options = (props.uischema as ControlElement).options ?? {};
  const unsigned = (props.schema.minimum ?? -1) >= 0;

  return (
    <BoxControl
      {...props}
      codec={numberCodec(integer, options.grouping)}
      unit={options.unit}
      inputAttributes={{
        inputMode: integer && unsigned ? 'numeric' : 'decimal',
        autoComplete: 'off',
        className: 'bm-number',
      }}
    />
  );
}

export const numberControlTester = rankWith(
  2,
  or(isIntegerControl, isNumberControl),
);

export default connectControl(NumberControl);
