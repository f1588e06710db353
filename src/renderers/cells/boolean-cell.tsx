import { isBooleanControl, rankWith, type CellProps } from '@jsonforms/core';
import { cellLabel } from './box-cell';
import { connectCell } from '../common/connections';

/** A tick box in a table cell. */
export function BooleanCell(props: CellProps) {
  if (!props.visible) return null;

  return (
    <div className="bm-cell bm-cell-center">
      <input
        type="checkbox"
        checked={props.data === true}
        disabled={!props.enabled}
        aria-label={cellLabel(props)}
        onChange={(event) =>
          props.handleChange(props.path, event.currentTarget.checked)
        }
      />
    </div>
  );
}

export const booleanCellTester = rankWith(2, isBooleanControl);

export default connectCell(BooleanCell);
