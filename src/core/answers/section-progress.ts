import { composeWithUi, isControl } from '@jsonforms/core';
import type {
  ControlElement,
  JsonSchema,
  Layout,
  UISchemaElement,
} from '@jsonforms/core';
import type { FormDefinition } from '../definition/types';
import { schemaAtScope } from '../definition/schema-path';
import { isActive, pruneHidden } from './prune-hidden';
import { valueAt, type WalkPlace } from './ui-walk';

/** How far one section (root Category) of a report is filled in. */
export interface SectionProgress {
  label: string;
  /** Visible questions with an answer. */
  answered: number;
  /** Visible questions. */
  total: number;
  /** Errors whose field is in this section. */
  errors: number;
}

/** A UI-schema element with what counting needs worked out in advance. */
interface PlanNode {
  element: UISchemaElement;
  /** A control's data path, for `valueAt`; undefined on layouts. */
  path?: string;
  /** A grid's printed rows: each is one question. */
  gridKeys?: string[];
  children: PlanNode[];
}

interface SectionPlan {
  label: string;
  nodes: PlanNode[];
  place: WalkPlace;
}

function planElement(element: UISchemaElement, place: WalkPlace): PlanNode {
  if (!isControl(element)) {
    const children = (element as Layout).elements ?? [];
    return {
      element,
      children: children.map((child) => planElement(child, place)),
    };
  }
  const control = element as ControlElement;
  const schema = schemaAtScope(place.schema, control.scope, place.rootSchema);
  const props = schema?.properties;
  const grid = control.options?.format === 'grid' && props;

  return {
    element,
    path: composeWithUi(control, place.path),
    ...(grid && { gridKeys: Object.keys(props) }),
    children: [],
  };
}

// Resolving every scope took most of the time of a count (90 ms on a form
// ten times the 2015 one), and the definition never changes under it.
const plans = new WeakMap<FormDefinition, SectionPlan[]>();

function progressPlanOf(def: FormDefinition): SectionPlan[] {
  let plan = plans.get(def);
  if (plan) return plan;
  const schema = def.schema as JsonSchema;
  const root = { path: '', schema, rootSchema: schema, section: '' };
  const ui = def.uischema;
  const categories =
    ui.type === 'Categorization' ? ((ui as Layout).elements ?? []) : [ui];
  plan = categories.map((category) => {
    const label = (category as { label?: unknown }).label;
    const section =
      ui.type === 'Categorization' && typeof label === 'string' ? label : '';
    const place = { ...root, section };
    return { label: section, place, nodes: [planElement(category, place)] };
  });
  plans.set(def, plan);

  return plan;
}

function countNode(
  node: PlanNode,
  answers: unknown,
  place: WalkPlace,
  into: SectionProgress,
): void {
  if (!isActive(node.element, answers, place)) return;
  if (node.path === undefined) {
    for (const child of node.children) countNode(child, answers, place, into);
    return;
  }
  const value = valueAt(answers, node.path);
  if (node.gridKeys) {
    const row = (value ?? {}) as Record<string, unknown>;
    into.answered += node.gridKeys.filter((k) => row[k] !== undefined).length;
    into.total += node.gridKeys.length;
    return;
  }
  // A table counts as one question, answered by its first row.
  if (Array.isArray(value)) into.answered += value.length > 0 ? 1 : 0;
  else into.answered += value === undefined ? 0 : 1;
  into.total += 1;
}

/**
 * `sectionProgress` for answers already normalized and with hidden ones
 * dropped, as `compileForm(def).check` returns them: call it after a check
 * so the answers are not pruned a second time.
 */
export function sectionProgressOfVisible(
  def: FormDefinition,
  visible: unknown,
  errors: { section: string }[],
): SectionProgress[] {
  const errorCounts = new Map<string, number>();
  for (const { section } of errors) {
    errorCounts.set(section, (errorCounts.get(section) ?? 0) + 1);
  }
  const bySection = new Map<string, SectionProgress>();
  for (const { label, place, nodes } of progressPlanOf(def)) {
    const progress = bySection.get(label) ?? {
      label,
      answered: 0,
      total: 0,
      errors: errorCounts.get(label) ?? 0,
    };
    bySection.set(label, progress);
    for (const node of nodes) countNode(node, visible, place, progress);
  }

  return [...bySection.values()];
}

/**
 * Count answered and visible questions per section, for the progress list
 * beside the form. A table counts as one question answered by its first row.
 * `errors` are those from `compileForm(def).validate`.
 */
export function sectionProgress(
  def: FormDefinition,
  answers: unknown,
  errors: { section: string }[],
): SectionProgress[] {
  return sectionProgressOfVisible(def, pruneHidden(def, answers), errors);
}
