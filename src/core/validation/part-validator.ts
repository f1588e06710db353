import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SchemaNode } from '../definition/schema-path';
import { newAjv } from './ajv-factory';
import { withParentSchemas } from './error-schemas';
import { schemaParts, type SchemaPart } from './schema-parts';

export interface PartValidatorOptions {
  /**
   * How many compiled sections to keep (the root's own part is always
   * kept). Default: all. With a limit, each section's last errors are kept
   * with the answers they were found on, so an unchanged section is never
   * compiled again just to be checked.
   */
  keepCompiled?: number;
  /**
   * Validators generated ahead of time, by part key (see
   * PrecompiledChecks): a part with one is not compiled by the steps of
   * `errorsInSteps` nor by `prepareSections`. Undefined for a part without.
   */
  precompiled?: (key: string) => Promise<ValidateFunction | undefined>;
}

/** A schema compiled in parts, giving the errors of the whole schema. */
export interface PartValidator {
  /** Every error in `data`, in the order the whole schema gives them. */
  errorsOf(data: unknown): ErrorObject[];
  /**
   * `errorsOf`, awaiting `between()` before each section it has to compile
   * or check again, so a page can spread a long form's first check over
   * idle moments instead of one long task. Sections whose root keys are in
   * `focus` (the ones on screen) are done last, so they stay compiled.
   */
  errorsInSteps(
    data: unknown,
    between: () => Promise<void>,
    focus?: readonly string[],
  ): Promise<ErrorObject[]>;
  /** Root keys of the sections compiled now, least recently used first. */
  compiledKeys(): string[];
  /** Compiles the sections of these root keys now, if they are not. */
  compileSections(keys: readonly string[]): void;
  /** `compileSections`, taking validators generated ahead of time first. */
  prepareSections(keys: readonly string[]): Promise<void>;
}

/** Compiles parts that are checked once and then let go, all in one Ajv. */
interface PassingCompiles {
  compile(part: SchemaPart, ready?: ValidateFunction): ValidateFunction;
}

// Sections off screen are checked once when the page opens and then only
// their errors are kept. Sharing an Ajv among a few of them spares making
// one per section (each setting up its keywords and formats again, which
// kept more of Ajv's own code compiled on the page); a new one every few
// sections lets the compiled code of a long form go while it is checked.
const SECTIONS_PER_PASSING_AJV = 3;

function passingCompiles(): PassingCompiles {
  let ajv: ReturnType<typeof newAjv> | undefined;
  let compiledHere = 0;

  return {
    compile: (part, ready) => {
      if (ready) return ready;
      if (compiledHere === SECTIONS_PER_PASSING_AJV) ajv = undefined;
      if (!ajv) {
        ajv = newAjv({ checkSchemas: false });
        compiledHere = 0;
      }
      compiledHere += 1;

      return ajv.compile(part.schema);
    },
  };
}

interface KeptResult {
  answersKey: string;
  errors: ErrorObject[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The answers a part's errors depend on, as one string to compare.
function answersKeyOf(part: SchemaPart, data: Record<string, unknown>) {
  if (part.reads === 'all') return JSON.stringify(data);

  return JSON.stringify(part.reads.map((key) => data[key] ?? null));
}

/**
 * Call once per schema (compileForm does): sections are compiled the first
 * time answers need them. Throws Ajv's error when a part does not compile.
 */
export function partValidator(
  schema: object,
  { keepCompiled = Infinity, precompiled }: PartValidatorOptions = {},
): PartValidator {
  const [first, ...rest] = schemaParts(schema);
  const remembers = Number.isFinite(keepCompiled);
  // Ajv holds on to everything an instance ever compiled, so a part that
  // may be let go gets an instance of its own. Those skip the meta-schema
  // check (75 ms and its own compiled code each): the definition check has
  // made it. Keeping every part, one checking instance serves them all.
  let shared: ReturnType<typeof newAjv> | undefined;
  const ajvFor = () =>
    remembers ? newAjv({ checkSchemas: false }) : (shared ??= newAjv());
  const compile = (part: SchemaPart, ready?: ValidateFunction) =>
    ready ?? ajvFor().compile(part.schema);
  // A part's validator generated ahead of time, if there is one.
  const generated = async (part: SchemaPart) =>
    precompiled ? await precompiled(part.key) : undefined;
  // The root's own check; with validators generated ahead of time, taken
  // at the first check.
  let rootCheck = precompiled ? undefined : compile(first);
  // In least recently used order, oldest first.
  const compiled = new Map<SchemaPart, ValidateFunction>();
  const kept = new Map<SchemaPart, KeptResult>();

  const compiledPart = (
    part: SchemaPart,
    ready?: ValidateFunction,
  ): ValidateFunction => {
    let check = compiled.get(part);
    if (check) compiled.delete(part);
    else check = compile(part, ready);
    compiled.set(part, check);
    for (const [old] of compiled) {
      if (compiled.size <= keepCompiled) break;
      compiled.delete(old);
    }

    return check;
  };
  const errorsOfPart = (
    part: SchemaPart,
    data: Record<string, unknown>,
    answersKey = remembers ? answersKeyOf(part, data) : '',
    passing?: PassingCompiles,
    ready?: ValidateFunction,
  ) => {
    const last = kept.get(part);
    if (last && last.answersKey === answersKey) return last.errors;
    const check =
      passing && !compiled.has(part)
        ? passing.compile(part, ready)
        : compiledPart(part, ready);
    const errors = check(data)
      ? []
      : withParentSchemas(check.errors ?? [], schema);
    if (remembers) kept.set(part, { answersKey, errors });

    return errors;
  };

  const errorsOf = (
    data: unknown,
    keys?: Map<SchemaPart, string>,
  ): ErrorObject[] => {
    rootCheck ??= compile(first);
    // Errors name the schema they come from, as the whole one would: the
    // root part's paths read the same from the whole schema.
    const errors = rootCheck(data)
      ? []
      : withParentSchemas(
          (rootCheck.errors ?? []).map((error) =>
            error.parentSchema === first.schema
              ? { ...error, parentSchema: schema }
              : error,
          ),
          schema,
        );
    // Sections only describe the properties of an object.
    if (!isPlainObject(data)) return errors;
    for (const part of rest) {
      errors.push(...errorsOfPart(part, data, keys?.get(part)));
    }

    return errors;
  };
  const errorsInSteps = async (
    data: unknown,
    between: () => Promise<void>,
    focus: readonly string[] = [],
  ) => {
    // Without kept results each step's work would be done twice.
    if (!remembers || !isPlainObject(data)) return errorsOf(data);
    const focused = (part: SchemaPart) => focus.includes(part.key);
    const order = [
      ...rest.filter((part) => !focused(part)),
      ...rest.filter(focused),
    ];
    // Each part's answers are serialised once per check, not per use.
    const keys = new Map<SchemaPart, string>();
    const passing = passingCompiles();
    for (const part of order) {
      const answersKey = answersKeyOf(part, data);
      keys.set(part, answersKey);
      if (kept.get(part)?.answersKey === answersKey) continue;
      await between();
      const ready = compiled.has(part) ? undefined : await generated(part);
      const once = focused(part) ? undefined : passing;
      errorsOfPart(part, data, answersKey, once, ready);
    }
    rootCheck ??= compile(first, await generated(first));

    return errorsOf(data, keys);
  };

  const compiledKeys = () => [...compiled.keys()].map((part) => part.key);
  const compileSections = (keys: readonly string[]) => {
    for (const part of rest) if (keys.includes(part.key)) compiledPart(part);
  };
  const prepareSections = async (keys: readonly string[]) => {
    for (const part of rest) {
      if (!keys.includes(part.key)) continue;
      compiledPart(
        part,
        compiled.has(part) ? undefined : await generated(part),
      );
    }
  };

  return {
    errorsOf,
    errorsInSteps,
    compiledKeys,
    compileSections,
    prepareSections,
  };
}
