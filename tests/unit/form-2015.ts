import { readFileSync } from 'node:fs';
import { loadDefinition } from '../../src/core/catalog';
import { createFsFormsSource } from '../../src/node/fs-forms-source';

/** The 2015 definition, loaded from the repository's forms as the server does. */
export function loadForm2015() {
  return loadDefinition(
    createFsFormsSource('forms'),
    'bao-cao-ung-dung-cntt',
    '2015',
  );
}

const folder = new URL(
  '../../forms/bao-cao-ung-dung-cntt/2015/',
  import.meta.url,
);

/** A file of the 2015 definition's folder, such as `CHECKLIST.md`. */
export function readForm2015File(name: string): string {
  return readFileSync(new URL(name, folder), 'utf8');
}

/**
 * The 2015 schema and UI schema as raw JSON, and the official paper form's
 * extracted text, for tests that compare the definition with the paper.
 */
export function form2015Files<Node>() {
  return {
    schema: JSON.parse(readForm2015File('schema.json')) as Node,
    uischema: JSON.parse(readForm2015File('uischema.json')) as Node,
    officialText: readFileSync(
      new URL('../fixtures/bieu-mau-ung-dung-cntt-2015.txt', import.meta.url),
      'utf8',
    ),
  };
}
