import { rankWith, type CellProps } from '@jsonforms/core';
import { withJsonFormsCellProps } from '@jsonforms/react';
import { useId } from 'react';
import { useChoices } from '../common/choices';
import { errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { useWords } from '../common/words';
import { isSingleChoice } from '../testers';
import { cellLabel } from './box-cell';

/** A single choice in a table cell, as a native `<select>`. */
export function SelectCell(props: CellProps) {
  const inputId = useId();
  const { shown, touch } = useErrorDisplay(props.config);
  const options = useChoices(
    props.schema,
    props.uischema,
    props.path,
    props.rootSchema,
  );
  const words = useWords();
  if (!props.visible) return null;

  const errors = shown ? errorLines(undefined, props.errors) : [];
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
          const value = choice === '' ? undefined : options[+choice].value;
          props.handleChange(props.path, value);
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

export default withJsonFormsCellProps(SelectCell);
