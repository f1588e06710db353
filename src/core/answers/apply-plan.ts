import type { Answers } from './normalize';
import type { RuleScope } from './rule-condition';
import type { PlanStep, RulePlan } from './rule-plan';

/** Where an answer was deleted: its containers from the root down. */
interface Removal {
  containers: object[];
  keys: string[];
}

type Node = Record<string, unknown>;

const isContainer = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null;

function valueAt(node: unknown, keys: readonly string[]): unknown {
  let value = node;
  for (const key of keys) {
    if (!isContainer(value)) return undefined;
    value = value[key];
  }

  return value;
}

function unset(root: Answers, keys: string[], removals: Removal[]): boolean {
  // A control scoped to the whole root names the key '', as its dot path.
  const path = keys.length === 0 ? [''] : keys;
  const containers: object[] = [root];
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return false;
    node = node[key];
    containers.push(node as object);
  }
  const last = path[path.length - 1];
  if (!isContainer(node) || !(last in node)) return false;
  delete node[last];
  removals.push({ containers, keys: path });

  return true;
}

function runSteps(
  steps: PlanStep[],
  scope: RuleScope,
  removals: Removal[],
): boolean {
  let changed = false;
  for (const step of steps) {
    if (step.kind === 'rows') {
      changed = runRows(step.keys, step.steps, scope, removals) || changed;
    } else if (step.isActive(scope)) {
      changed = runSteps(step.steps, scope, removals) || changed;
    } else {
      for (const target of step.targets) {
        const keys = scope.keys.concat(target);
        changed = unset(scope.root as Answers, keys, removals) || changed;
      }
    }
  }

  return changed;
}

function runRows(
  keys: string[],
  steps: PlanStep[],
  scope: RuleScope,
  removals: Removal[],
): boolean {
  const rows = valueAt(scope.node, keys);
  if (!Array.isArray(rows)) return false;
  const tableKeys = scope.keys.concat(keys);
  let changed = false;
  const count = rows.length;
  // Rows deleted meanwhile are holes, skipped as forEach skips them.
  for (let index = 0; index < count; index++) {
    if (!(index in rows)) continue;
    const row = { node: rows[index], keys: [...tableKeys, String(index)] };
    changed =
      runSteps(steps, { ...row, root: scope.root }, removals) || changed;
  }

  return changed;
}

function isEmpty(node: object): boolean {
  return Array.isArray(node)
    ? node.length === 0
    : Object.keys(node).length === 0;
}

function compact(list: unknown[]): void {
  for (let index = list.length - 1; index >= 0; index--) {
    if (!(index in list)) list.splice(index, 1);
  }
}

/** Detach `child` from `parent`; false when it is no longer there. */
function detach(parent: object, key: string, child: object): boolean {
  if (Array.isArray(parent)) {
    // Compacting may have moved the row: find it by identity.
    const index = parent.indexOf(child);
    if (index >= 0) parent.splice(index, 1);
    return index >= 0;
  }
  const record = parent as Node;
  if (record[key] !== child) return false;
  delete record[key];

  return true;
}

// What normalizeAnswers would do again after pruning, limited to the
// containers a removal touched: close gaps in lists, drop what is empty.
function tidy({ containers, keys }: Removal): void {
  for (let depth = containers.length - 1; depth >= 1; depth--) {
    const node = containers[depth];
    if (Array.isArray(node)) compact(node);
    if (!isEmpty(node)) return;
    if (!detach(containers[depth - 1], keys[depth - 1], node)) return;
  }
}

// A pruned answer may itself be watched by another rule; a chain of rules
// longer than this would be a definition nobody can fill in.
const MAX_PASSES = 20;

/**
 * Delete, in place, the answers a plan's rules hide or disable, until no
 * rule changes its mind: call it on answers fresh from `normalizeAnswers`,
 * which it leaves normalized. True when it deleted anything.
 */
export function applyRulePlan(plan: RulePlan, answers: Answers): boolean {
  const removals: Removal[] = [];
  const root = { node: answers, keys: [], root: answers };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (!runSteps(plan.steps, root, removals)) break;
  }
  for (const removal of removals) tidy(removal);

  return removals.length > 0;
}
