import { isEnabled, isVisible } from '@jsonforms/core';
import type { UISchemaElement } from '@jsonforms/core';
import type { FormDefinition } from '../definition/types';
import { applyRulePlan } from './apply-plan';
import { normalizeAnswers, type Answers } from './normalize';
import { conditionAjv, ruleAjv } from './rule-condition';
import { buildRulePlan, type RulePlan } from './rule-plan';
import type { WalkPlace } from './ui-walk';

export { ruleAjv };

/** Whether an element is shown and editable given the answers, per its rule. */
export function isActive(
  element: UISchemaElement,
  answers: unknown,
  place: WalkPlace,
): boolean {
  if (!element.rule) return true;
  const ajv = conditionAjv();

  return (
    isVisible(element, answers, place.path, ajv, undefined) &&
    isEnabled(element, answers, place.path, ajv, undefined)
  );
}

// An edited definition is loaded as a new object, so it gets a new plan.
const plans = new WeakMap<FormDefinition, RulePlan>();

/** The rule plan of a definition, made on first use and then reused. */
export function rulePlanOf(def: FormDefinition): RulePlan {
  let plan = plans.get(def);
  if (!plan) {
    plan = buildRulePlan(def);
    plans.set(def, plan);
  }

  return plan;
}

/**
 * Drop the answers of every control a rule hides or disables, inside table
 * rows too: call it before validating or sending, so a value typed and then
 * hidden by a later choice is neither checked nor submitted.
 */
export function pruneHidden(def: FormDefinition, answers: unknown): Answers {
  return pruneNormalized(def, normalizeAnswers(answers));
}

/**
 * `pruneHidden` for answers fresh from `normalizeAnswers`, changed in
 * place: call it when the normalized copy is yours to change.
 */
export function pruneNormalized(def: FormDefinition, answers: Answers) {
  dropHiddenAnswers(def, answers);

  return answers;
}

/** `pruneNormalized` that tells whether it dropped any answer. */
export function dropHiddenAnswers(def: FormDefinition, answers: Answers) {
  return applyRulePlan(rulePlanOf(def), answers);
}
