import type Ajv from 'ajv';
import { createAjv } from '../../core/validation';

let ajv: Ajv | undefined;

/** The one Ajv instance of the page: compiling schemas is slow on old PCs. */
export function sharedAjv(): Ajv {
  ajv ??= createAjv();

  return ajv;
}
