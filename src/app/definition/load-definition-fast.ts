// Files, not the folders' indexes: those also bring the strict definition
// check, and with it Ajv's compiler, which this page loads only if needed.
import { createHttpFormsSource } from '../../core/catalog/http-forms-source';
import { readDefinitionFiles } from '../../core/definition/definition-files';
import { FORM_ID, VERSION } from '../../core/definition/names';
import { parseDefinition } from '../../core/definition/parse-definition';
import {
  DefinitionError,
  type FormDefinition,
} from '../../core/definition/types';
import { checker } from './checker';
import { fetchDefinitionFile } from './early-fetch';
import { publishedPass } from './published-check';
import { fetchPrecompiled, usePrecompiledChecks } from './precompiled-checks';

/** A definition ready to show, and the full check of it still running. */
export interface LoadedDefinition {
  definition: FormDefinition;
  /** Rejects with a DefinitionError when the full check finds problems. */
  checked: Promise<void>;
}

const keys = new WeakMap<FormDefinition, string>();
let handedOver = 0;

const delay = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

function notFound(formId: string, version: string, what: string) {
  return new DefinitionError([
    {
      file: `${formId}/${version}`,
      pointer: '',
      message: `${what} biểu mẫu "${formId}" phiên bản "${version}"; hãy chọn lại từ danh sách biểu mẫu.`,
    },
  ]);
}

/**
 * Call to show a version of a form as soon as its files are parsed: the
 * full check (`checkDefinition`, which compiles the schema strictly) runs
 * in the checker meanwhile and reports through `checked`.
 */
export async function loadDefinitionFast(
  formId: string,
  version: string,
): Promise<LoadedDefinition> {
  if (!FORM_ID.test(formId) || !VERSION.test(version)) {
    throw notFound(formId, version, 'Không có');
  }
  const source = createHttpFormsSource('forms/', fetchDefinitionFile);
  const published = publishedPass(formId, version);
  const precompiled = fetchPrecompiled(formId, version);
  const files = await readDefinitionFiles(source, formId, version);
  if (files.schema === undefined && files.uischema === undefined) {
    throw notFound(formId, version, 'Không tìm thấy');
  }
  const { definition, problems } = parseDefinition(files);
  if (!definition || problems.length > 0) throw new DefinitionError(problems);
  // Before the first render, which evaluates the section's rule conditions.
  await usePrecompiledChecks(definition, files, precompiled);
  const key = `${formId}@${version}`;
  keys.set(definition, key);
  const checks = checker();
  void checks.run({ kind: 'files', key, files, definition });
  // Queued behind the first check of the answers, which the page shows.
  const checked = Promise.race([checks.answersAsked, delay(2000)])
    .then(async () =>
      checks.run({ kind: 'full', key, published: await published }),
    )
    .then((reply) => {
      if (reply.kind === 'full' && reply.problems.length > 0) {
        throw new DefinitionError(reply.problems);
      }
    });

  return { definition, checked };
}

/**
 * The checker's name for a definition, handing it over first when it did
 * not come through `loadDefinitionFast`; call before checking answers.
 */
export function checkerKeyOf(definition: FormDefinition): string {
  let key = keys.get(definition);
  if (key === undefined) {
    key = `${definition.formId}@${definition.version}#${++handedOver}`;
    keys.set(definition, key);
    void checker().run({ kind: 'definition', key, definition });
  }

  return key;
}
