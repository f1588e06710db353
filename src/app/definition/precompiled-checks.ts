import type { ValidateFunction } from 'ajv';
import { useGeneratedConditions } from '../../core/answers/rule-condition';
import type { DefinitionFiles } from '../../core/definition/definition-files';
import { definitionFingerprint } from '../../core/definition/files-fingerprint';
import type { FormDefinition } from '../../core/definition/types';
import {
  PRECOMPILED_FORMAT,
  precompiledPath,
  type PrecompiledConditions,
  type PrecompiledKind,
  type PrecompiledParts,
} from '../../core/validation/precompiled-format';
import {
  generatedValidator,
  runGeneratedCode,
} from '../../core/validation/run-precompiled';
import { conditionSchemas } from '../../core/validation/condition-schemas';
import { fetchDefinitionFile } from './early-fetch';
import { loadCompiler } from './load-compiler';

/** A part's validator from code generated ahead of time, if there is one. */
export type PartValidators = (
  key: string,
) => Promise<ValidateFunction | undefined>;

const partsByDefinition = new WeakMap<FormDefinition, PartValidators>();

/**
 * Starts fetching the conditions' file of a version's checks generated
 * ahead of time; the parts' file is fetched when the first check needs it.
 */
export function fetchPrecompiled(formId: string, version: string) {
  const fetchOne = (kind: PrecompiledKind) => {
    const url = `forms/${precompiledPath(formId, version, kind)}`;
    const response = fetchDefinitionFile(url);
    // Read later, or never when the definition fails: not an unhandled error.
    response.catch(() => undefined);
    return response;
  };

  // Fetched early, the parts' half megabyte would hold one of the
  // browser's six connections to the server until the page read it, after
  // the first paint, while the page's own code still loads.
  return { conditions: fetchOne('conditions'), parts: () => fetchOne('parts') };
}

/** The parts' validators handed over for this definition, if any. */
export function precompiledPartsOf(
  definition: FormDefinition,
): PartValidators | undefined {
  return partsByDefinition.get(definition);
}

/**
 * A generated file's content when it is one (served, readable, of this
 * format), else undefined: none served, offline and not cached, broken.
 */
async function generatedFile<T>(
  response: Promise<Response>,
): Promise<Partial<T> | undefined> {
  try {
    const reply = await response;
    if (!reply.ok) return undefined;
    const file = (await reply.json()) as { format?: unknown } | null;
    return file?.format === PRECOMPILED_FORMAT
      ? (file as Partial<T>)
      : undefined;
  } catch {
    return undefined;
  }
}

// How long the page waits for a generated file before it compiles instead:
// a server that stalls must not hold the report's first paint or checks.
const CONDITIONS_WAIT_MS = 3000;
const PARTS_WAIT_MS = 15_000;

/** The work's result, or undefined if it is not done within `ms`. */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([
    work,
    new Promise<undefined>((resolve) => setTimeout(resolve, ms)),
  ]);
}

/**
 * A part's validator from its generated code, tried once on empty answers;
 * undefined, to compile instead, when the code does not load or run.
 */
function partValidatorOf(
  code: string | undefined,
): ValidateFunction | undefined {
  if (code === undefined) return undefined;
  try {
    const validator = generatedValidator(code);
    validator({});
    return validator;
  } catch (error) {
    warnUnusable(error);
    return undefined;
  }
}

function warnUnusable(error: unknown) {
  console.warn(
    'Không dùng được mã kiểm tra viết sẵn; trang tự biên dịch biểu mẫu.',
    error,
  );
}

/**
 * Call once the definition is parsed, before its first render (which
 * evaluates the section's rule conditions): when generated checks cover
 * every condition of the UI schema, rules are evaluated with them. The
 * parts' validators are handed over at once and read later, at the first
 * check, and only when generated from exactly these files. Whatever cannot
 * be used leaves the page compiling, as for a version added to a static
 * host after its build.
 */
export async function usePrecompiledChecks(
  definition: FormDefinition,
  files: DefinitionFiles,
  responses: ReturnType<typeof fetchPrecompiled>,
): Promise<void> {
  // Read at the first check, after the first paint: parsing half a
  // megabyte of JSON must not delay it.
  let parts: ReturnType<typeof readParts> | undefined;
  partsByDefinition.set(definition, async (key) => {
    parts ??= withinTime(readParts(files, responses.parts()), PARTS_WAIT_MS);
    const validator = partValidatorOf(await (await parts)?.get(key)?.text());
    if (validator) return validator;
    // The part is compiled instead, which needs the compiler.
    await loadCompiler();
    return undefined;
  });
  // Each condition's code is found by its schema's exact text, so these
  // need not come from the same files: any condition they lack is
  // compiled, and then the compiler must be there for the first render.
  const conditions = await withinTime(
    generatedFile<PrecompiledConditions>(responses.conditions),
    CONDITIONS_WAIT_MS,
  );
  const needed = conditionSchemas(definition.uischema);
  const schemas = Array.isArray(conditions?.schemas) ? conditions.schemas : [];
  if (!needed.every((text) => schemas.includes(text))) return loadCompiler();
  try {
    const code = String(conditions?.code ?? '');
    const exported = schemas.length > 0 ? runGeneratedCode(code) : {};
    const checks = schemas.map((text, i) => {
      const check = exported[`c${i}`];
      if (typeof check !== 'function') throw new Error(`c${i} is missing`);
      return [text, check as ValidateFunction] as const;
    });
    useGeneratedConditions(new Map(checks));
  } catch (error) {
    warnUnusable(error);
    await loadCompiler();
  }
}

// Kept as blobs, outside the script heap: a part's code is read again each
// time its validator is made, and afterwards only the sections in use keep
// theirs (the code of the 2015 form's parts is about half a megabyte).
async function readParts(
  files: DefinitionFiles,
  response: Promise<Response>,
): Promise<Map<string, Blob> | undefined> {
  const file = await generatedFile<PrecompiledParts>(response);
  // Only code generated from exactly the files this page reads.
  if (file?.fingerprint !== definitionFingerprint(files)) return undefined;
  if (!Array.isArray(file.parts)) return undefined;
  const usable = file.parts.filter(
    (part) => typeof part?.key === 'string' && typeof part.code === 'string',
  );

  return new Map(usable.map((part) => [part.key, new Blob([part.code])]));
}
