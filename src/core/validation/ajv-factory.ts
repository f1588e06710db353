import type Ajv from 'ajv';

/** How an Ajv instance treats the schemas it is given. */
export interface AjvOptions {
  /**
   * Check every schema against the JSON Schema meta-schema before compiling
   * it (default). Compiling the meta-schema costs ~75 ms, so instances for
   * schemas the definition check has already covered turn it off.
   */
  checkSchemas?: boolean;
  /**
   * Keep each validator's source, for `standaloneCode` to write validators
   * out ahead of time (see precompiled-format).
   */
  source?: boolean;
}

export type AjvFactory = (options?: AjvOptions) => Ajv;

let factory: AjvFactory | undefined;

/**
 * Called by create-ajv when it loads. Core modules that may compile make
 * their Ajv instances through `newAjv` instead of importing create-ajv, so
 * a page that runs validators generated ahead of time never loads Ajv's
 * compiler; the page loads create-ajv only when it has to compile.
 */
export function provideAjvFactory(make: AjvFactory): void {
  factory = make;
}

/** Whether create-ajv has been loaded, so `newAjv` can be called. */
export function hasAjvFactory(): boolean {
  return factory !== undefined;
}

/** A new Ajv instance from `createAjv`; create-ajv must have been loaded. */
export function newAjv(options?: AjvOptions): Ajv {
  if (!factory) {
    throw new Error(
      'Ajv chưa được nạp để biên dịch: hãy import core/validation/create-ajv trước khi kiểm tra.',
    );
  }

  return factory(options);
}
