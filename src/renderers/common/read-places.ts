import { composeWithUi, type UISchemaElement } from '@jsonforms/core';

type Condition = Record<string, unknown>;

/** Where in the answers one renderer reads: paths as lists of keys. */
export interface ReadPlaces {
  /** The renderer's own value; undefined for a layout, which shows none. */
  value?: string[];
  /** The same, dotted as JSON Forms writes paths. */
  valuePath?: string;
  /** What its rule looks at; 'all' when a rule's own function may. */
  rule: string[][] | 'all';
}

const keysOf = (path: string) => (path === '' ? [] : path.split('.'));

// The places a rule's condition reads, as JSON Forms resolves them: each
// scope against the renderer's path; a condition without one is true.
function conditionPlaces(
  condition: Condition | undefined,
  path: string,
): string[][] | 'all' {
  if (!condition) return [];
  if (condition.type === 'AND' || condition.type === 'OR') {
    const parts = ((condition.conditions ?? []) as Condition[]).map((c) =>
      conditionPlaces(c, path),
    );
    return parts.includes('all') ? 'all' : (parts as string[][][]).flat();
  }
  if (typeof condition.validate === 'function') return 'all';
  if (typeof condition.scope !== 'string') return [];

  return [keysOf(composeWithUi(condition as never, path))];
}

/**
 * Call when a renderer's own props change: the answers it reads, so a
 * change elsewhere in the report can be passed over without working out
 * its props again.
 */
export function readPlaces(
  uischema: UISchemaElement,
  path: string,
  value: 'scope' | 'path' | 'none',
): ReadPlaces {
  // A cell's rule is read from the root, as JSON Forms reads it.
  const ruleBase = value === 'path' ? '' : path;
  const rule = uischema.rule
    ? conditionPlaces(uischema.rule.condition as Condition, ruleBase)
    : [];
  if (value === 'none') return { rule };
  const at = value === 'path' ? path : composeWithUi(uischema as never, path);

  return { value: keysOf(at), valuePath: at, rule };
}

/** The answer at a place; undefined where the report has none. */
export function answerAt(answers: unknown, keys: string[]): unknown {
  let value = answers;
  for (let at = 0; at < keys.length; at += 1) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[keys[at]];
  }

  return value;
}
