import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findTargets, type FormTargets } from './form-targets';
import { generate10x } from './generate-10x';
import { sampleAnswers } from './sample-answers';
import type { Node } from './schema-walk';

export const FORM_ID = 'bao-cao-ung-dung-cntt';
export const FORM_VERSION = '2015';

/** One definition measured on both pages, with its filled-in answers. */
export interface Workload {
  name: string;
  formId: string;
  version: string;
  answers: unknown;
  /** Where the baseline page fetches the answers from. */
  answersPath: string;
  targets: FormTargets;
}

async function readJson(file: string): Promise<Node> {
  return JSON.parse(await readFile(file, 'utf8')) as Node;
}

async function prepare(
  formsDir: string,
  name: string,
  formId: string,
  tableRows: number,
): Promise<Workload> {
  const dir = join(formsDir, formId, FORM_VERSION);
  const schema = await readJson(join(dir, 'schema.json'));
  const uischema = await readJson(join(dir, 'uischema.json'));
  const answers = sampleAnswers(schema, tableRows);
  const answersPath = `/bench-answers/${formId}.json`;
  await mkdir(join(formsDir, '..', 'bench-answers'), { recursive: true });
  await writeFile(
    join(formsDir, '..', 'bench-answers', `${formId}.json`),
    JSON.stringify(answers),
  );

  return {
    name,
    formId,
    version: FORM_VERSION,
    answers,
    answersPath,
    targets: findTargets(schema, uischema),
  };
}

/**
 * Call once per bench run: copies the 2015 form into `<workDir>/forms`,
 * generates the 10× form beside it when asked, and fills both with answers
 * (tables: 3 rows for 2015, 50 rows for 10×) under `<workDir>/bench-answers`.
 */
export async function prepareWorkloads(
  sourceFormsDir: string,
  workDir: string,
  tenfold: boolean,
): Promise<Workload[]> {
  const formsDir = join(workDir, 'forms');
  await cp(join(sourceFormsDir, FORM_ID), join(formsDir, FORM_ID), {
    recursive: true,
  });
  const workloads = [await prepare(formsDir, '2015', FORM_ID, 3)];
  if (tenfold) {
    const bigId = await generate10x(formsDir, formsDir, FORM_ID, FORM_VERSION);
    workloads.push(await prepare(formsDir, '10×', bigId, 50));
  }

  return workloads;
}
