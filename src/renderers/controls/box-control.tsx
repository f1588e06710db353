import type { ControlProps } from '@jsonforms/core';
import { useId, type InputHTMLAttributes } from 'react';
import {
  describedBy,
  shownLines,
  useErrorDisplay,
  savedUnreadableText,
  useReportUnreadable,
} from '../common/errors';
import { Field } from '../common/field';
import { useTextBox, type BoxCodec } from '../common/use-text-box';
import { useProblemText } from '../common/problem-text';

export interface BoxControlProps<T> extends ControlProps {
  codec: BoxCodec<T>;
  /** Keyboard hints and the like for the `<input>`. */
  inputAttributes?: InputHTMLAttributes<HTMLInputElement>;
  /** A `<textarea>` instead of a one-line box. */
  multi?: boolean;
  unit?: string;
}

/**
 * One labelled text box bound to one value through a codec: what text,
 * number, date and date-time questions share.
 */
export function BoxControl<T>(props: BoxControlProps<T>) {
  const inputId = useId();
  const { shown, touch } = useErrorDisplay(props.config);
  const problemText = useProblemText();
  const { problem, inputProps } = useTextBox<T>(
    props.data,
    props.codec,
    (v) => props.handleChange(props.path, v),
    savedUnreadableText(props.config, props.path),
  );
  const why = problemText(problem);
  useReportUnreadable(props.config, props.path, why, problem?.text);
  if (!props.visible) return null;

  const errors = shown ? shownLines(why, props.errors) : [];
  const shared = {
    ...inputProps,
    id: inputId,
    className: `bm-input ${props.inputAttributes?.className ?? ''}`.trim(),
    readOnly: !props.enabled,
    'aria-invalid': errors.length > 0,
    'aria-required': props.required || undefined,
    'aria-describedby': describedBy(inputId, props.description, errors),
    onBlur: (
      event: React.FocusEvent<HTMLInputElement & HTMLTextAreaElement>,
    ) => {
      inputProps.onBlur(event);
      touch();
    },
  };

  return (
    <Field
      inputId={inputId}
      label={props.label}
      required={props.required}
      description={props.description}
      errors={errors}
      unit={props.unit}
    >
      {props.multi ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input type="text" {...props.inputAttributes} {...shared} />
      )}
    </Field>
  );
}
