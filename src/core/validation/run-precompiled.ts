import type { ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';
import ucs2length from 'ajv/dist/runtime/ucs2length';
import equal from 'ajv/dist/runtime/equal';
import { FORMATS_MODULE } from './precompiled-format';

// Bundlers differ in what a default import of a CommonJS module gives.
const asFunction = (imported: unknown): unknown =>
  typeof imported === 'function'
    ? imported
    : (imported as { default?: unknown }).default;

// What Ajv's generated code may `require`, by the names it uses.
const runtime: Record<string, unknown> = {
  [FORMATS_MODULE]: { fullFormats },
  'ajv/dist/runtime/ucs2length': { default: asFunction(ucs2length) },
  'ajv/dist/runtime/equal': { default: asFunction(equal) },
};

function runtimeModule(name: string): unknown {
  if (!(name in runtime)) {
    throw new Error(`Mã kiểm tra viết sẵn cần "${name}", trang không có.`);
  }

  return runtime[name];
}

/**
 * Run CommonJS code Ajv generated (standalone) and give what it exports.
 * Only for code generated from this project's own definitions by the same
 * server that sent the page: it runs with the page's rights.
 */
export function runGeneratedCode(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('require', 'module', 'exports', code)(
    runtimeModule,
    module,
    module.exports,
  );

  return module.exports;
}

/** A part's validate function from its generated code. */
export function generatedValidator(code: string): ValidateFunction {
  const exported = runGeneratedCode(code);
  const validate = (exported.default ?? exported) as unknown;
  if (typeof validate !== 'function') {
    throw new Error('Mã kiểm tra viết sẵn không có hàm kiểm tra.');
  }

  return validate as ValidateFunction;
}
