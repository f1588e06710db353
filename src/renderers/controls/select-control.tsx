import { rankWith, type ControlProps } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useChoiceField, valueOfChoice } from '../common/choices';
import { describedBy } from '../common/errors';
import { Field } from '../common/field';
import { useWords } from '../common/words';
import { isSingleChoice } from '../testers';
import { connectControl } from '../common/connections';

const UNLISTED = 'unlisted';

/**
 * A single choice as a native `<select>`, for choices the form does not ask
 * to show as radios. A stored value no longer in the list stays visible.
 */
export function SelectControl(props: ControlProps) {
  const {
    id: inputId,
    options,
    errors,
    touch,
  } = useChoiceField(props, useJsonForms().i18n?.translate);
  const words = useWords();
  if (!props.visible) return null;

  const index = options.findIndex((option) => option.value === props.data);
  const unlisted = props.data !== undefined && index < 0;
  const selected = unlisted ? UNLISTED : index < 0 ? '' : String(index);

  return (
    <Field
      inputId={inputId}
      label={props.label}
      required={props.required}
      description={props.description}
      errors={errors}
    >
      <select
        id={inputId}
        className="bm-input bm-select"
        value={selected}
        disabled={!props.enabled}
        aria-invalid={errors.length > 0}
        aria-required={props.required || undefined}
        aria-describedby={describedBy(inputId, props.description, errors)}
        onBlur={touch}
        onChange={(event) => {
          const choice = event.currentTarget.value;
          if (choice === UNLISTED) return;
          props.handleChange(props.path, valueOfChoice(options, choice));
        }}
      >
        <option value="">{words('none')}</option>
        {unlisted && <option value={UNLISTED}>{String(props.data)}</option>}
        {options.map((option, optionIndex) => (
          <option key={optionIndex} value={optionIndex}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export const selectControlTester = rankWith(5, isSingleChoice);

export default connectControl(SelectControl);
