import { isControl, isEnabled, isVisible } from '@jsonforms/core';
import type { UISchemaElement } from '@jsonforms/core';
import type Ajv from 'ajv';
import type { FormDefinition } from '../definition/types';
import { createAjv } from '../validation/create-ajv';
import { normalizeAnswers, type Answers } from './normalize';
import {
  controlPath,
  walkElement,
  walkUiSchema,
  type WalkPlace,
} from './ui-walk';

let conditionAjv: Ajv | undefined;

/** The Ajv that evaluates rule conditions, made on first use. */
export function ruleAjv(): Ajv {
  conditionAjv ??= createAjv();

  return conditionAjv;
}

/** Whether an element is shown and editable given the answers, per its rule. */
export function isActive(
  element: UISchemaElement,
  answers: unknown,
  place: WalkPlace,
): boolean {
  if (!element.rule) return true;
  const ajv = ruleAjv();

  return (
    isVisible(element, answers, place.path, ajv, undefined) &&
    isEnabled(element, answers, place.path, ajv, undefined)
  );
}

function unset(data: unknown, path: string): boolean {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = data;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null || !(last in node)) {
    return false;
  }
  delete (node as Record<string, unknown>)[last];

  return true;
}

function removeUnder(
  element: UISchemaElement,
  answers: Answers,
  place: WalkPlace,
): boolean {
  let removed = false;
  walkElement(element, answers, place, (child, at) => {
    if (isControl(child)) {
      removed = unset(answers, controlPath(child, at)) || removed;
    }
    return true;
  });

  return removed;
}

function pruneOnce(def: FormDefinition, answers: Answers): boolean {
  let changed = false;
  walkUiSchema(def.uischema, def.schema, answers, (element, place) => {
    if (isActive(element, answers, place)) return true;
    changed = removeUnder(element, answers, place) || changed;
    return false;
  });

  return changed;
}

// A pruned answer may itself be watched by another rule; a chain of rules
// longer than this would be a definition nobody can fill in.
const MAX_PASSES = 20;

/**
 * Drop the answers of every control a rule hides or disables, inside table
 * rows too: call it before validating or sending, so a value typed and then
 * hidden by a later choice is neither checked nor submitted.
 */
export function pruneHidden(def: FormDefinition, answers: unknown): Answers {
  const pruned = normalizeAnswers(answers);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (!pruneOnce(def, pruned)) break;
  }

  return normalizeAnswers(pruned);
}
