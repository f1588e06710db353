import type { ErrorObject } from 'ajv';
import type { FormDefinition } from '../definition/types';
import type { Answers } from '../answers/normalize';
import { normalizeAnswers } from '../answers/normalize';
import { dropHiddenAnswers, pruneNormalized } from '../answers/prune-hidden';
import { sectionOf } from '../answers/sections';
import {
  partValidator,
  type PartValidator,
  type PartValidatorOptions,
} from './part-validator';
import { fillRequiredObjects } from './fill-required-objects';
import type { Locale } from './messages';
import { rememberRootSchema } from './schema-registry';
import { translatedLabels, type LabelResolver } from './translated-labels';
import {
  errorLabel,
  errorPointer,
  isCombinatorBranchError,
  translateAjvError,
} from './translate-error';

/** One problem with a report's answers, ready to show beside its field. */
export interface AnswerError {
  /** JSON pointer of the field in the answers. */
  pointer: string;
  /** The ajv keyword that failed (`required`, `maximum`, `sumEquals`…). */
  keyword: string;
  /**
   * The field's title in the requested language: printed Vietnamese, or the
   * form's translation (with its table row, when in a table).
   */
  label: string;
  /** What is wrong and how to fix it, in the requested language. */
  message: string;
  /** Label of the section (root Category) the field is in, or ''. */
  section: string;
}

/** A definition compiled once, ready to check any number of reports. */
export interface CompiledForm {
  definition: FormDefinition;
  /** Check answers as they would be sent: normalized, hidden ones dropped. */
  validate(answers: unknown, locale?: Locale): AnswerError[];
  /**
   * Like `validate`, also giving the answers that were checked (normalized,
   * hidden ones dropped): call it when those are to be stored or sent, so
   * they are computed once.
   */
  check(answers: unknown, locale?: Locale): CheckedAnswers;
  /**
   * `check` for answers straight from `normalizeAnswers` that the caller
   * no longer needs as they are: prunes them in place instead of copying.
   * `dropped` tells whether pruning removed any, so text printed from the
   * answers before the check still describes them when it is false.
   */
  checkNormalized(
    answers: Answers,
    locale?: Locale,
  ): CheckedAnswers & { dropped: boolean };
  /**
   * `check`, awaiting `between()` before each section it must compile or
   * check again: a page's way to keep a long form's first check from
   * holding the main thread in one long task. `focus`: the root keys of
   * the section on screen, checked last so it stays compiled.
   */
  checkInSteps(
    answers: unknown,
    locale: Locale,
    between: () => Promise<void>,
    focus?: readonly string[],
  ): Promise<CheckedAnswers>;
  /**
   * Compiles the sections of these root keys ahead of their first check:
   * call when a section comes on screen, at an idle moment, so the first
   * keystroke there does not wait for it.
   */
  prepare(focus: readonly string[]): Promise<void>;
}

/** Answers as checked and as they would be stored, with their errors. */
export interface CheckedAnswers {
  answers: Answers;
  errors: AnswerError[];
  /**
   * The same errors as Ajv gave them, for a form renderer to place beside
   * the fields (JSON Forms' `additionalErrors`), so the page shows exactly
   * the verdict a submission gets without validating a second time.
   */
  fieldErrors: ErrorObject[];
}

// Compiled validators by `$id` and content, so an edited schema recompiles;
// the key of each schema object is remembered to skip re-hashing it.
const validators = new Map<string, PartValidator>();
const keysBySchema = new WeakMap<object, string>();
const forms = new WeakMap<FormDefinition, CompiledForm>();

// FNV-1a: cheap, and enough to tell an edited schema from the cached one.
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }

  return (hash >>> 0).toString(16);
}

// An `if` error only repeats the `then` errors reported beside the fields.
function isShown(error: ErrorObject): boolean {
  return error.keyword !== 'if' && !isCombinatorBranchError(error);
}

/** How a definition names fields in a locale: its translation, if any. */
function labelsFor(def: FormDefinition, locale: Locale) {
  const translations = locale === 'vi' ? undefined : def.translations[locale];

  return translations ? translatedLabels(translations) : undefined;
}

// Call with errors already filtered by `isShown`.
function toAnswerErrors(
  def: FormDefinition,
  errors: ErrorObject[],
  locale: Locale,
): AnswerError[] {
  const labelOf: LabelResolver | undefined = labelsFor(def, locale);

  return errors.map((error) => {
    const pointer = errorPointer(error);
    return {
      pointer,
      keyword: error.keyword,
      label: errorLabel(error, locale, def.schema, labelOf),
      message: translateAjvError(error, locale, def.schema, labelOf),
      section: sectionOf(def, pointer),
    };
  });
}

function validatorFor(
  def: FormDefinition,
  options: PartValidatorOptions,
): PartValidator {
  let key = keysBySchema.get(def.schema);
  if (key === undefined) {
    key = `${def.schema.$id}#${contentHash(JSON.stringify(def.schema))}`;
    keysBySchema.set(def.schema, key);
  }
  // Validators generated ahead of time are a separate entry: handed over
  // later than a first compile, they still take effect.
  const entry = options.precompiled ? `${key}|generated` : key;
  let check = validators.get(entry);
  if (!check) {
    rememberRootSchema(def.schema);
    // Its own Ajv per schema: Ajv refuses a second schema with the same $id,
    // and an edited definition keeps its $id.
    check = partValidator(def.schema, options);
    validators.set(entry, check);
  }

  return check;
}

/**
 * Compile a definition's schema, or reuse the earlier compilation of the same
 * schema: call it whenever answers need checking. Sections are compiled the
 * first time answers reach them; `options` count only at the first call for
 * a schema (a page keeps few compiled sections, a server keeps them all).
 * Throws Ajv's error when the schema does not compile; `checkDefinition`
 * explains such problems first.
 */
export function compileForm(
  def: FormDefinition,
  options: PartValidatorOptions = {},
): CompiledForm {
  const cached = forms.get(def);
  if (cached) return cached;
  const check = validatorFor(def, options);
  const checkedAnswers = (
    visible: Answers,
    found: ErrorObject[],
    locale: Locale,
  ): CheckedAnswers => {
    const fieldErrors = found.filter(isShown);
    const errors = toAnswerErrors(def, fieldErrors, locale);
    return { answers: visible, errors, fieldErrors };
  };
  // Only the checked copy is filled: the answers kept are as typed.
  const filled = (visible: Answers) => fillRequiredObjects(def.schema, visible);
  const checkNormalized = (answers: Answers, locale: Locale = 'vi') => {
    const dropped = dropHiddenAnswers(def, answers);
    const found = check.errorsOf(filled(answers));
    return { ...checkedAnswers(answers, found, locale), dropped };
  };
  const checkInSteps = async (
    answers: unknown,
    locale: Locale,
    between: () => Promise<void>,
    focus?: readonly string[],
  ) => {
    const visible = pruneNormalized(def, normalizeAnswers(answers));
    // Each of these passes over a long report is a step of its own.
    await between();
    const checked = filled(visible);
    await between();
    const found = await check.errorsInSteps(checked, between, focus);
    return checkedAnswers(visible, found, locale);
  };
  const checkAnswers = (answers: unknown, locale?: Locale): CheckedAnswers => {
    const { dropped: _dropped, ...checked } = checkNormalized(
      normalizeAnswers(answers),
      locale,
    );
    return checked;
  };
  const compiled: CompiledForm = {
    definition: def,
    validate: (answers, locale) => checkAnswers(answers, locale).errors,
    check: checkAnswers,
    checkNormalized,
    checkInSteps,
    prepare: async (focus) =>
      options.precompiled
        ? check.prepareSections(focus)
        : check.compileSections(focus),
  };
  forms.set(def, compiled);

  return compiled;
}
