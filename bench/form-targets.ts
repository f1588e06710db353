import {
  asNode,
  resolveRef,
  schemaAtScope,
  scopeKeys,
  type Node,
} from './schema-walk';

/** A field the bench types into: where it is and how to find it. */
export interface FieldTarget {
  /** 1-based section (Category) number. */
  section: number;
  sectionLabel: string;
  /** The field's label as both pages print it. */
  label: string;
}

/** Text that shows a section is on screen: `count` copies of `text`. */
export interface Marker {
  text: string;
  count: number;
}

/** Labels and fields of one definition the measurements rely on. */
export interface FormTargets {
  sectionLabels: string[];
  /** Last always-shown label of the first section. */
  firstSectionMarker: Marker;
  /** Last always-shown label of the last section. */
  lastSectionMarker: Marker;
  text?: FieldTarget;
  number?: FieldTarget;
  table?: FieldTarget;
}

interface ShownControl {
  section: number;
  control: Node;
  schema: Node;
  label: string;
}

function controlLabel(control: Node, schema: Node | undefined): string {
  if (typeof control.label === 'string') return control.label;
  if (typeof schema?.title === 'string') return schema.title;
  const keys = scopeKeys(String(control.scope));

  return keys[keys.length - 1] ?? '';
}

// Controls under a rule may be hidden, so they never serve as markers.
function shownControls(root: Node, uischema: Node): ShownControl[] {
  const found: ShownControl[] = [];
  const walk = (element: Node, section: number) => {
    if (element.rule) return;
    if (element.type === 'Control' && typeof element.scope === 'string') {
      const schema = schemaAtScope(root, element.scope) ?? {};
      found.push({
        section,
        control: element,
        schema,
        label: controlLabel(element, schema),
      });
    }
    for (const child of (element.elements as unknown[] | undefined) ?? []) {
      walk(asNode(child) ?? {}, section);
    }
  };
  const categories = (uischema.elements as unknown[] | undefined) ?? [];
  categories.forEach((category, index) =>
    walk(asNode(category) ?? {}, index + 1),
  );

  return found.filter((shown) => shown.label !== '');
}

function isPlainText(schema: Node): boolean {
  return (
    schema.type === 'string' &&
    !schema.format &&
    !schema.oneOf &&
    !schema.enum &&
    !schema.const
  );
}

function isNumber(schema: Node): boolean {
  return schema.type === 'integer' || schema.type === 'number';
}

function isTable(root: Node, shown: ShownControl): boolean {
  const items = asNode(shown.schema.items);
  const options = asNode(shown.control.options);

  return (
    shown.schema.type === 'array' &&
    resolveRef(root, items ?? {}).type === 'object' &&
    options?.detail === 'table'
  );
}

/** Call once per workload to pick markers and typing targets. */
export function findTargets(schema: Node, uischema: Node): FormTargets {
  const shown = shownControls(schema, uischema);
  const categories = (uischema.elements as Node[] | undefined) ?? [];
  const sectionLabels = categories.map((c) => String(c.label ?? ''));
  // Labels repeat ("Họ và tên"), so a marker waits for as many copies of its
  // text as the sections on screen hold, counting the section names too.
  const markerOf = (section: number, onScreen: number[]): Marker => {
    const text =
      shown.filter((control) => control.section === section).pop()?.label ?? '';
    const texts = [
      ...sectionLabels,
      ...shown
        .filter((control) => onScreen.includes(control.section))
        .map((control) => control.label),
    ];

    return { text, count: texts.filter((t) => t.includes(text)).length };
  };
  const everySection = sectionLabels.map((_label, index) => index + 1);
  const target = (pick?: ShownControl): FieldTarget | undefined =>
    pick && {
      section: pick.section,
      sectionLabel: sectionLabels[pick.section - 1],
      label: pick.label,
    };

  return {
    sectionLabels,
    firstSectionMarker: markerOf(1, [1]),
    lastSectionMarker: markerOf(categories.length, everySection),
    text: target(shown.find((c) => isPlainText(c.schema))),
    number: target(shown.find((c) => isNumber(c.schema))),
    table: target(shown.find((c) => isTable(schema, c))),
  };
}
