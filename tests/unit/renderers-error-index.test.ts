import type { JsonFormsCore } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  errorIndexOf,
  errorsNear,
} from '../../src/renderers/common/error-index';

const error = (
  instancePath: string,
  keyword: string,
  message: string,
  params: Record<string, unknown> = {},
): ErrorObject => ({ instancePath, keyword, message, params, schemaPath: '' });

const coreWith = (additionalErrors: ErrorObject[]) =>
  ({ data: {}, errors: [], additionalErrors }) as unknown as JsonFormsCore;

describe('the errors a renderer compares', () => {
  it('files a missing answer under the field it is about', () => {
    const index = errorIndexOf(
      coreWith([
        error('/info', 'required', 'Vui lòng trả lời', {
          missingProperty: 'agency',
        }),
      ]),
    );

    expect(errorsNear(index, 'info.agency')).toContain('Vui lòng trả lời');
    expect(errorsNear(index, 'info.year')).toBe(errorsNear(index, 'other'));
  });

  it('shows a table the errors of its cells, and a cell none of its neighbours', () => {
    const index = errorIndexOf(
      coreWith([error('/apps/1/users', 'minimum', 'Phải từ 0 trở lên')]),
    );

    expect(errorsNear(index, 'apps')).toContain('Phải từ 0 trở lên');
    expect(errorsNear(index, 'apps.1.users')).toContain('Phải từ 0 trở lên');
    expect(errorsNear(index, 'apps.0.users')).not.toContain('Phải');
  });

  it('reads the same for a field whose errors did not change in a new check', () => {
    const first = errorIndexOf(
      coreWith([
        error('/a', 'minimum', 'Phải từ 0 trở lên'),
        error('/b', 'maxLength', 'Quá dài'),
      ]),
    );
    const second = errorIndexOf(
      coreWith([error('/a', 'minimum', 'Phải từ 0 trở lên')]),
    );

    expect(second).not.toBe(first);
    expect(errorsNear(second, 'a')).toBe(errorsNear(first, 'a'));
    expect(errorsNear(second, 'b')).not.toBe(errorsNear(first, 'b'));
  });
});
