import clone from 'lodash-es/clone';
import set from 'lodash-es/set';
import toPath from 'lodash-es/toPath';
import unset from 'lodash-es/unset';

type Path = string | readonly (string | number)[];

// A shallow copy of the root and of each object met along the keys, so a
// write at their end changes the copies only: what JSON Forms' reducer
// needs to keep answers immutable.
function copiedAlong(object: unknown, keys: string[]): Record<string, unknown> {
  const root = clone(Object(object)) as Record<string, unknown>;
  let node: Record<string, unknown> | undefined = root;
  for (const key of keys) {
    const child: unknown = node[key];
    if (typeof child !== 'object' || child === null) break;
    node[key] = clone(child);
    node = node[key] as Record<string, unknown>;
  }

  return root;
}

/** `set(path, value, object)` that returns a changed copy, as lodash/fp's. */
export function setCopy(path: Path, value: unknown, object: unknown): unknown {
  const keys = toPath(path);
  const copy = copiedAlong(object, keys);
  set(copy, keys, value);

  return copy;
}

/** `unset(path, object)` that returns a changed copy, as lodash/fp's. */
export function unsetCopy(path: Path, object: unknown): unknown {
  const keys = toPath(path);
  const copy = copiedAlong(object, keys);
  unset(copy, keys);

  return copy;
}
