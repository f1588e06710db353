import type { CellProps, ControlElement } from '@jsonforms/core';
import { useId, type InputHTMLAttributes } from 'react';
import { useCellTranslate } from '../common/cell-translate';
import {
  shownLines,
  useErrorDisplay,
  savedUnreadableText,
  useReportUnreadable,
} from '../common/errors';
import { FieldErrors } from '../common/field';
import { useTextBox, type BoxCodec } from '../common/use-text-box';
import { problemTextIn } from '../common/problem-text';

export interface BoxCellProps<T> extends CellProps {
  codec: BoxCodec<T>;
  inputAttributes?: InputHTMLAttributes<HTMLInputElement>;
}

/**
 * The accessible name of a table cell: the table gives each cell's Control a
 * label naming its column and row.
 */
export function cellLabel(props: CellProps): string | undefined {
  const label = (props.uischema as ControlElement).label;

  return typeof label === 'string' ? label : undefined;
}

/**
 * A text box inside a table row, with its errors under it. It reads nothing
 * from the JSON Forms context, so typing in one cell redraws no other cell;
 * the form's re-render after a keystroke is deferred (see `useTextBox`).
 */
export function BoxCell<T>(props: BoxCellProps<T>) {
  const inputId = useId();
  const { config } = props;
  const { shown, touch } = useErrorDisplay(config);
  const problemText = problemTextIn(useCellTranslate());
  const { problem, inputProps } = useTextBox<T>(
    props.data,
    props.codec,
    (v) => props.handleChange(props.path, v),
    savedUnreadableText(config, props.path),
    true,
  );
  const why = problemText(problem);
  useReportUnreadable(config, props.path, why, problem?.text);
  if (!props.visible) return null;

  const errors = shown ? shownLines(why, props.errors) : [];
  const className = props.inputAttributes?.className ?? '';

  return (
    <div className={`bm-cell${errors.length ? ' bm-invalid' : ''}`}>
      <input
        type="text"
        {...props.inputAttributes}
        {...inputProps}
        id={inputId}
        className={`bm-input ${className}`.trim()}
        readOnly={!props.enabled}
        aria-label={cellLabel(props)}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length ? `${inputId}-error` : undefined}
        onBlur={(event) => {
          inputProps.onBlur(event);
          touch();
        }}
      />
      <FieldErrors id={`${inputId}-error`} errors={errors} />
    </div>
  );
}
