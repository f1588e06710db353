import { isControl } from '@jsonforms/core';
import type { FormDefinition } from '../definition/types';
import { toPointer } from '../definition/schema-path';
import { controlPath, walkUiSchema } from './ui-walk';

/** Turn a JSON Forms dot path ('apps.0.name') into a JSON pointer. */
export function dotPathToPointer(path: string): string {
  return path === '' ? '' : toPointer(path.split('.'));
}

interface SectionEntry {
  pointer: string;
  section: string;
}

const indexes = new WeakMap<FormDefinition, SectionEntry[]>();

function sectionIndex(def: FormDefinition): SectionEntry[] {
  let index = indexes.get(def);
  if (index) return index;
  index = [];
  const entries = index;
  walkUiSchema(def.uischema, def.schema, undefined, (element, place) => {
    if (isControl(element)) {
      const pointer = dotPathToPointer(controlPath(element, place));
      entries.push({ pointer, section: place.section });
    }
    return true;
  });
  // Longest first, so a field inside a grid finds the grid's own section.
  index.sort((a, b) => b.pointer.length - a.pointer.length);
  indexes.set(def, index);

  return index;
}

/**
 * Label of the root Category showing the answer at `pointer`, or '' when no
 * control covers it: call it to tell people which section an error is in.
 */
export function sectionOf(def: FormDefinition, pointer: string): string {
  const index = sectionIndex(def);
  // A field's own control, or else (for a missing group) the first control
  // inside it.
  const entry =
    index.find(
      (e) => pointer === e.pointer || pointer.startsWith(e.pointer + '/'),
    ) ?? [...index].reverse().find((e) => e.pointer.startsWith(pointer + '/'));

  return entry?.section ?? '';
}
