import Ajv, { _, type KeywordDefinition } from 'ajv';
import addFormats from 'ajv-formats';
import { sumAtMostKeyword } from './sum-at-most';
import { sumEqualsKeyword } from './sum-equals';
import { provideAjvFactory, type AjvOptions } from './ajv-factory';
import { FORMATS_MODULE } from './precompiled-format';

/**
 * Build the Ajv instance used by the browser (`<JsonForms ajv>`), the
 * server and the CLI, so all three give the same verdict on the same answers.
 */
export function createAjv({
  checkSchemas = true,
  source = false,
}: AjvOptions = {}): Ajv {
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
    // Errors carry the schema they failed (messages read titles there).
    // Code written out ahead of time leaves that to `withParentSchemas`,
    // so it holds no copy of the schema.
    verbose: !source,
    useDefaults: false,
    code: source
      ? { source, formats: _`require(${FORMATS_MODULE}).fullFormats` }
      : {},
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

provideAjvFactory(createAjv);
