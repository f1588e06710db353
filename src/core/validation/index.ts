export { createAjv } from './create-ajv';
export {
  compileForm,
  type AnswerError,
  type CheckedAnswers,
  type CompiledForm,
} from './compile-form';
export {
  errorPointer,
  formatLimit,
  translateAjvError,
  createErrorTranslator,
} from './translate-error';
export { messages, formatNames, type Locale } from './messages';
export { translatedLabels, type LabelResolver } from './translated-labels';
export { sumEqualsKeyword, type SumEqualsRule } from './sum-equals';
export { sumAtMostKeyword } from './sum-at-most';
export type { SumRule } from './sum-rule';
