import { isControl } from '@jsonforms/core';
import type { ControlElement } from '@jsonforms/core';
import type { FormDefinition } from '../definition/types';
import type { SchemaNode } from '../definition/schema-path';
import { isActive, pruneHidden } from './prune-hidden';
import {
  controlPath,
  controlSchema,
  valueAt,
  walkUiSchema,
  type WalkPlace,
} from './ui-walk';

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

function countControl(
  control: ControlElement,
  answers: unknown,
  place: WalkPlace,
): [answered: number, total: number] {
  const schema: SchemaNode | undefined = controlSchema(control, place);
  const value = valueAt(answers, controlPath(control, place));
  const props = schema?.properties;
  // A grid is one question per printed row.
  if (control.options?.format === 'grid' && props) {
    const keys = Object.keys(props);
    const row = (value ?? {}) as Record<string, unknown>;
    return [keys.filter((k) => row[k] !== undefined).length, keys.length];
  }
  if (Array.isArray(value)) return [value.length > 0 ? 1 : 0, 1];

  return [value === undefined ? 0 : 1, 1];
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
  const visible = pruneHidden(def, answers);
  const bySection = new Map<string, SectionProgress>();
  walkUiSchema(def.uischema, def.schema, undefined, (element, place) => {
    const progress = bySection.get(place.section) ?? {
      label: place.section,
      answered: 0,
      total: 0,
      errors: errors.filter((e) => e.section === place.section).length,
    };
    bySection.set(place.section, progress);
    if (!isActive(element, visible, place)) return false;
    if (!isControl(element)) return true;
    const [answered, total] = countControl(element, visible, place);
    progress.answered += answered;
    progress.total += total;
    return false;
  });

  return [...bySection.values()];
}
