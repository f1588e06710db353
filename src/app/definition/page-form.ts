import type { FormDefinition } from '../../core/definition/types';
import { compileForm, type CompiledForm } from '../../core/validation';

// The compiled code of a long form's checks takes megabytes and a phone has
// few: the page keeps the sections being worked on compiled, and for the
// others only their last errors, which stay right until their answers change.
const KEEP_COMPILED_SECTIONS = 2;

/** Call instead of `compileForm` anywhere on the page, so all share one. */
export function pageForm(definition: FormDefinition): CompiledForm {
  return compileForm(definition, { keepCompiled: KEEP_COMPILED_SECTIONS });
}
