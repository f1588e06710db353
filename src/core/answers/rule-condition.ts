import { composeWithUi } from '@jsonforms/core';
import type { Condition, Scopable, UISchemaElement } from '@jsonforms/core';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { newAjv } from '../validation/ajv-factory';

let compilingAjv: Ajv | undefined;

/**
 * The Ajv that evaluates rule conditions, made on first use. It skips the
 * meta-schema check (a 75 ms compile and its code kept in memory): the
 * definition check has already checked every condition's schema.
 */
export function ruleAjv(): Ajv {
  compilingAjv ??= newAjv({ checkSchemas: false });

  return compilingAjv;
}

// Condition checks generated ahead of time, by the condition schema's JSON
// text; and the check each schema object was given, so the text is made
// once per object.
const generated = new Map<string, ValidateFunction>();
const bySchema = new WeakMap<object, ValidateFunction>();

/**
 * Hand over condition checks generated ahead of time (see
 * PrecompiledChecks), keyed by their schema's JSON text: from then on those
 * conditions are not compiled on the page.
 */
export function useGeneratedConditions(
  checks: ReadonlyMap<string, ValidateFunction>,
): void {
  for (const [text, check] of checks) generated.set(text, check);
}

/**
 * The check of one condition schema: generated ahead of time when there is
 * one for it, else compiled by `ruleAjv` (once per schema object).
 */
export function conditionValidator(schema: object): ValidateFunction {
  let check = bySchema.get(schema);
  if (!check) {
    check =
      (generated.size > 0
        ? generated.get(JSON.stringify(schema))
        : undefined) ?? ruleAjv().compile(schema);
    bySchema.set(schema, check);
  }

  return check;
}

/**
 * What JSON Forms is given as its `ajv`: it only asks it to `validate` rule
 * conditions (the page validates answers itself), and those go through
 * `conditionValidator`; anything else it asks goes to `ruleAjv`.
 */
export function conditionAjv(): Ajv {
  return conditionsOnly;
}

const conditionsOnly = {
  validate: (schema: object, data: unknown) =>
    conditionValidator(schema)(data) as boolean,
  compile: (schema: object) => ruleAjv().compile(schema),
} as unknown as Ajv;

/** Where a rule is evaluated: the answers' root, or one table row. */
export interface RuleScope {
  /** The root answers or the row. */
  node: unknown;
  /** Keys from the root answers down to `node` (empty at the root). */
  keys: string[];
  root: unknown;
}

/** A rule condition, ready to answer "is it fulfilled here?". */
export type ConditionCheck = (scope: RuleScope) => boolean;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Read the value `keys` lead to from `node`, stopping at the first missing
 * or falsy step, exactly as JSON Forms resolves a condition's scope.
 */
export function readKeys(node: unknown, keys: readonly string[]): unknown {
  let value = node;
  for (const key of keys) {
    if (!value || !hasOwn.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }

  return value;
}

/** Split a JSON Forms dot path into keys ('' is the scope itself). */
export function dotKeys(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

type AnyCondition = Condition & Record<string, unknown>;

function schemaCheck(condition: AnyCondition, keys: string[]): ConditionCheck {
  let check: ValidateFunction | undefined;
  const schema = condition.schema as object;
  const failWhenUndefined = condition.failWhenUndefined === true;

  return (scope) => {
    const value = readKeys(scope.node, keys);
    if (failWhenUndefined && value === undefined) return false;
    // Compiled on first use, so a condition Ajv refuses fails where the
    // walk through the UI schema used to fail: when the rule is reached.
    check ??= conditionValidator(schema);
    return check(value) as boolean;
  };
}

function functionCheck(
  condition: AnyCondition,
  keys: string[],
  element: UISchemaElement,
): ConditionCheck {
  const validate = condition.validate as (context: unknown) => boolean;

  return (scope) =>
    validate({
      data: readKeys(scope.node, keys),
      fullData: scope.root,
      path: scope.keys.join('.'),
      uischemaElement: element,
      config: undefined,
    });
}

/**
 * Turn a rule's condition into a function of where it is evaluated: call it
 * once per rule when a definition's rule plan is made. AND, OR, LEAF,
 * schema (with `failWhenUndefined`) and validate-function conditions mean
 * what they mean to JSON Forms; anything else counts as fulfilled.
 */
export function compileCondition(
  condition: Condition,
  element: UISchemaElement,
): ConditionCheck {
  const any = condition as AnyCondition;
  if (any.type === 'AND' || any.type === 'OR') {
    const parts = (any.conditions as Condition[]).map((part) =>
      compileCondition(part, element),
    );
    return any.type === 'AND'
      ? (scope) => parts.every((part) => part(scope))
      : (scope) => parts.some((part) => part(scope));
  }
  const keys = dotKeys(composeWithUi(any as Scopable, ''));
  if (any.type === 'LEAF') {
    return (scope) => readKeys(scope.node, keys) === any.expectedValue;
  }
  if (hasOwn.call(any, 'schema')) return schemaCheck(any, keys);
  if (typeof any.validate === 'function') {
    return functionCheck(any, keys, element);
  }

  return () => true;
}
