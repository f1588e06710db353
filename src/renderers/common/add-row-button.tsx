import type { ArrayControlProps } from '@jsonforms/core';
import { newRow } from './rows';
import { useWords } from './words';

/** The button under a list or table that adds a fresh row, when editable. */
export function AddRowButton({ array }: { array: ArrayControlProps }) {
  const words = useWords();
  if (!array.enabled) return null;

  return (
    <button
      type="button"
      className="bm-button bm-add bm-no-print"
      onClick={array.addItem(
        array.path,
        newRow(array.schema, array.rootSchema),
      )}
    >
      {words('addTooltip')}
    </button>
  );
}
