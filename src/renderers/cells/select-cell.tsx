import { rankWith, type CellProps } from '@jsonforms/core';
import { useChoiceField, valueOfChoice } from '../common/choices';
import { FieldErrors } from '../common/field';
import {
  useCellTranslate,
  withJsonFormsTranslate,
} from '../common/cell-translate';
import { wordsIn } from '../common/words';
import { isSingleChoice } from '../testers';
import { cellLabel } from './box-cell';
import { connectCell } from '../common/connections';

/** A single choice in a table cell, as a native `<select>`. */
export function SelectCell(props: CellProps) {
  const translate = useCellTranslate();
  const {
    id: inputId,
    options,
    errors,
    touch,
  } = useChoiceField(props, translate);
  const words = wordsIn(translate);
  if (!props.visible) return null;

  const index = options.findIndex((option) => option.value === props.data);

  return (
    <div className={`bm-cell${errors.length ? ' bm-invalid' : ''}`}>
      <select
        id={inputId}
        className="bm-input bm-select"
        value={index < 0 ? '' : String(index)}
        disabled={!props.enabled}
        aria-label={cellLabel(props)}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length ? `${inputId}-error` : undefined}
        onBlur={touch}
        onChange={(event) => {
          const choice = event.currentTarget.value;
          props.handleChange(props.path, valueOfChoice(options, choice));
        }}
      >
        <option value="">{words('none')}</option>
        {options.map((option, optionIndex) => (
          <option key={optionIndex} value={optionIndex}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${inputId}-error`} errors={errors} />
    </div>
  );
}

export const selectCellTester = rankWith(5, isSingleChoice);

export default connectCell(withJsonFormsTranslate(SelectCell));
