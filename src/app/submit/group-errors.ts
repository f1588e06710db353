import type { AnswerError } from '../../core/validation';
import type { Category } from '@jsonforms/core';
import type { FormDefinition } from '../../core/definition/types';
import { sectionsOf } from '../fill/sections';

export interface SectionErrors {
  /** 1-based section number, as in `#/dien/<id>/muc/<n>`. */
  section: number;
  title: string;
  errors: AnswerError[];
}

/**
 * Call to order a report's errors the way its sections are printed; each
 * group is titled by `titleOf`, the section's name in the chosen language.
 */
export function groupBySection(
  definition: FormDefinition,
  errors: AnswerError[],
  titleOf: (category: Category, section: number) => string,
): SectionErrors[] {
  const sections = sectionsOf(definition.uischema);
  const labels = sections.map((s) => s.label);
  const groups = new Map<number, AnswerError[]>();
  for (const error of errors) {
    // An error outside every section (e.g. on the root) opens the first one.
    const section = Math.max(labels.indexOf(error.section), 0) + 1;
    groups.set(section, [...(groups.get(section) ?? []), error]);
  }

  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([section, list]) => ({
      section,
      title: titleOf(sections[section - 1], section),
      errors: list,
    }));
}
