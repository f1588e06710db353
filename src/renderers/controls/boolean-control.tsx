import { isBooleanControl, rankWith, type ControlProps } from '@jsonforms/core';
import { useId } from 'react';
import { describedBy, errorLines, useErrorDisplay } from '../common/errors';
import { FieldErrors } from '../common/field';
import { connectControl } from '../common/connections';

/** A yes/no tick box with its label beside it. */
export function BooleanControl(props: ControlProps) {
  const inputId = useId();
  const { shown, touch } = useErrorDisplay(props.config);
  if (!props.visible) return null;

  const errors = shown ? errorLines(undefined, props.errors) : [];

  return (
    <div className="bm-field bm-boolean">
      <label className="bm-choice">
        <input
          id={inputId}
          type="checkbox"
          checked={props.data === true}
          disabled={!props.enabled}
          aria-invalid={errors.length > 0}
          aria-describedby={describedBy(inputId, props.description, errors)}
          onChange={(event) =>
            props.handleChange(props.path, event.currentTarget.checked)
          }
          onBlur={touch}
        />
        <span className="bm-label">
          {props.label}
          {props.required && <span className="bm-required"> *</span>}
        </span>
      </label>
      {props.description && (
        <p id={`${inputId}-description`} className="bm-description">
          {props.description}
        </p>
      )}
      <FieldErrors id={`${inputId}-error`} errors={errors} />
    </div>
  );
}

export const booleanControlTester = rankWith(2, isBooleanControl);

export default connectControl(BooleanControl);
