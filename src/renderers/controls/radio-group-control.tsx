import { rankWith, type ControlProps } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useChoiceField } from '../common/choices';
import { describedBy } from '../common/errors';
import { Field } from '../common/field';
import { useWords } from '../common/words';
import { isRadioChoice } from '../testers';
import { connectControl } from '../common/connections';

/**
 * A single choice as radio buttons (Có/Không, Đồng bộ/Riêng lẻ). An optional
 * question gets a "Bỏ chọn" button, since a radio cannot be unticked.
 */
export function RadioGroupControl(props: ControlProps) {
  const {
    id: groupId,
    options,
    errors,
    touch,
  } = useChoiceField(props, useJsonForms().i18n?.translate);
  const words = useWords();
  if (!props.visible) return null;

  const described = describedBy(groupId, props.description, errors);
  const clearable =
    props.enabled && !props.required && props.data !== undefined;

  return (
    <Field
      group
      inputId={groupId}
      label={props.label}
      required={props.required}
      description={props.description}
      describedBy={described}
      errors={errors}
    >
      <div className="bm-choices">
        {options.map((option, index) => (
          <label className="bm-choice" key={index}>
            <input
              type="radio"
              name={groupId}
              checked={props.data === option.value}
              disabled={!props.enabled}
              aria-invalid={errors.length > 0}
              onChange={() => props.handleChange(props.path, option.value)}
              onBlur={touch}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {clearable && (
          <button
            type="button"
            className="bm-link"
            onClick={() => props.handleChange(props.path, undefined)}
          >
            {words('clearChoice')}
          </button>
        )}
      </div>
    </Field>
  );
}

export const radioGroupControlTester = rankWith(20, isRadioChoice);

export default connectControl(RadioGroupControl);
