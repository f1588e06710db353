import type { DefinitionFiles } from '../../core/definition/definition-files';
import { definitionFingerprint as fingerprint } from '../../core/definition/files-fingerprint';

// Definitions that passed the full check in this browser, newest last.
const PASSED_KEY = 'bieu-mau:passed-definitions';
const KEPT = 20;

function passedList(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(PASSED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((k) => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Call before the full check: true when these exact files already passed
 * it here. The check compiles the schema strictly, a few hundred ms on the
 * page, and the files of a published version do not change.
 */
export function alreadyPassed(files: DefinitionFiles): boolean {
  return passedList().includes(fingerprint(files));
}

/** Call when the full check found no problem in these files. */
export function rememberPassed(files: DefinitionFiles): void {
  const key = fingerprint(files);
  const list = [...passedList().filter((k) => k !== key), key].slice(-KEPT);
  try {
    localStorage.setItem(PASSED_KEY, JSON.stringify(list));
  } catch {
    // Storage full or refused: the check simply runs again next time.
  }
}
