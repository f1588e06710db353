import Ajv, { type KeywordDefinition } from 'ajv';
import addFormats from 'ajv-formats';
import { sumAtMostKeyword } from './sum-at-most';
import { sumEqualsKeyword } from './sum-equals';

/** How an Ajv instance treats the schemas it is given. */
export interface AjvOptions {
  /**
   * Check every schema against the JSON Schema meta-schema before compiling
   * it (default). Compiling the meta-schema costs ~75 ms, so the page's
   * instance for JSON Forms' rule conditions, whose schemas the definition
   * check has already covered, turns it off.
   */
  checkSchemas?: boolean;
}

/**
 * Build the Ajv instance used by the browser (`<JsonForms ajv>`), the
 * server and the CLI, so all three give the same verdict on the same answers.
 */
export function createAjv({ checkSchemas = true }: AjvOptions = {}): Ajv {
  const ajv = new Ajv({
    validateSchema: checkSchemas,
    // Without the check nothing reads the meta-schema: not adding it spares
    // each instance copying and indexing it (the page makes several).
    meta: checkSchemas,
    allErrors: true,
    $data: true,
    strict: true,
    // A field required only when shown is required inside `then`, where its
    // property is declared one level up; strictRequired would reject that.
    strictRequired: false,
    verbose: true,
    useDefaults: false,
  });
  addFormats(ajv);
  for (const keyword of [sumEqualsKeyword, sumAtMostKeyword]) {
    // Ajv compiles a keyword's meta-schema as the keyword is added (10 ms
    // on a phone, on the path to the first section, and its code is kept)
    // even when it will never check a schema; without the check, skip it.
    ajv.addKeyword(checkSchemas ? keyword : withoutMetaSchema(keyword));
  }
  // JSON Forms reads `i18n` on schemas for label keys; it validates nothing.
  ajv.addKeyword({ keyword: 'i18n', schemaType: 'string' });

  return ajv;
}

function withoutMetaSchema(keyword: KeywordDefinition): KeywordDefinition {
  const { metaSchema: _checkedByTheDefinitionCheck, ...rest } = keyword;

  return rest;
}
