import type Ajv from 'ajv';
import { ruleAjv } from '../../core/answers/rule-condition';

/**
 * The Ajv instance JSON Forms uses on the page, for rule conditions: the
 * same one that decides which answers are hidden before a check, so each
 * condition is compiled once and both always agree.
 */
export function sharedAjv(): Ajv {
  return ruleAjv();
}
