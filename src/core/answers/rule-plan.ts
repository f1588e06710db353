import { isControl } from '@jsonforms/core';
import type {
  ControlElement,
  JsonSchema,
  Layout,
  UISchemaElement,
} from '@jsonforms/core';
import type { FormDefinition } from '../definition/types';
import {
  compileCondition,
  dotKeys,
  type ConditionCheck,
} from './rule-condition';
import {
  controlPath,
  controlSchema,
  detailLayout,
  walkElement,
  walkUiSchema,
  type WalkPlace,
} from './ui-walk';

/**
 * An element with a rule: when the rule leaves it hidden or disabled, the
 * answers at `targets` go; otherwise the steps under it run.
 */
export interface RuleStep {
  kind: 'rule';
  /** True when the element is shown and editable. */
  isActive: ConditionCheck;
  /** Keys, from the scope the rule is evaluated in, of each control under it. */
  targets: string[][];
  steps: PlanStep[];
}

/** A table whose row layout holds rules: `steps` run once per row. */
export interface RowsStep {
  kind: 'rows';
  /** Keys of the table's array, from the enclosing scope. */
  keys: string[];
  steps: PlanStep[];
}

export type PlanStep = RuleStep | RowsStep;

/** Everything `pruneHidden` needs from a UI schema, in document order. */
export interface RulePlan {
  steps: PlanStep[];
}

const ACTIVE_WHEN: Record<string, (fulfilled: boolean) => boolean> = {
  SHOW: (fulfilled) => fulfilled,
  ENABLE: (fulfilled) => fulfilled,
  HIDE: (fulfilled) => !fulfilled,
  DISABLE: (fulfilled) => !fulfilled,
};

/** How a rule's effect turns its condition into shown-and-editable. */
function activeWhenOf(element: UISchemaElement) {
  const effect = element.rule?.effect;
  // READONLY and WRITABLE rules leave the answer in place.
  return effect !== undefined && Object.hasOwn(ACTIVE_WHEN, effect)
    ? ACTIVE_WHEN[effect]
    : undefined;
}

function ruleStep(
  element: UISchemaElement,
  place: WalkPlace,
  activeWhen: (fulfilled: boolean) => boolean,
): RuleStep {
  const fulfilled = compileCondition(element.rule!.condition, element);
  const targets: string[][] = [];
  // Without data the walk stays out of table rows: removing a table's own
  // answer removes its rows with it.
  walkElement(element, undefined, place, (child, at) => {
    if (isControl(child)) targets.push(dotKeys(controlPath(child, at)));
    return true;
  });

  return {
    kind: 'rule',
    isActive: (scope) => activeWhen(fulfilled(scope)),
    targets,
    steps: [],
  };
}

function rowsStep(control: ControlElement, place: WalkPlace): RowsStep | null {
  const detail = detailLayout(control);
  const items = controlSchema(control, place)?.items as JsonSchema | undefined;
  if (!detail || !items) return null;
  const steps: PlanStep[] = [];
  addSteps(detail, { ...place, path: '', schema: items }, steps);

  return steps.length > 0
    ? { kind: 'rows', keys: dotKeys(controlPath(control, place)), steps }
    : null;
}

// Paths are built relative to the scope a step runs in ('' is the root or
// the current row), so one plan serves every row of a table.
function addSteps(
  element: UISchemaElement,
  place: WalkPlace,
  steps: PlanStep[],
): void {
  let inner = steps;
  const activeWhen = activeWhenOf(element);
  if (activeWhen) {
    const step = ruleStep(element, place, activeWhen);
    steps.push(step);
    inner = step.steps;
  }
  if (isControl(element)) {
    const rows = rowsStep(element, place);
    if (rows) inner.push(rows);
    return;
  }
  for (const child of (element as Layout).elements ?? []) {
    addSteps(child, place, inner);
  }
}

/**
 * Read a definition's rules once into a plan of steps: call it when a
 * definition is first used for pruning; `pruneHidden` caches the result.
 */
export function buildRulePlan(def: FormDefinition): RulePlan {
  const steps: PlanStep[] = [];
  walkUiSchema(def.uischema, def.schema, undefined, (element, place) => {
    addSteps(element, place, steps);
    return false;
  });

  return { steps };
}
