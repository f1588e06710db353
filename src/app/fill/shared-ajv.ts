import type Ajv from 'ajv';
import { conditionAjv } from '../../core/answers/rule-condition';

/**
 * What JSON Forms uses on the page as its Ajv, for rule conditions: the
 * same checks that decide which answers are hidden before a check, so each
 * condition is compiled (or generated ahead of time) once and both agree.
 */
export function sharedAjv(): Ajv {
  return conditionAjv();
}
