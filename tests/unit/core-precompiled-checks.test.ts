import type { ErrorObject, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  conditionValidator,
  ruleAjv,
  useGeneratedConditions,
} from '../../src/core/answers/rule-condition';
import { definitionFingerprint } from '../../src/core/definition/files-fingerprint';
import { translateAjvError } from '../../src/core/validation';
import { partValidator } from '../../src/core/validation/part-validator';
import {
  generatedValidator,
  runGeneratedCode,
} from '../../src/core/validation/run-precompiled';
import { conditionSchemas } from '../../src/core/validation/condition-schemas';
import {
  withoutAnnotations,
  writePrecompiledConditions,
  writePrecompiledParts,
} from '../../src/core/validation/write-precompiled';
import {
  checkedCopy as checkedCopy2015,
  reportsToCompare2015,
  loadForm2015,
  readForm2015Definition,
} from './form-2015';

const definition = await loadForm2015();
const fingerprint = definitionFingerprint(await readForm2015Definition());
const { parts } = writePrecompiledParts(definition, fingerprint);
const codeOf = new Map(parts.map((part) => [part.key, part.code]));
const generatedParts = async (key: string) => {
  const code = codeOf.get(key);
  return code === undefined ? undefined : generatedValidator(code);
};
const compiled = partValidator(definition.schema, { keepCompiled: 2 });
const generated = partValidator(definition.schema, {
  keepCompiled: 2,
  precompiled: generatedParts,
});
const noPause = async () => {};

const checkedCopy = (answers: unknown) => checkedCopy2015(definition, answers);

// All a message and a renderer read of an error, and the message itself.
function seen(errors: ErrorObject[]) {
  return errors.map((e) => ({
    at: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    parentSchema: e.parentSchema,
    said: translateAjvError(e, 'vi', definition.schema),
  }));
}

const reports = reportsToCompare2015();

describe('the 2015 form checked by validators generated ahead of time', () => {
  it('has one part per section and the root, as the page splits it', () => {
    expect(parts.map((part) => part.key)).toEqual([
      '',
      ...Object.keys(definition.schema.properties ?? {}),
    ]);
  });

  it('holds no title or other annotation, only what decides validity', () => {
    for (const { code } of parts) {
      expect(code).not.toMatch(/"(title|description|i18n)":/);
      // One byte per character in memory: no Vietnamese text in the code.
      expect(code).toMatch(/^[\x20-\x7e]*$/);
    }
  });

  for (const report of reports) {
    it(`gives the compiled errors, with the same schemas and messages, for '${report.name}'`, async () => {
      const data = checkedCopy(report.answers);
      const expected = await compiled.errorsInSteps(data, noPause, ['contact']);
      const errors = await generated.errorsInSteps(data, noPause, ['contact']);

      expect(seen(errors)).toEqual(seen(expected));
      // The schemas are the definition's own objects, not copies.
      errors.forEach((e, i) =>
        expect(e.parentSchema).toBe(expected[i].parentSchema),
      );
    });
  }
});

describe('rule conditions generated ahead of time', () => {
  const { schemas, code } = writePrecompiledConditions(definition, fingerprint);
  const exported = runGeneratedCode(code);
  const samples = [undefined, null, 'co', 'khong', 'dongBo', 0, 1, 2.5, -1];
  samples.push([] as never, ['khac'] as never, ['a', 'khac'] as never);

  it('covers every distinct condition of the 2015 UI schema', () => {
    expect(schemas).toEqual(conditionSchemas(definition.uischema));
    expect(schemas.length).toBeGreaterThan(0);
  });

  it('decides every sample value as the compiled condition does', () => {
    schemas.forEach((text, i) => {
      const check = exported[`c${i}`] as ValidateFunction;
      const reference = ruleAjv().compile(JSON.parse(text) as object);
      for (const value of samples) {
        expect([text, value, check(value)]).toEqual([
          text,
          value,
          reference(value),
        ]);
      }
    });
  });

  it('is used for a condition with the same schema, and others are compiled', () => {
    const text = schemas[0];
    const check = exported.c0 as ValidateFunction;
    useGeneratedConditions(new Map([[text, check]]));

    expect(conditionValidator(JSON.parse(text) as object)).toBe(check);
    const other = conditionValidator({ const: 'mot-gia-tri-khac' });
    expect(other).not.toBe(check);
    expect(other('mot-gia-tri-khac')).toBe(true);
  });
});

describe('what the generated code may use', () => {
  it('refuses code that asks for a module the page does not hand over', () => {
    expect(() => runGeneratedCode('require("fs");')).toThrow(/"fs"/);
  });

  it('drops annotations but keeps properties, values and paths', () => {
    const schema = {
      title: 'Biểu mẫu',
      type: 'object',
      properties: {
        title: { type: 'string', title: 'Tiêu đề', maxLength: 5 },
        choice: { oneOf: [{ const: 'co', title: 'Có' }] },
      },
      sumEquals: { total: 'title', parts: ['choice'] },
      enum: [{ title: 'a value, not a schema' }],
    };

    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string', maxLength: 5 },
        choice: { oneOf: [{ const: 'co' }] },
      },
      sumEquals: { total: 'title', parts: ['choice'] },
      enum: [{ title: 'a value, not a schema' }],
    });
  });
});
