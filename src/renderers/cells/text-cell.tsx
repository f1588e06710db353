import {
  isStringControl,
  rankWith,
  type CellProps,
  type ControlElement,
} from '@jsonforms/core';
import { textCodec } from '../common/codecs';
import { textHints } from '../controls/text-control';
import { BoxCell } from './box-cell';
import { withJsonFormsTranslate } from '../common/cell-translate';
import { connectCell } from '../common/connections';

/** Text in a table cell; IME-safe like the text question. */
export function TextCell(props: CellProps) {
  return (
    <BoxCell
      {...props}
      codec={textCodec}
      inputAttributes={textHints(
        props.schema,
        props.uischema as ControlElement,
      )}
    />
  );
}

export const textCellTester = rankWith(1, isStringControl);

export default connectCell(withJsonFormsTranslate(TextCell));
