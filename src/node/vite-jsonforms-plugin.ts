import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = '\0bieu-mau:jsonforms-ajv';

// JSON Forms' core builds an Ajv of its own only for a form given none; the
// app always gives its forms one (core/answers conditionAjv). Its code:
const standIns: Record<string, string> = {
  ajv: `export default class AjvLeftOut {
  constructor() {
    throw new Error('Biểu mẫu JSON Forms phải được truyền ajv (conditionAjv): bản dựng không kèm bộ biên dịch Ajv cho JSON Forms.');
  }
}`,
  'ajv-formats': 'export default function addFormatsLeftOut() {}',
};

// lodash/fp's set and unset bring lodash/fp's whole converter (and through
// it most of lodash, run as CommonJS at start-up) for two path writes.
const pathCopies: Record<string, string> = {
  'lodash/fp/set': '../renderers/lodash/fp-set.ts',
  'lodash/fp/unset': '../renderers/lodash/fp-unset.ts',
};

const fromJsonForms = (importer: string | undefined) =>
  /\/node_modules\/@jsonforms\/(core|react)\//.test(importer ?? '');

/**
 * Trims what JSON Forms brings to the pages' code: its `ajv` and
 * `ajv-formats` imports get stand-ins that refuse to be used (the app
 * loads Ajv's compiler itself when it must compile, see
 * app/definition/load-compiler), and its lodash functions come from
 * lodash-es, the same functions as ES modules that the build can trim and
 * that need no CommonJS start-up.
 */
export function jsonFormsPlugin(): Plugin {
  return {
    name: 'bieu-mau-jsonforms',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer) {
      if (!fromJsonForms(importer)) return null;
      if (source in standIns) return `${STAND_IN}/${source}`;
      if (source in pathCopies) {
        return fileURLToPath(new URL(pathCopies[source], import.meta.url));
      }
      const lodash = /^lodash\/(\w+)$/.exec(source);
      if (lodash) return this.resolve(`lodash-es/${lodash[1]}.js`, importer);

      return null;
    },
    load(id) {
      if (!id.startsWith(`${STAND_IN}/`)) return null;

      return standIns[id.slice(STAND_IN.length + 1)];
    },
  };
}
