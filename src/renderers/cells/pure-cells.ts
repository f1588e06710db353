import type {
  CellProps,
  JsonFormsCellRendererRegistryEntry,
} from '@jsonforms/core';
import { memo, type ComponentType } from 'react';
import ConnectedBooleanCell, { BooleanCell } from './boolean-cell';
import ConnectedDateCell, { DateCell } from './date-cell';
import ConnectedNumberCell, { NumberCell } from './number-cell';
import ConnectedSelectCell, { SelectCell } from './select-cell';
import ConnectedTextCell, { TextCell } from './text-cell';

// Our registered cells, by the component JSON Forms would draw, mapped to
// the same cell without its connection to the JSON Forms context, redrawn
// only when its own props change.
const unconnected = new Map<unknown, ComponentType<CellProps>>([
  [ConnectedBooleanCell, memo(BooleanCell)],
  [ConnectedDateCell, memo(DateCell)],
  [ConnectedNumberCell, memo(NumberCell)],
  [ConnectedSelectCell, memo(SelectCell)],
  [ConnectedTextCell, memo(TextCell)],
]);

/**
 * Call when a table picks a column's cell: our own cells come back
 * unconnected, for the table to feed; another cell gives undefined and is
 * drawn through JSON Forms as usual.
 */
export function unconnectedCell(
  entry: JsonFormsCellRendererRegistryEntry | undefined,
): ComponentType<CellProps> | undefined {
  return entry ? unconnected.get(entry.cell) : undefined;
}
