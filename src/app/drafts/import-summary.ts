import { sectionProgressOfVisible } from '../../core/answers/section-progress';
import { createHttpFormsSource } from '../../core/catalog/http-forms-source';
import { readDefinitionFiles } from '../../core/definition/definition-files';
import { parseDefinition } from '../../core/definition/parse-definition';
import {
  DefinitionError,
  type FormDefinition,
} from '../../core/definition/types';
import { pageForm } from '../definition/page-form';
import { loadCompiler } from '../definition/load-compiler';
import type { DraftRecord, DraftSummary } from '../../drafts/types';
import { draftSummary } from '../fill/draft-summary';

/**
 * The summary the fill page would store for these answers: how many are
 * answered, how many errors, the year and the agency.
 */
export function summaryOf(
  definition: FormDefinition,
  answers: unknown,
): DraftSummary {
  const { answers: visible, errors } = pageForm(definition).check(
    answers,
    'vi',
  );
  const progress = sectionProgressOfVisible(definition, visible, errors);

  return draftSummary(definition, answers, progress);
}

async function fetchDefinition(formId: string, version: string) {
  const source = createHttpFormsSource(
    new URL('forms/', document.baseURI).href,
  );
  const files = await readDefinitionFiles(source, formId, version);
  const { definition, problems } = parseDefinition(files);
  if (!definition) throw new DefinitionError(problems);

  return definition;
}

/**
 * Call while importing a draft file: recounts its summary from its answers,
 * never trusting the file's. Without the definition (offline, broken form)
 * the file's counts are kept, since refusing the file would lose answers.
 */
export async function summarizeImported(
  draft: DraftRecord,
): Promise<DraftSummary> {
  try {
    const definition = await fetchDefinition(draft.formId, draft.formVersion);
    await loadCompiler();
    return summaryOf(definition, draft.answers);
  } catch {
    return draft.summary;
  }
}
