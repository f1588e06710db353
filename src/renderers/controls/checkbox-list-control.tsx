import { rankWith, type ControlProps } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useChoiceField } from '../common/choices';
import { describedBy } from '../common/errors';
import { Field } from '../common/field';
import { isMultiChoice } from '../testers';
import { connectControl } from '../common/connections';

/**
 * Non-exclusive choices as checkboxes. The stored array keeps the form's
 * order whatever order they were ticked in; unticking all removes it.
 */
export function CheckboxListControl(props: ControlProps) {
  const {
    id: groupId,
    options,
    errors,
    touch,
  } = useChoiceField(props, useJsonForms().i18n?.translate);
  if (!props.visible) return null;

  const chosen: unknown[] = Array.isArray(props.data) ? props.data : [];

  function toggle(value: unknown) {
    const ticked = chosen.includes(value);
    const next = options
      .map((option) => option.value)
      .filter((v) => (v === value ? !ticked : chosen.includes(v)));
    props.handleChange(props.path, next.length > 0 ? next : undefined);
  }

  return (
    <Field
      group
      inputId={groupId}
      label={props.label}
      required={props.required}
      description={props.description}
      describedBy={describedBy(groupId, props.description, errors)}
      errors={errors}
    >
      <div className="bm-choices">
        {options.map((option, index) => (
          <label className="bm-choice" key={index}>
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              disabled={!props.enabled}
              aria-invalid={errors.length > 0}
              onChange={() => toggle(option.value)}
              onBlur={touch}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </Field>
  );
}

export const checkboxListControlTester = rankWith(5, isMultiChoice);

export default connectControl(CheckboxListControl);
