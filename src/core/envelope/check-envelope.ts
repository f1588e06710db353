import type { JsonSchema } from '@jsonforms/core';
import type { ValidateFunction } from 'ajv';
import { schemaIdFor } from '../definition/names';
import { createAjv } from '../validation/create-ajv';
import { errorPointer, translateAjvError } from '../validation/translate-error';
import { envelopeSchema, type Envelope } from './envelope-schema';

/** One thing wrong with a received envelope, in Vietnamese. */
export interface EnvelopeProblem {
  pointer: string;
  message: string;
}

let validateEnvelope: ValidateFunction | undefined;

function validator(): ValidateFunction {
  validateEnvelope ??= createAjv().compile(envelopeSchema);

  return validateEnvelope;
}

/**
 * Check a received body is a well-formed envelope (not whether its answers
 * are valid: that needs the form's definition). Call it first on the server.
 */
export function checkEnvelope(
  body: unknown,
): { ok: true; envelope: Envelope } | { ok: false; errors: EnvelopeProblem[] } {
  const validate = validator();
  if (!validate(body)) {
    const errors = (validate.errors ?? []).map((error) => ({
      pointer: errorPointer(error),
      message: translateAjvError(
        error,
        'vi',
        envelopeSchema as unknown as JsonSchema,
      ),
    }));
    return { ok: false, errors };
  }
  const envelope = body as Envelope;
  const expected = schemaIdFor(envelope.formId, envelope.formVersion);
  if (envelope.schemaId !== expected) {
    const message = `Mã lược đồ phải là "${expected}" cho biểu mẫu và phiên bản đã ghi; hãy gửi lại từ ứng dụng.`;
    return { ok: false, errors: [{ pointer: '/schemaId', message }] };
  }

  return { ok: true, envelope };
}
