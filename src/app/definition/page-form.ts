import type { FormDefinition } from '../../core/definition/types';
import {
  compileForm,
  type CheckedAnswers,
  type CompiledForm,
} from '../../core/validation/compile-form';
import type { Locale } from '../../core/validation/messages';
import { loadCompiler } from './load-compiler';
import { precompiledPartsOf } from './precompiled-checks';

// The compiled code of a long form's checks takes megabytes and a phone has
// few: the page keeps the sections being worked on compiled, and for the
// others only their last errors, which stay right until their answers change.
const KEEP_COMPILED_SECTIONS = 2;

/** Call instead of `compileForm` anywhere on the page, so all share one. */
export function pageForm(definition: FormDefinition): CompiledForm {
  return compileForm(definition, {
    keepCompiled: KEEP_COMPILED_SECTIONS,
    precompiled: precompiledPartsOf(definition),
  });
}

/**
 * Check answers now, in one go: with the validators generated ahead of time
 * when the page has them for this definition, else after loading Ajv's
 * compiler.
 */
export async function checkOnPage(
  definition: FormDefinition,
  answers: unknown,
  locale: Locale,
): Promise<CheckedAnswers> {
  if (!precompiledPartsOf(definition)) await loadCompiler();

  return pageForm(definition).checkInSteps(answers, locale, async () => {});
}
