import type { ErrorObject } from 'ajv';
import { valueAtKeys } from '../../core/answers/value-at';
import { pointerSegments } from '../../core/definition/schema-path';

// The field an error is about: its own place, or the missing property.
function fieldOf(error: ErrorObject): string[] {
  const at = pointerSegments(error.instancePath);
  const missing = error.params?.missingProperty;

  return typeof missing === 'string' ? [...at, missing] : at;
}

/**
 * Call when a check comes back: its errors minus those about a field that
 * was changed since the answers it checked. The check runs at idle, so
 * without this a box just left could show, for a moment, an error about a
 * value it no longer holds (and move what the mouse was pressing). The
 * next check brings that field's errors back if they still hold.
 */
export function freshFieldErrors(
  errors: ErrorObject[],
  checked: unknown,
  latest: unknown,
): ErrorObject[] {
  if (checked === latest) return errors;

  return errors.filter((error) => {
    const field = fieldOf(error);
    return valueAtKeys(checked, field) === valueAtKeys(latest, field);
  });
}

/**
 * Call as a change to the field at JSON Forms' dotted `path` is made: the
 * errors shown, minus those about that field or inside it.
 */
export function withoutErrorsAt(
  errors: ErrorObject[],
  path: string,
): ErrorObject[] {
  const changed = path === '' ? [] : path.split('.');
  const kept = errors.filter((error) => {
    const field = fieldOf(error);
    return !changed.every((key, i) => field[i] === key);
  });

  return kept.length === errors.length ? errors : kept;
}
