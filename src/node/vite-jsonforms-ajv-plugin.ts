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

/**
 * Keeps Ajv's compiler out of the pages' code where only JSON Forms' core
 * would bring it: its `ajv` and `ajv-formats` imports get stand-ins that
 * refuse to be used. The app loads the compiler itself when it must
 * compile (app/definition/load-compiler).
 */
export function jsonFormsAjvPlugin(): Plugin {
  return {
    name: 'bieu-mau-jsonforms-ajv',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      const fromCore = importer?.includes('/node_modules/@jsonforms/core/');
      if (!fromCore || !(source in standIns)) return null;

      return `${STAND_IN}/${source}`;
    },
    load(id) {
      if (!id.startsWith(`${STAND_IN}/`)) return null;

      return standIns[id.slice(STAND_IN.length + 1)];
    },
  };
}
