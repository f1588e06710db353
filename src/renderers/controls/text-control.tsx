import {
  isStringControl,
  rankWith,
  type ControlElement,
  type ControlProps,
  type JsonSchema,
} from '@jsonforms/core';
import type { InputHTMLAttributes } from 'react';
import { textCodec } from '../common/codecs';
import { BoxControl } from './box-control';
import { connectControl } from '../common/connections';

type Hints = InputHTMLAttributes<HTMLInputElement>;

const PHONE_KEY = /(phone|fax|tel)$/i;

/**
 * Keyboard hints for a phone's on-screen keyboard. Phone numbers have no
 * JSON Schema format, so a key ending in phone/fax or `options.format:
 * "phone"` marks them.
 */
export function textHints(schema: JsonSchema, uischema: ControlElement): Hints {
  const format = uischema.options?.format ?? schema.format;
  if (format === 'email') {
    return { inputMode: 'email', autoComplete: 'email', spellCheck: false };
  }
  if (format === 'uri' || format === 'url') {
    return { inputMode: 'url', spellCheck: false };
  }
  if (format === 'phone' || PHONE_KEY.test(uischema.scope)) {
    return { inputMode: 'tel', autoComplete: 'tel' };
  }

  return {};
}

/** Text questions, one line or several (`options.multi`); IME-safe. */
export function TextControl(props: ControlProps) {
  const uischema = props.uischema as ControlElement;

  return (
    <BoxControl
      {...props}
      codec={textCodec}
      multi={uischema.options?.multi === true}
      inputAttributes={{
        ...textHints(props.schema, uischema),
        maxLength: props.schema.maxLength,
      }}
    />
  );
}

export const textControlTester = rankWith(1, isStringControl);

export default connectControl(TextControl);
