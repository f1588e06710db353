import type Ajv from 'ajv';
import { createAjv } from '../../core/validation';

let ajv: Ajv | undefined;

/**
 * The one Ajv instance JSON Forms uses on the page, for rule conditions:
 * compiling schemas is slow on old PCs. It skips meta-schema checks, which
 * the definition check runs in full at idle, to keep them off the first
 * paint.
 */
export function sharedAjv(): Ajv {
  ajv ??= createAjv({ checkSchemas: false });

  return ajv;
}
