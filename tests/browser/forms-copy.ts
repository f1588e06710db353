import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoForms = path.resolve(import.meta.dirname, '../../forms');

/** A temp copy of the repository's forms folder, for a test to change. */
export function copyOfRepoForms(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bieu-mau-forms-'));
  cpSync(repoForms, dir, { recursive: true });

  return dir;
}

/** Rewrites a JSON file after `edit` has changed its parsed value. */
export function editJson(file: string, edit: (value: any) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, JSON.stringify(value, null, 2));
}
