import type { ErrorObject } from 'ajv';
import {
  sectionProgressOfVisible,
  type SectionProgress,
} from '../../core/answers/section-progress';
import type { DefinitionFiles } from '../../core/definition/definition-files';
import type {
  DefinitionProblem,
  FormDefinition,
} from '../../core/definition/types';
import type { AnswerError, Locale } from '../../core/validation';
import { pageForm } from './page-form';
import { betweenSteps } from './when-idle';
import { definitionFingerprint } from '../../core/definition/files-fingerprint';
import { alreadyPassed, rememberPassed } from './passed-checks';

/** Work the checker does away from typing: one message in, one reply out. */
export type CheckRequest =
  | {
      kind: 'files';
      key: string;
      files: DefinitionFiles;
      /** The page's own parse of those files, which the checks share. */
      definition: FormDefinition;
    }
  | { kind: 'full'; key: string; published?: string }
  | { kind: 'definition'; key: string; definition: FormDefinition }
  | { kind: 'prepare'; key: string; focus: string[] }
  | {
      kind: 'answers';
      key: string;
      answers: unknown;
      locale: Locale;
      /** Root keys of the section on screen. */
      focus?: string[];
    };

export type CheckReply =
  | { kind: 'files' }
  | { kind: 'full'; problems: DefinitionProblem[] }
  | { kind: 'definition' }
  | { kind: 'prepare' }
  | {
      kind: 'answers';
      errors: AnswerError[];
      fieldErrors: ErrorObject[];
      progress: SectionProgress[];
    };

// Definitions this checker was given, by the key its caller chose.
const definitions = new Map<string, FormDefinition>();
const filesOf = new Map<string, DefinitionFiles>();

function definitionFor(key: string): FormDefinition {
  const definition = definitions.get(key);
  if (!definition) {
    throw new Error(
      `Chưa nạp biểu mẫu ${key} để kiểm tra; hãy tải lại trang rồi thử lại.`,
    );
  }

  return definition;
}

// The catalogue's check ran the same core on the same files: its verdict
// spares an old PC a strict compile of the whole schema (seconds on a long
// form). Files it did not pass, or changed since, are checked here.
async function fullCheck(
  files: DefinitionFiles,
  published: string | undefined,
): Promise<DefinitionProblem[]> {
  if (published === definitionFingerprint(files)) return [];
  if (alreadyPassed(files)) return [];
  // The strict check compiles the schema: its code loads only when needed.
  const { checkDefinition } =
    await import('../../core/definition/check-definition');
  const problems = checkDefinition(files);
  if (problems.length === 0) rememberPassed(files);

  return problems;
}

async function checkAnswers(
  definition: FormDefinition,
  { answers, locale, focus }: CheckRequest & { kind: 'answers' },
): Promise<CheckReply> {
  const checked = await pageForm(definition).checkInSteps(
    answers,
    locale,
    betweenSteps,
    focus,
  );
  const { errors, fieldErrors } = checked;
  await betweenSteps();
  const progress = sectionProgressOfVisible(
    definition,
    checked.answers,
    errors,
  );
  return { kind: 'answers', errors, fieldErrors, progress };
}

/**
 * Call with each request (`full` checks the files given earlier, and is
 * best asked after the first answers, which it would hold up), in the order
 * they were made (a definition before the answers checked against it); the
 * checker runs it when the page is idle.
 */
export function runCheck(
  request: CheckRequest,
): CheckReply | Promise<CheckReply> {
  switch (request.kind) {
    case 'files': {
      definitions.set(request.key, request.definition);
      filesOf.set(request.key, request.files);
      return { kind: 'files' };
    }
    case 'full': {
      const files = filesOf.get(request.key);
      // The raw text of a long form is a few hundred KB the page has no
      // further use for once it is checked.
      filesOf.delete(request.key);
      if (!files) return { kind: 'full', problems: [] };
      return fullCheck(files, request.published).then((problems) => ({
        kind: 'full',
        problems,
      }));
    }
    case 'definition':
      definitions.set(request.key, request.definition);
      return { kind: 'definition' };
    case 'prepare':
      return pageForm(definitionFor(request.key))
        .prepare(request.focus)
        .then(() => ({ kind: 'prepare' }));
    case 'answers': {
      return checkAnswers(definitionFor(request.key), request);
    }
  }
}
