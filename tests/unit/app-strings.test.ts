import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/en';
import { vi } from '../../src/app/i18n/vi';

type Tree = Record<string, unknown>;

/** Every leaf of a catalogue as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

// Words that are the same in both languages: names and typed examples.
const sameInBoth = new Set([
  'locale.label',
  'locale.vi',
  'locale.en',
  'shell.appName',
  'office.agencyHint',
]);

// The app's name is a name, kept in English sentences too.
const APP_NAME = vi.shell.appName;

const VIETNAMESE_LETTER =
  /[ạảấầẩẫậắằẳẵặẹẻẽềếểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđăâêôơư]/i;

/** A sample call of a catalogue entry, with made-up arguments. */
function sample(value: unknown): string {
  return typeof value === 'function'
    ? String(value(...Array(value.length).fill(7)))
    : String(value);
}

describe('the app’s word catalogue', () => {
  const english = new Map(leaves(en));

  it('gives English for every Vietnamese entry, with the same arguments', () => {
    for (const [key, value] of leaves(vi)) {
      const other = english.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function') {
        expect((other as Function).length, key).toBe(value.length);
      }
    }
  });

  it('has no Vietnamese left in the English words', () => {
    const leftovers = leaves(en)
      .filter(([key]) => !sameInBoth.has(key))
      .filter(([, value]) =>
        VIETNAMESE_LETTER.test(sample(value).replaceAll(APP_NAME, '')),
      )
      .map(([key]) => key);

    expect(leftovers).toEqual([]);
  });

  it('says something different in English for every sentence', () => {
    const untranslated = leaves(vi)
      .filter(([key]) => !sameInBoth.has(key))
      .filter(([key, value]) => sample(value) === sample(english.get(key)))
      .map(([key]) => key);

    expect(untranslated).toEqual([]);
  });
});
